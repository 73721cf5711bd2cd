import { ActionIcon, Alert, Button, Grid, Group, MultiSelect, NumberInput, SegmentedControl, Select, Stack, Switch, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { UpdateExchangeRequest, type CreateExchangeRequest, type ExchangeDetail } from '@peerhub/contracts';
import { utcOffsetLabel } from '@peerhub/domain';
import { IconInfoCircle, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState, type ChangeEvent } from 'react';
import { useIntl } from 'react-intl';
import { useNavigate } from 'react-router';
import { countryOptions } from '../../../components/ui/country';
import { TimeZoneSelect } from '../../../components/ui/time-zone-select';
import { errorMessage, fieldErrors } from '../../../lib/api-client';
import { useMe } from '../../../lib/session';
import { useGroups } from '../../groups';
import { useOrganisationOptions } from '../../reference-data';
import { useCreateExchange } from '../api/create-exchange';
import { useUpdateExchange } from '../api/update-exchange';
import { formErrors, newExchangeValues, toRequest, validateExchange, valuesOf, type ExchangeFormValues } from '../model/form-values';
import { formatOptions, mainZoneOf, typeOptions } from '../model/labels';
import { instantOf, periodText, useViewerZone, zoneCity } from '../model/time';
import { AgendaEditor } from './agenda-editor';
import { InviteeSelect } from './invitee-select';
import { FormSection, showFirstError } from '../../../components/ui/form-section';

/**
 * Creates (a draft) or edits an exchange. Every date and time is wall-clock in the host's zone and
 * becomes an instant with the domain's fromLocal in that zone (never the browser's). Validation is
 * the contract's; the API's problems (a session outside the exchange's days…) land on the same fields.
 */
export function ExchangeForm({ exchange, allianceOptions, defaultAllianceId }: { exchange?: ExchangeDetail; allianceOptions: Array<{ value: string; label: string }>; defaultAllianceId: string }) {
  const intl = useIntl();
  const me = useMe();
  const viewerZone = useViewerZone();
  const navigate = useNavigate();
  const create = useCreateExchange();
  const update = useUpdateExchange();
  const [error, setError] = useState<string | null>(null);
  const form = useForm<ExchangeFormValues>({
    mode: 'controlled',
    initialValues: exchange ? valuesOf(exchange) : newExchangeValues(defaultAllianceId, me.country),
    validate: validateExchange,
  });
  const v = form.getValues();
  const organisations = useOrganisationOptions();
  const groups = useGroups({ allianceId: v.allianceId, pageSize: 100, status: 'active' });
  const groupOptions = (groups.data?.items ?? []).map((g) => ({ value: g.id, label: g.name }));

  // A date or time field of the start or the end: the API names the instant (startsAt, endsAt) when it refuses it.
  const wallClock = (field: 'startTime' | 'endDate' | 'endTime', instant: 'startsAt' | 'endsAt') => ({
    value: v[field],
    onChange: (e: ChangeEvent<HTMLInputElement>) => {
      form.setFieldValue(field, e.currentTarget.value);
      form.clearFieldError(instant);
    },
  });
  const start = instantOf(v.startDate, v.startTime, v.timezone);
  const end = instantOf(v.endDate, v.endTime, v.timezone);
  const city = zoneCity(v.timezone);

  const submit = form.onSubmit(
    async (values) => {
      setError(null);
      try {
        if (exchange) {
          const { allianceId: _alliance, ...changes } = toRequest(values);
          const saved = await update.mutateAsync({ id: exchange.id, body: UpdateExchangeRequest.parse(changes) });
          notifications.show({ color: 'peerhub', title: intl.formatMessage({ id: 'exchanges.form.savedTitle' }), message: intl.formatMessage({ id: 'exchanges.form.savedMessage' }, { title: saved.title }) });
          await navigate(`/exchanges/${saved.id}`);
        } else {
          const created = await create.mutateAsync(toRequest(values) as CreateExchangeRequest);
          notifications.show({ color: 'peerhub', title: intl.formatMessage({ id: 'exchanges.form.draftSavedTitle' }), message: intl.formatMessage({ id: 'exchanges.form.draftSavedMessage' }) });
          await navigate(`/exchanges/${created.id}`);
        }
      } catch (e) {
        const errors = formErrors(values, fieldErrors(e));
        form.setErrors(errors);
        if (Object.keys(errors).length) showFirstError();
        else setError(errorMessage(e));
      }
    },
    showFirstError,
  );
  const problems = Object.keys(form.errors).length;

  const setHostCountry = (country: string | null) => {
    const previous = form.getValues();
    form.setFieldValue('hostCountry', country ?? '');
    // The zone follows the host country unless the organiser picked another one.
    if (previous.timezone === mainZoneOf(previous.hostCountry) || !previous.timezone) form.setFieldValue('timezone', mainZoneOf(country));
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="lg">
        {(error || problems > 0) && (
          <Alert color="red" role="alert">
            {error ?? intl.formatMessage({ id: 'exchanges.form.problems' }, { count: problems })}
          </Alert>
        )}
        <FormSection id="x-what" title={intl.formatMessage({ id: 'exchanges.form.what' })}>
          {!exchange && allianceOptions.length > 1 && <Select label={intl.formatMessage({ id: 'exchanges.form.alliance' })} data={allianceOptions} required allowDeselect={false} {...form.getInputProps('allianceId')} />}
          <Grid gap="md">
            <Grid.Col span={{ base: 12, sm: 4 }}>
              <Select label={intl.formatMessage({ id: 'exchanges.form.type' })} data={typeOptions()} required allowDeselect={false} {...form.getInputProps('type')} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 8 }}>
              <TextInput label={intl.formatMessage({ id: 'exchanges.form.title' })} required autoComplete="off" {...form.getInputProps('title')} />
            </Grid.Col>
          </Grid>
          <Textarea label={intl.formatMessage({ id: 'exchanges.form.description' })} description={intl.formatMessage({ id: 'exchanges.form.descriptionHint' })} autosize minRows={3} maxRows={12} {...form.getInputProps('description')} />
          <Stack gap={6}>
            <Text size="sm" fw={500}>
              {intl.formatMessage({ id: 'exchanges.learningObjectives' })}
            </Text>
            <Text size="xs" c="dimmed" mt={-4}>
              {intl.formatMessage({ id: 'exchanges.form.objectivesHint' })}
            </Text>
            {v.learningObjectives.map((_, i) => (
              <Group key={i} gap="xs" wrap="nowrap" align="flex-start">
                <TextInput
                  aria-label={intl.formatMessage({ id: 'exchanges.form.objective' }, { n: i + 1 })}
                  placeholder={intl.formatMessage({ id: 'exchanges.form.objectivePlaceholder' })}
                  style={{ flex: 1 }}
                  {...form.getInputProps(`learningObjectives.${i}`)}
                />
                <ActionIcon variant="subtle" color="gray" mt={4} onClick={() => form.removeListItem('learningObjectives', i)} aria-label={intl.formatMessage({ id: 'exchanges.form.removeObjective' }, { n: i + 1 })}>
                  <IconTrash size={16} />
                </ActionIcon>
              </Group>
            ))}
            <div>
              <Button variant="subtle" size="compact-sm" leftSection={<IconPlus size={14} />} onClick={() => form.insertListItem('learningObjectives', '')} disabled={v.learningObjectives.length >= 12}>
                {intl.formatMessage({ id: 'exchanges.form.addObjective' })}
              </Button>
            </div>
          </Stack>
        </FormSection>

        <FormSection id="x-host" title={intl.formatMessage({ id: 'exchanges.form.host' })}>
          <Grid gap="md">
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <Select label={intl.formatMessage({ id: 'exchanges.form.hostCountry' })} data={countryOptions()} searchable required allowDeselect={false} value={v.hostCountry || null} onChange={setHostCountry} error={form.errors.hostCountry} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <Select label={intl.formatMessage({ id: 'exchanges.form.hostOrganisation' })} data={organisations} searchable clearable placeholder={intl.formatMessage({ id: 'exchanges.form.none' })} {...form.getInputProps('hostOrganisationId')} />
            </Grid.Col>
          </Grid>
          <MultiSelect
            label={intl.formatMessage({ id: 'exchanges.form.coOrganisers' })}
            data={organisations}
            searchable
            clearable
            maxValues={10}
            placeholder={v.coOrganiserIds.length ? undefined : intl.formatMessage({ id: 'exchanges.form.none' })}
            {...form.getInputProps('coOrganiserIds')}
          />
          <MultiSelect
            label={intl.formatMessage({ id: 'exchanges.form.groups' })}
            description={intl.formatMessage({ id: 'exchanges.form.groupsHint' })}
            data={groupOptions}
            searchable
            clearable
            maxValues={20}
            nothingFoundMessage={intl.formatMessage({ id: 'exchanges.form.noGroups' })}
            placeholder={v.groupIds.length ? undefined : intl.formatMessage({ id: 'exchanges.form.none' })}
            {...form.getInputProps('groupIds')}
          />
          {v.allianceId && (
            <InviteeSelect
              key={v.allianceId}
              allianceId={v.allianceId}
              initial={exchange?.invitees ?? []}
              value={v.inviteeIds}
              onChange={(ids) => form.setFieldValue('inviteeIds', ids)}
              error={form.errors.inviteeIds}
            />
          )}
        </FormSection>

        <FormSection id="x-where" title={intl.formatMessage({ id: 'exchanges.form.where' })}>
          <Stack gap={4}>
            <Text size="sm" fw={500} id="x-format-label">
              {intl.formatMessage({ id: 'exchanges.form.format' })}
            </Text>
            <SegmentedControl aria-labelledby="x-format-label" data={formatOptions()} value={v.format} onChange={(f) => form.setFieldValue('format', f)} style={{ alignSelf: 'flex-start' }} />
          </Stack>
          {v.format !== 'online' && <TextInput label={intl.formatMessage({ id: 'exchanges.form.venue' })} description={intl.formatMessage({ id: 'exchanges.form.venueHint' })} required {...form.getInputProps('venue')} />}
          {v.format !== 'in-person' && <TextInput label={intl.formatMessage({ id: 'exchanges.form.meetingLink' })} description={intl.formatMessage({ id: 'exchanges.form.meetingLinkHint' })} placeholder={intl.formatMessage({ id: 'exchanges.form.meetingLinkPlaceholder' })} required {...form.getInputProps('meetingUrl')} />}
        </FormSection>

        <FormSection
          id="x-when"
          title={intl.formatMessage({ id: 'exchanges.form.when' })}
          description={intl.formatMessage({ id: 'exchanges.form.whenHint' }, { city })}
        >
          <TimeZoneSelect label={intl.formatMessage({ id: 'exchanges.form.timezone' })} required {...form.getInputProps('timezone')} maw={420} />
          <Grid gap="md">
            <Grid.Col span={{ base: 7, sm: 4 }}>
              <TextInput
                type="date"
                label={intl.formatMessage({ id: 'exchanges.form.startDate' })}
                required
                value={v.startDate}
                onChange={(e) => {
                  const date = e.currentTarget.value;
                  form.setFieldValue('startDate', date);
                  if (!form.getValues().endDate || form.getValues().endDate < date) form.setFieldValue('endDate', date);
                  form.clearFieldError('startsAt');
                }}
                error={form.errors.startsAt}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 5, sm: 2 }}>
              <TextInput
                type="time"
                label={intl.formatMessage({ id: 'exchanges.form.startTime' })}
                required
                {...wallClock('startTime', 'startsAt')}
                error={!!form.errors.startsAt}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 7, sm: 4 }}>
              <TextInput
                type="date"
                label={intl.formatMessage({ id: 'exchanges.form.endDate' })}
                required
                {...wallClock('endDate', 'endsAt')}
                error={form.errors.endsAt}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 5, sm: 2 }}>
              <TextInput
                type="time"
                label={intl.formatMessage({ id: 'exchanges.form.endTime' })}
                required
                {...wallClock('endTime', 'endsAt')}
                error={!!form.errors.endsAt}
              />
            </Grid.Col>
          </Grid>
          {start && end && end > start && (
            <Alert variant="light" color="peerhub" icon={<IconInfoCircle size={18} />} p="sm">
              <Text size="sm">
                {periodText(start, end, v.timezone, viewerZone, { withDate: true })} · {v.timezone.replaceAll('_', ' ')}, {utcOffsetLabel(v.timezone, new Date(start))}
              </Text>
            </Alert>
          )}
        </FormSection>

        <FormSection id="x-registration" title={intl.formatMessage({ id: 'exchanges.registration.title' })}>
          <Grid gap="md" align="flex-end">
            <Grid.Col span={{ base: 12, sm: 5 }}>
              <NumberInput
                label={intl.formatMessage({ id: 'exchanges.form.capacity' })}
                description={intl.formatMessage({ id: 'exchanges.form.capacityHint' })}
                min={1}
                max={10_000}
                allowDecimal={false}
                placeholder={intl.formatMessage({ id: 'exchanges.form.noLimit' })}
                {...form.getInputProps('capacity')}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 7 }}>
              <Switch label={intl.formatMessage({ id: 'exchanges.form.approval' })} {...form.getInputProps('requiresApproval', { type: 'checkbox' })} />
            </Grid.Col>
          </Grid>
        </FormSection>

        <FormSection id="x-agenda" title={intl.formatMessage({ id: 'exchanges.agenda' })} description={intl.formatMessage({ id: 'exchanges.form.agendaHint' }, { city })}>
          <AgendaEditor form={form} />
        </FormSection>

        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={() => void navigate(exchange ? `/exchanges/${exchange.id}` : '/exchanges')}>
            {intl.formatMessage({ id: 'common.cancel' })}
          </Button>
          <Button type="submit" loading={create.isPending || update.isPending}>
            {intl.formatMessage({ id: exchange ? 'exchanges.form.saveChanges' : 'exchanges.form.saveDraft' })}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
