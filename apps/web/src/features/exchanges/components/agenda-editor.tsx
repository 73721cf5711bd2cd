import { ActionIcon, Button, Card, Grid, Group, Select, Stack, TagsInput, Text, TextInput, Tooltip } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconLink, IconPlus, IconTrash } from '@tabler/icons-react';
import { emptySession, exchangeDays, type ExchangeFormValues } from '../model/form-values';
import { formatDateKey, zoneCity } from '../model/time';

/** The agenda: sessions on the exchange's days, times in the host's zone, with speakers and materials. */
export function AgendaEditor({ form }: { form: UseFormReturnType<ExchangeFormValues> }) {
  const values = form.getValues();
  const days = exchangeDays(values);
  const city = zoneCity(values.timezone);
  const dayLabel = (d: string, i: number) => `Day ${i + 1} · ${formatDateKey(d, { weekday: 'short', day: 'numeric', month: 'short' })}`;

  return (
    <Stack gap="md">
      {values.agenda.length === 0 && (
        <Text size="sm" c="dimmed">
          No sessions yet. Add the programme session by session; times are in {city}, like the exchange's.
        </Text>
      )}
      {values.agenda.map((session, i) => {
        const options = days.map((d, n) => ({ value: d, label: dayLabel(d, n) }));
        // A session left on a day the exchange no longer covers keeps its day, for the API to name the problem.
        if (session.day && !days.includes(session.day)) options.push({ value: session.day, label: formatDateKey(session.day, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' }) });
        const dayError = form.errors[`agenda.${i}.startsAt`];
        const endError = form.errors[`agenda.${i}.endsAt`];
        return (
          <Card key={session.key} withBorder padding="md" radius="md" component="fieldset" style={{ margin: 0 }} aria-label={`Session ${i + 1}`} data-session={i}>
            <Group justify="space-between" mb="xs" wrap="nowrap">
              <Text fw={650} size="sm">
                Session {i + 1}
              </Text>
              <Tooltip label="Remove this session" withArrow>
                <ActionIcon variant="subtle" color="red" onClick={() => form.removeListItem('agenda', i)} aria-label={`Remove session ${i + 1}`}>
                  <IconTrash size={16} />
                </ActionIcon>
              </Tooltip>
            </Group>
            <Grid gap="sm">
              <Grid.Col span={{ base: 12, sm: 5 }}>
                <Select
                  label="Day"
                  data={options}
                  allowDeselect={false}
                  placeholder={days.length ? 'Pick a day' : 'Set the dates first'}
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
                  label={`Starts (${city})`}
                  aria-label={`Session ${i + 1} start time`}
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
                  label={`Ends (${city})`}
                  aria-label={`Session ${i + 1} end time`}
                  value={session.end}
                  onChange={(e) => {
                    form.setFieldValue(`agenda.${i}.end`, e.currentTarget.value);
                    form.clearFieldError(`agenda.${i}.endsAt`);
                  }}
                  error={endError}
                />
              </Grid.Col>
              <Grid.Col span={12}>
                <TextInput label="Topic" aria-label={`Session ${i + 1} topic`} required {...form.getInputProps(`agenda.${i}.topic`)} />
              </Grid.Col>
              <Grid.Col span={12}>
                <TagsInput label="Speakers" description="Type a name and press Enter" aria-label={`Session ${i + 1} speakers`} maxTags={10} clearable {...form.getInputProps(`agenda.${i}.speakers`)} error={form.errors[`agenda.${i}.speakers`] ?? Object.entries(form.errors).find(([k]) => k.startsWith(`agenda.${i}.speakers.`))?.[1]} />
              </Grid.Col>
              <Grid.Col span={12}>
                <Stack gap={6}>
                  <Text size="sm" fw={500}>
                    Materials
                  </Text>
                  {session.materials.map((m, j) => (
                    <Group key={j} gap="xs" align="flex-start" wrap="nowrap">
                      <TextInput placeholder="Title" aria-label={`Session ${i + 1} material ${j + 1} title`} style={{ flex: 1 }} {...form.getInputProps(`agenda.${i}.materials.${j}.title`)} />
                      <TextInput placeholder="https://…" aria-label={`Session ${i + 1} material ${j + 1} link`} leftSection={<IconLink size={14} />} style={{ flex: 1.4 }} {...form.getInputProps(`agenda.${i}.materials.${j}.url`)} />
                      <ActionIcon variant="subtle" color="gray" mt={4} onClick={() => form.removeListItem(`agenda.${i}.materials`, j)} aria-label={`Remove material ${j + 1} of session ${i + 1}`}>
                        <IconTrash size={16} />
                      </ActionIcon>
                    </Group>
                  ))}
                  <div>
                    <Button variant="subtle" size="compact-sm" leftSection={<IconPlus size={14} />} onClick={() => form.insertListItem(`agenda.${i}.materials`, { title: '', url: '' })} disabled={session.materials.length >= 10}>
                      Add material
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
          Add session
        </Button>
      </div>
    </Stack>
  );
}
