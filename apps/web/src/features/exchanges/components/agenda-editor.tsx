import { ActionIcon, Button, Card, Grid, Group, Select, Stack, TagsInput, Text, TextInput, Tooltip } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconLink, IconPlus, IconTrash } from '@tabler/icons-react';
import { useIntl } from 'react-intl';
import { emptySession, exchangeDays, type ExchangeFormValues } from '../model/form-values';
import { formatDateKey, zoneCity } from '../model/time';

/** The agenda: sessions on the exchange's days, times in the host's zone, with speakers and materials. */
export function AgendaEditor({ form }: { form: UseFormReturnType<ExchangeFormValues> }) {
  const intl = useIntl();
  const values = form.getValues();
  const days = exchangeDays(values);
  const city = zoneCity(values.timezone);
  const dayLabel = (d: string, i: number) => intl.formatMessage({ id: 'exchanges.agenda.day' }, { n: i + 1, date: formatDateKey(d, { weekday: 'short', day: 'numeric', month: 'short' }) });

  return (
    <Stack gap="md">
      {values.agenda.length === 0 && (
        <Text size="sm" c="dimmed">
          {intl.formatMessage({ id: 'exchanges.agendaEditor.empty' }, { city })}
        </Text>
      )}
      {values.agenda.map((session, i) => {
        const options = days.map((d, n) => ({ value: d, label: dayLabel(d, n) }));
        // A session left on a day the exchange no longer covers keeps its day, for the API to name the problem.
        if (session.day && !days.includes(session.day)) options.push({ value: session.day, label: formatDateKey(session.day, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' }) });
        const dayError = form.errors[`agenda.${i}.startsAt`];
        const endError = form.errors[`agenda.${i}.endsAt`];
        const n = i + 1;
        return (
          <Card key={session.key} withBorder padding="md" radius="md" component="fieldset" style={{ margin: 0 }} aria-label={intl.formatMessage({ id: 'exchanges.agendaEditor.session' }, { n })} data-session={i}>
            <Group justify="space-between" mb="xs" wrap="nowrap">
              <Text fw={650} size="sm">
                {intl.formatMessage({ id: 'exchanges.agendaEditor.session' }, { n })}
              </Text>
              <Tooltip label={intl.formatMessage({ id: 'exchanges.agendaEditor.removeSessionTooltip' })} withArrow>
                <ActionIcon variant="subtle" color="red" onClick={() => form.removeListItem('agenda', i)} aria-label={intl.formatMessage({ id: 'exchanges.agendaEditor.removeSession' }, { n })}>
                  <IconTrash size={16} />
                </ActionIcon>
              </Tooltip>
            </Group>
            <Grid gap="sm">
              <Grid.Col span={{ base: 12, sm: 5 }}>
                <Select
                  label={intl.formatMessage({ id: 'exchanges.agendaEditor.day' })}
                  data={options}
                  allowDeselect={false}
                  placeholder={intl.formatMessage({ id: days.length ? 'exchanges.agendaEditor.pickDay' : 'exchanges.agendaEditor.setDatesFirst' })}
                  value={session.day || null}
                  onChange={(v) => {
                    form.setFieldValue(`agenda.${i}.day`, v ?? '');
                    form.clearFieldError(`agenda.${i}.startsAt`);
                  }}
                  error={dayError}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 6, sm: 3.5 }}>
                <TextInput
                  type="time"
                  label={intl.formatMessage({ id: 'exchanges.time.starts' }, { city })}
                  aria-label={intl.formatMessage({ id: 'exchanges.agendaEditor.startLabel' }, { n })}
                  value={session.start}
                  onChange={(e) => {
                    form.setFieldValue(`agenda.${i}.start`, e.currentTarget.value);
                    form.clearFieldError(`agenda.${i}.startsAt`);
                  }}
                  error={!!dayError}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 6, sm: 3.5 }}>
                <TextInput
                  type="time"
                  label={intl.formatMessage({ id: 'exchanges.time.ends' }, { city })}
                  aria-label={intl.formatMessage({ id: 'exchanges.agendaEditor.endLabel' }, { n })}
                  value={session.end}
                  onChange={(e) => {
                    form.setFieldValue(`agenda.${i}.end`, e.currentTarget.value);
                    form.clearFieldError(`agenda.${i}.endsAt`);
                  }}
                  error={endError}
                />
              </Grid.Col>
              <Grid.Col span={12}>
                <TextInput label={intl.formatMessage({ id: 'exchanges.agendaEditor.topic' })} aria-label={intl.formatMessage({ id: 'exchanges.agendaEditor.topicLabel' }, { n })} required {...form.getInputProps(`agenda.${i}.topic`)} />
              </Grid.Col>
              <Grid.Col span={12}>
                <TagsInput
                  label={intl.formatMessage({ id: 'exchanges.agendaEditor.speakers' })}
                  description={intl.formatMessage({ id: 'exchanges.agendaEditor.speakersDescription' })}
                  aria-label={intl.formatMessage({ id: 'exchanges.agendaEditor.speakersLabel' }, { n })}
                  maxTags={10}
                  clearable
                  {...form.getInputProps(`agenda.${i}.speakers`)}
                  error={form.errors[`agenda.${i}.speakers`] ?? Object.entries(form.errors).find(([k]) => k.startsWith(`agenda.${i}.speakers.`))?.[1]}
                />
              </Grid.Col>
              <Grid.Col span={12}>
                <Stack gap={6}>
                  <Text size="sm" fw={500}>
                    {intl.formatMessage({ id: 'exchanges.materials.title' })}
                  </Text>
                  {session.materials.map((m, j) => (
                    <Group key={j} gap="xs" align="flex-start" wrap="nowrap">
                      <TextInput placeholder={intl.formatMessage({ id: 'exchanges.materials.titlePlaceholder' })} aria-label={intl.formatMessage({ id: 'exchanges.agendaEditor.materialTitle' }, { n, m: j + 1 })} style={{ flex: 1 }} {...form.getInputProps(`agenda.${i}.materials.${j}.title`)} />
                      <TextInput placeholder={intl.formatMessage({ id: 'exchanges.materials.urlPlaceholder' })} aria-label={intl.formatMessage({ id: 'exchanges.agendaEditor.materialLink' }, { n, m: j + 1 })} leftSection={<IconLink size={14} />} style={{ flex: 1.4 }} {...form.getInputProps(`agenda.${i}.materials.${j}.url`)} />
                      <ActionIcon variant="subtle" color="gray" mt={4} onClick={() => form.removeListItem(`agenda.${i}.materials`, j)} aria-label={intl.formatMessage({ id: 'exchanges.agendaEditor.removeMaterial' }, { n, m: j + 1 })}>
                        <IconTrash size={16} />
                      </ActionIcon>
                    </Group>
                  ))}
                  <div>
                    <Button variant="subtle" size="compact-sm" leftSection={<IconPlus size={14} />} onClick={() => form.insertListItem(`agenda.${i}.materials`, { title: '', url: '' })} disabled={session.materials.length >= 10}>
                      {intl.formatMessage({ id: 'exchanges.materials.add' })}
                    </Button>
                  </div>
                </Stack>
              </Grid.Col>
            </Grid>
          </Card>
        );
      })}
      <div>
        <Button
          variant="light"
          leftSection={<IconPlus size={16} />}
          onClick={() => {
            const last = values.agenda.at(-1);
            form.insertListItem('agenda', emptySession(last?.day || days[0] || ''));
          }}
          disabled={values.agenda.length >= 100}
        >
          {intl.formatMessage({ id: 'exchanges.agendaEditor.add' })}
        </Button>
      </div>
    </Stack>
  );
}
