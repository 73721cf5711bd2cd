import { Alert, Avatar, Button, Card, Group, MultiSelect, Select, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { pickLocale, UI_LOCALES, UpdateProfileRequest, type Availability, type Me, type UiLocale } from '@peerhub/contracts';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { countryOptions } from '../../../components/ui/country';
import { initials } from '../../../components/ui/initials';
import { languageOptions, topicOptions } from '../../../components/ui/labels';
import { TimeZoneSelect } from '../../../components/ui/time-zone-select';
import { localeStore, t } from '../../../i18n/locale-store';
import { errorMessage, fieldErrors } from '../../../lib/api-client';
import { validateWith } from '../../../lib/form';
import { useOrganisationOptions } from '../../reference-data';
import { useUpdateProfile } from '../api/update-profile';

interface Values {
  name: string;
  country: string | null;
  organisationId: string | null;
  position: string;
  languages: string[];
  timezone: string;
  /** A language of Peerhub, or BROWSER for "same as my browser" (null in the request). */
  locale: string;
  expertiseTopics: string[];
  availability: Availability;
  bio: string;
  avatarUrl: string;
}

const BROWSER = 'browser';
/** Each language named in itself, so a person who cannot read the current one still finds theirs. */
const NATIVE_NAMES: Record<UiLocale, string> = { en: 'English', ru: 'Русский', kk: 'Қазақша' };

const valuesOf = (me: Me): Values => ({
  name: me.name,
  country: me.country,
  organisationId: me.organisationId,
  position: me.position,
  languages: [...me.languages],
  timezone: me.timezone,
  locale: me.locale ?? BROWSER,
  expertiseTopics: [...me.expertiseTopics],
  availability: me.availability,
  bio: me.bio,
  avatarUrl: me.avatarUrl ?? '',
});

/** An empty avatar address means "no avatar"; "same as my browser" is no language of one's own. */
const toRequest = (v: Values) => ({ ...v, avatarUrl: v.avatarUrl.trim() || null, locale: v.locale === BROWSER ? null : v.locale });

export function ProfileForm({ me }: { me: Me }) {
  const intl = useIntl();
  const update = useUpdateProfile();
  const organisations = useOrganisationOptions();
  const [error, setError] = useState<string | null>(null);
  const form = useForm<Values, UpdateProfileRequest>({
    mode: 'controlled',
    initialValues: valuesOf(me),
    validate: validateWith(UpdateProfileRequest, toRequest),
    transformValues: (v) => UpdateProfileRequest.parse(toRequest(v)),
  });
  const submit = form.onSubmit(
    async (body) => {
      setError(null);
      try {
        // The language is sent only when changed here: the header's language menu may have saved one since this form opened.
        const { locale, ...rest } = body;
        const saved = await update.mutateAsync(form.isDirty('locale') ? { ...rest, locale } : rest);
        form.setInitialValues(valuesOf(saved));
        form.setValues(valuesOf(saved));
        // A new language re-mounts the page; t() then speaks the new one, as the toast should.
        if (saved.locale !== me.locale) await localeStore.set(saved.locale ?? pickLocale(navigator.languages));
        notifications.show({ color: 'peerhub', title: t('profile.form.saved'), message: t('profile.form.savedMessage') });
      } catch (e) {
        form.setErrors(fieldErrors(e));
        setError(errorMessage(e));
      }
    },
    () => setError(intl.formatMessage({ id: 'profile.form.invalid' })),
  );
  const values = form.getValues();
  const availabilityOptions: Array<{ value: Availability; label: string }> = [
    { value: 'available', label: intl.formatMessage({ id: 'profile.form.availability.available' }) },
    { value: 'limited', label: intl.formatMessage({ id: 'profile.form.availability.limited' }) },
    { value: 'unavailable', label: intl.formatMessage({ id: 'profile.form.availability.unavailable' }) },
  ];
  const localeOptions = [{ value: BROWSER, label: intl.formatMessage({ id: 'profile.form.localeBrowser' }) }, ...UI_LOCALES.map((l) => ({ value: l, label: NATIVE_NAMES[l] }))];
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="lg">
        {error && (
          <Alert color="red" role="alert" title={intl.formatMessage({ id: 'profile.form.notSaved' })}>
            {error}
          </Alert>
        )}
        <Card withBorder padding="xl" component="section" aria-labelledby="profile-who">
          <Title order={2} fz="lg" mb="md" id="profile-who">
            {intl.formatMessage({ id: 'profile.form.who' })}
          </Title>
          <Group align="flex-start" gap="xl" wrap="wrap">
            <Avatar color="peerhub" radius={999} size={84} src={values.avatarUrl.startsWith('https://') ? values.avatarUrl : null} alt="">
              {initials(values.name || me.name)}
            </Avatar>
            <SimpleGrid cols={{ base: 1, sm: 2 }} style={{ flex: '1 1 320px' }}>
              <TextInput label={intl.formatMessage({ id: 'profile.form.name' })} required {...form.getInputProps('name')} />
              <TextInput label={intl.formatMessage({ id: 'profile.form.position' })} placeholder={intl.formatMessage({ id: 'profile.form.positionPlaceholder' })} {...form.getInputProps('position')} />
              <Select label={intl.formatMessage({ id: 'profile.form.country' })} data={countryOptions()} searchable clearable placeholder={intl.formatMessage({ id: 'profile.form.notGiven' })} {...form.getInputProps('country')} />
              <Select
                label={intl.formatMessage({ id: 'profile.form.organisation' })}
                data={organisations}
                searchable
                clearable
                placeholder={intl.formatMessage({ id: 'profile.form.notGiven' })}
                {...form.getInputProps('organisationId')}
              />
              <TextInput
                label={intl.formatMessage({ id: 'profile.form.avatar' })}
                description={intl.formatMessage({ id: 'profile.form.avatarHint' })}
                placeholder={intl.formatMessage({ id: 'profile.form.avatarPlaceholder' })}
                style={{ gridColumn: '1 / -1' }}
                {...form.getInputProps('avatarUrl')}
              />
            </SimpleGrid>
          </Group>
        </Card>
        <Card withBorder padding="xl" component="section" aria-labelledby="profile-work">
          <Title order={2} fz="lg" mb="md" id="profile-work">
            {intl.formatMessage({ id: 'profile.form.work' })}
          </Title>
          <Stack>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TimeZoneSelect
                label={intl.formatMessage({ id: 'profile.form.timezone' })}
                description={intl.formatMessage({ id: 'profile.form.timezoneHint' })}
                required
                {...form.getInputProps('timezone')}
              />
              <MultiSelect
                label={intl.formatMessage({ id: 'profile.form.languages' })}
                data={languageOptions()}
                searchable
                placeholder={values.languages.length ? undefined : intl.formatMessage({ id: 'profile.form.addLanguage' })}
                {...form.getInputProps('languages')}
              />
              <Select
                label={intl.formatMessage({ id: 'profile.form.locale' })}
                description={intl.formatMessage({ id: 'profile.form.localeHint' })}
                data={localeOptions}
                allowDeselect={false}
                {...form.getInputProps('locale')}
              />
            </SimpleGrid>
            <MultiSelect
              label={intl.formatMessage({ id: 'profile.form.topics' })}
              description={intl.formatMessage({ id: 'profile.form.topicsHint' })}
              data={topicOptions()}
              placeholder={values.expertiseTopics.length ? undefined : intl.formatMessage({ id: 'profile.form.addTopic' })}
              {...form.getInputProps('expertiseTopics')}
            />
            <Select
              label={intl.formatMessage({ id: 'profile.form.availability' })}
              description={intl.formatMessage({ id: 'profile.form.availabilityHint' })}
              data={availabilityOptions}
              allowDeselect={false}
              {...form.getInputProps('availability')}
            />
            <Textarea
              label={intl.formatMessage({ id: 'profile.form.bio' })}
              description={intl.formatMessage({ id: 'profile.form.bioHint' }, { length: String(values.bio.length) })}
              autosize
              minRows={4}
              maxRows={12}
              {...form.getInputProps('bio')}
            />
          </Stack>
        </Card>
        <Group justify="space-between" wrap="wrap">
          <Text size="sm" c="dimmed">
            {intl.formatMessage({ id: form.isDirty() ? 'profile.form.unsaved' : 'profile.form.allSaved' })}
          </Text>
          <Group>
            <Button variant="default" disabled={!form.isDirty()} onClick={() => form.reset()}>
              {intl.formatMessage({ id: 'profile.form.discard' })}
            </Button>
            <Button type="submit" loading={update.isPending}>
              {intl.formatMessage({ id: 'profile.form.submit' })}
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}
