import { Alert, Avatar, Button, Card, Group, MultiSelect, Select, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { UpdateProfileRequest, type Availability, type Me } from '@peerhub/contracts';
import { useState } from 'react';
import { countryOptions } from '../../../components/ui/country';
import { initials } from '../../../components/ui/initials';
import { languageOptions, topicOptions } from '../../../components/ui/labels';
import { TimeZoneSelect } from '../../../components/ui/time-zone-select';
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
  expertiseTopics: string[];
  availability: Availability;
  bio: string;
  avatarUrl: string;
}

const valuesOf = (me: Me): Values => ({
  name: me.name,
  country: me.country,
  organisationId: me.organisationId,
  position: me.position,
  languages: [...me.languages],
  timezone: me.timezone,
  expertiseTopics: [...me.expertiseTopics],
  availability: me.availability,
  bio: me.bio,
  avatarUrl: me.avatarUrl ?? '',
});

const AVAILABILITY_OPTIONS: Array<{ value: Availability; label: string }> = [
  { value: 'available', label: 'I can take on new matches' },
  { value: 'limited', label: 'I have limited time' },
  { value: 'unavailable', label: 'Not now' },
];

/** An empty avatar address means "no avatar". */
const toRequest = (v: Values) => ({ ...v, avatarUrl: v.avatarUrl.trim() || null });

export function ProfileForm({ me }: { me: Me }) {
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
        const saved = await update.mutateAsync(body);
        form.setInitialValues(valuesOf(saved));
        form.setValues(valuesOf(saved));
        notifications.show({ color: 'peerhub', title: 'Profile saved', message: 'Your profile is up to date.' });
      } catch (e) {
        form.setErrors(fieldErrors(e));
        setError(errorMessage(e));
      }
    },
    () => setError('Some fields need a correction: see the messages below them.'),
  );
  const values = form.getValues();
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="lg">
        {error && (
          <Alert color="red" role="alert" title="Not saved">
            {error}
          </Alert>
        )}
        <Card withBorder padding="xl" component="section" aria-labelledby="profile-who">
          <Title order={2} fz="lg" mb="md" id="profile-who">
            Who you are
          </Title>
          <Group align="flex-start" gap="xl" wrap="wrap">
            <Avatar color="peerhub" radius={999} size={84} src={values.avatarUrl.startsWith('https://') ? values.avatarUrl : null} alt="">
              {initials(values.name || me.name)}
            </Avatar>
            <SimpleGrid cols={{ base: 1, sm: 2 }} style={{ flex: '1 1 320px' }}>
              <TextInput label="Name" required {...form.getInputProps('name')} />
              <TextInput label="Position" placeholder="e.g. Head of the e-services unit" {...form.getInputProps('position')} />
              <Select label="Country" data={countryOptions()} searchable clearable placeholder="Not given" {...form.getInputProps('country')} />
              <Select label="Organisation" data={organisations} searchable clearable placeholder="Not given" {...form.getInputProps('organisationId')} />
              <TextInput
                label="Avatar address"
                description="An https:// link to a picture (optional)"
                placeholder="https://"
                style={{ gridColumn: '1 / -1' }}
                {...form.getInputProps('avatarUrl')}
              />
            </SimpleGrid>
          </Group>
        </Card>
        <Card withBorder padding="xl" component="section" aria-labelledby="profile-work">
          <Title order={2} fz="lg" mb="md" id="profile-work">
            How peers can work with you
          </Title>
          <Stack>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TimeZoneSelect label="Time zone" description="Peers see your local time" required {...form.getInputProps('timezone')} />
              <MultiSelect label="Languages" data={languageOptions()} searchable placeholder={values.languages.length ? undefined : 'Add a language'} {...form.getInputProps('languages')} />
            </SimpleGrid>
            <MultiSelect
              label="Expertise topics"
              description="Up to 12; peers filter the directory by them"
              data={topicOptions()}
              placeholder={values.expertiseTopics.length ? undefined : 'Add a topic'}
              {...form.getInputProps('expertiseTopics')}
            />
            <Select
              label="New peer-learning matches"
              description="Coordinators see who has time when they look for peers for a learning need"
              data={AVAILABILITY_OPTIONS}
              allowDeselect={false}
              {...form.getInputProps('availability')}
            />
            <Textarea
              label="Short bio"
              description={`What reform have you worked on? What can peers ask you about? (${values.bio.length}/2000)`}
              autosize
              minRows={4}
              maxRows={12}
              {...form.getInputProps('bio')}
            />
          </Stack>
        </Card>
        <Group justify="space-between" wrap="wrap">
          <Text size="sm" c="dimmed">
            {form.isDirty() ? 'You have unsaved changes.' : 'Everything is saved.'}
          </Text>
          <Group>
            <Button variant="default" disabled={!form.isDirty()} onClick={() => form.reset()}>
              Discard changes
            </Button>
            <Button type="submit" loading={update.isPending}>
              Save profile
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}
