import { ActionIcon, Alert, Button, Grid, Group, MultiSelect, NumberInput, SegmentedControl, Select, Stack, Switch, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { UpdateExchangeRequest, type CreateExchangeRequest, type ExchangeDetail } from '@peerhub/contracts';
import { utcOffsetLabel } from '@peerhub/domain';
import { IconInfoCircle, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState, type ChangeEvent } from 'react';
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
import { FORMAT_OPTIONS, mainZoneOf, TYPE_OPTIONS } from '../model/labels';
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
          notifications.show({ color: 'peerhub', title: 'Exchange saved', message: `${saved.title} is up to date.` });
          await navigate(`/exchanges/${saved.id}`);
        } else {
          const created = await create.mutateAsync(toRequest(values) as CreateExchangeRequest);
          notifications.show({ color: 'peerhub', title: 'Draft saved', message: 'Only you and the coordinators see it until you publish it.' });
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
            {error ?? `${problems === 1 ? 'One field needs' : `${problems} fields need`} attention: see the messages in red.`}
          </Alert>
        )}
        <FormSection id="x-what" title="What">
          {!exchange && allianceOptions.length > 1 && <Select label="Alliance" data={allianceOptions} required allowDeselect={false} {...form.getInputProps('allianceId')} />}
          <Grid gap="md">
            <Grid.Col span={{ base: 12, sm: 4 }}>
              <Select label="Type" data={TYPE_OPTIONS} required allowDeselect={false} {...form.getInputProps('type')} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 8 }}>
              <TextInput label="Title" required autoComplete="off" {...form.getInputProps('title')} />
            </Grid.Col>
          </Grid>
          <Textarea label="Description" description="What it is about and who it is for" autosize minRows={3} maxRows={12} {...form.getInputProps('description')} />
          <Stack gap={6}>
            <Text size="sm" fw={500}>
              Learning objectives
            </Text>
            <Text size="xs" c="dimmed" mt={-4}>
              What participants take home, one per line
            </Text>
            {v.learningObjectives.map((_, i) => (
              <Group key={i} gap="xs" wrap="nowrap" align="flex-start">
                <TextInput aria-label={`Learning objective ${i + 1}`} placeholder="e.g. Compare once-only data exchange designs" style={{ flex: 1 }} {...form.getInputProps(`learningObjectives.${i}`)} />
                <ActionIcon variant="subtle" color="gray" mt={4} onClick={() => form.removeListItem('learningObjectives', i)} aria-label={`Remove learning objective ${i + 1}`}>
                  <IconTrash size={16} />
                </ActionIcon>
              </Group>
            ))}
            <div>
              <Button variant="subtle" size="compact-sm" leftSection={<IconPlus size={14} />} onClick={() => form.insertListItem('learningObjectives', '')} disabled={v.learningObjectives.length >= 12}>
                Add objective
              </Button>
            </div>
          </Stack>
        </FormSection>

        <FormSection id="x-host" title="Host and partners">
          <Grid gap="md">
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <Select label="Host country" data={countryOptions()} searchable required allowDeselect={false} value={v.hostCountry || null} onChange={setHostCountry} error={form.errors.hostCountry} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <Select label="Host organisation" data={organisations} searchable clearable placeholder="None" {...form.getInputProps('hostOrganisationId')} />
            </Grid.Col>
          </Grid>
          <MultiSelect label="Co-organisers" data={organisations} searchable clearable maxValues={10} placeholder={v.coOrganiserIds.length ? undefined : 'None'} {...form.getInputProps('coOrganiserIds')} />
          <MultiSelect
            label="Peer groups"
            description="The exchange is listed on these groups' pages"
            data={groupOptions}
            searchable
            clearable
            maxValues={20}
            nothingFoundMessage="No groups in this alliance"
            placeholder={v.groupIds.length ? undefined : 'None'}
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

        <FormSection id="x-where" title="Where">
          <Stack gap={4}>
            <Text size="sm" fw={500} id="x-format-label">
              Format
            </Text>
            <SegmentedControl aria-labelledby="x-format-label" data={FORMAT_OPTIONS} value={v.format} onChange={(f) => form.setFieldValue('format', f)} style={{ alignSelf: 'flex-start' }} />
          </Stack>
          {v.format !== 'online' && <TextInput label="Venue" description="Building, address, city" required {...form.getInputProps('venue')} />}
          {v.format !== 'in-person' && <TextInput label="Meeting link" description="An https:// link to the video call" placeholder="https://" required {...form.getInputProps('meetingUrl')} />}
        </FormSection>

        <FormSection
          id="x-when"
          title="When"
          description={`Enter the dates and times as the clock shows them in ${city}, the host's time zone. Everyone else sees them in their own zone.`}
        >
          <TimeZoneSelect label="Host's time zone" required {...form.getInputProps('timezone')} maw={420} />
          <Grid gap="md">
            <Grid.Col span={{ base: 7, sm: 4 }}>
              <TextInput
                type="date"
                label="Start date"
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
                label="Start time"
                required
                {...wallClock('startTime', 'startsAt')}
                error={!!form.errors.startsAt}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 7, sm: 4 }}>
              <TextInput
                type="date"
                label="End date"
                required
                {...wallClock('endDate', 'endsAt')}
                error={form.errors.endsAt}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 5, sm: 2 }}>
              <TextInput
                type="time"
                label="End time"
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

        <FormSection id="x-registration" title="Registration">
          <Grid gap="md" align="flex-end">
            <Grid.Col span={{ base: 12, sm: 5 }}>
              <NumberInput label="Capacity" description="Leave empty for no limit; beyond it people join a waitlist" min={1} max={10_000} allowDecimal={false} placeholder="No limit" {...form.getInputProps('capacity')} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 7 }}>
              <Switch label="The organiser approves each registration" {...form.getInputProps('requiresApproval', { type: 'checkbox' })} />
            </Grid.Col>
          </Grid>
        </FormSection>

        <FormSection id="x-agenda" title="Agenda" description={`Sessions fall on the exchange's days; their times are in ${city} too.`}>
          <AgendaEditor form={form} />
        </FormSection>

        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={() => void navigate(exchange ? `/exchanges/${exchange.id}` : '/exchanges')}>
            Cancel
          </Button>
          <Button type="submit" loading={create.isPending || update.isPending}>
            {exchange ? 'Save changes' : 'Save draft'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
