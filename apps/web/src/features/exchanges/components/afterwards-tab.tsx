import { BarChart } from '@mantine/charts';
import { ActionIcon, Alert, Anchor, Button, Card, Group, List, Rating, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { ExchangeFeedback, ExchangeOutcomes, type ExchangeAfterwards, type ExchangeDetail, type FeedbackSummary } from '@peerhub/contracts';
import { IconExternalLink, IconLink, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { EmptyState } from '../../../components/ui/empty-state';
import { QueryState } from '../../../components/ui/query-state';
import { errorMessage, fieldErrors } from '../../../lib/api-client';
import { validateWith } from '../../../lib/form';
import { useAfterwards } from '../api/get-afterwards';
import { useFeedbackSummary } from '../api/get-feedback-summary';
import { useGiveFeedback } from '../api/give-feedback';
import { useWriteOutcomes } from '../api/write-outcomes';

function Block({ id, title, children, action }: { id: string; title: string; children: ReactNode; action?: ReactNode }) {
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={id}>
      <Group justify="space-between" mb="sm">
        <Title order={3} fz="md" id={id}>
          {title}
        </Title>
        {action}
      </Group>
      {children}
    </Card>
  );
}

/** After the exchange: what came out of it, the participants' feedback form, and its summary for the organiser. */
export function AfterwardsTab({ exchange, manage, started }: { exchange: ExchangeDetail; manage: boolean; started: boolean }) {
  const afterwards = useAfterwards(exchange.id);
  if (!started || exchange.status === 'draft') {
    return <EmptyState title="Not yet">Once the exchange has started, the organiser shares its outcomes and materials here and participants give their feedback.</EmptyState>;
  }
  if (exchange.status === 'cancelled') return <EmptyState title="This exchange was cancelled" />;
  return (
    <QueryState query={afterwards}>
      {(a) => (
        <Stack gap="lg">
          <Outcomes exchange={exchange} afterwards={a} manage={manage} />
          {(exchange.myStatus === 'going' || a.myFeedbackGiven) && <FeedbackForm exchange={exchange} given={a.myFeedbackGiven} />}
          {manage && <Summary exchangeId={exchange.id} />}
        </Stack>
      )}
    </QueryState>
  );
}

function Outcomes({ exchange, afterwards, manage }: { exchange: ExchangeDetail; afterwards: ExchangeAfterwards; manage: boolean }) {
  const [editing, setEditing] = useState(false);
  const empty = !afterwards.outcomes && !afterwards.recommendations && afterwards.materials.length === 0;
  if (editing) return <OutcomesForm exchange={exchange} afterwards={afterwards} onDone={() => setEditing(false)} />;
  return (
    <Block
      id="x-outcomes"
      title="Outcomes and recommendations"
      action={
        manage && (
          <Button variant="default" size="xs" onClick={() => setEditing(true)}>
            {empty ? 'Write them' : 'Edit'}
          </Button>
        )
      }
    >
      {empty ? (
        <Text size="sm" c="dimmed">
          {manage ? 'Share what came out of the exchange: its outcomes, your recommendations and the materials.' : 'The organiser has not shared the outcomes yet.'}
        </Text>
      ) : (
        <Stack gap="md">
          {afterwards.outcomes && (
            <div>
              <Text size="sm" fw={600} mb={4}>
                Outcomes
              </Text>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {afterwards.outcomes}
              </Text>
            </div>
          )}
          {afterwards.recommendations && (
            <div>
              <Text size="sm" fw={600} mb={4}>
                Recommendations
              </Text>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {afterwards.recommendations}
              </Text>
            </div>
          )}
          {afterwards.materials.length > 0 && (
            <div>
              <Text size="sm" fw={600} mb={4}>
                Materials
              </Text>
              <List size="sm" spacing={4}>
                {afterwards.materials.map((m) => (
                  <List.Item key={m.url} icon={<IconExternalLink size={14} />}>
                    <Anchor href={m.url} target="_blank" rel="noopener noreferrer">
                      {m.title}
                    </Anchor>
                  </List.Item>
                ))}
              </List>
            </div>
          )}
        </Stack>
      )}
    </Block>
  );
}

function OutcomesForm({ exchange, afterwards, onDone }: { exchange: ExchangeDetail; afterwards: ExchangeAfterwards; onDone: () => void }) {
  const write = useWriteOutcomes();
  const form = useForm<ExchangeOutcomes>({
    mode: 'controlled',
    initialValues: { outcomes: afterwards.outcomes, recommendations: afterwards.recommendations, materials: afterwards.materials },
    validate: validateWith(ExchangeOutcomes),
  });
  const submit = form.onSubmit((values) =>
    write.mutate(
      { id: exchange.id, body: ExchangeOutcomes.parse(values) },
      {
        onSuccess: () => {
          notifications.show({ color: 'peerhub', title: 'Outcomes saved', message: 'Participants see them on this page.' });
          onDone();
        },
        onError: (e) => {
          form.setErrors(fieldErrors(e));
          notifications.show({ color: 'red', title: 'Not saved', message: errorMessage(e) });
        },
      },
    ),
  );
  return (
    <Block id="x-outcomes" title="Outcomes and recommendations">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Textarea label="Outcomes" description="What was learnt, agreed or decided" autosize minRows={4} maxRows={16} {...form.getInputProps('outcomes')} />
          <Textarea label="Recommendations" description="What the participating governments may take forward" autosize minRows={3} maxRows={16} {...form.getInputProps('recommendations')} />
          <Stack gap={6}>
            <Text size="sm" fw={500}>
              Materials
            </Text>
            {form.getValues().materials.map((_, j) => (
              <Group key={j} gap="xs" align="flex-start" wrap="nowrap">
                <TextInput placeholder="Title" aria-label={`Material ${j + 1} title`} style={{ flex: 1 }} {...form.getInputProps(`materials.${j}.title`)} />
                <TextInput placeholder="https://…" aria-label={`Material ${j + 1} link`} leftSection={<IconLink size={14} />} style={{ flex: 1.4 }} {...form.getInputProps(`materials.${j}.url`)} />
                <ActionIcon variant="subtle" color="gray" mt={4} onClick={() => form.removeListItem('materials', j)} aria-label={`Remove material ${j + 1}`}>
                  <IconTrash size={16} />
                </ActionIcon>
              </Group>
            ))}
            <div>
              <Button variant="subtle" size="compact-sm" leftSection={<IconPlus size={14} />} onClick={() => form.insertListItem('materials', { title: '', url: '' })}>
                Add material
              </Button>
            </div>
          </Stack>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onDone}>
              Cancel
            </Button>
            <Button type="submit" loading={write.isPending}>
              Save
            </Button>
          </Group>
        </Stack>
      </form>
    </Block>
  );
}

const SCORES: Array<{ key: 'overall' | 'relevance' | 'organisation'; label: string }> = [
  { key: 'overall', label: 'How useful was it overall?' },
  { key: 'relevance', label: 'How relevant to your reform work?' },
  { key: 'organisation', label: 'How well organised?' },
];

interface FeedbackValues {
  overall: number;
  relevance: number;
  organisation: number;
  willApply: string;
  comments: string;
}

function FeedbackForm({ exchange, given }: { exchange: ExchangeDetail; given: boolean }) {
  const give = useGiveFeedback();
  const [sent, setSent] = useState(given);
  const form = useForm<FeedbackValues>({
    mode: 'controlled',
    initialValues: { overall: 0, relevance: 0, organisation: 0, willApply: '', comments: '' },
    validate: (v) => {
      const errors = validateWith(ExchangeFeedback)(v);
      for (const { key } of SCORES) if (v[key] === 0) errors[key] = 'Pick 1 to 5 stars';
      return errors;
    },
  });
  const submit = form.onSubmit((values) =>
    give.mutate(
      { id: exchange.id, body: values },
      {
        onSuccess: () => {
          setSent(true);
          notifications.show({ color: 'green', title: 'Thank you', message: 'Your feedback helps the organisers plan the next exchange.' });
        },
        onError: (e) => {
          form.setErrors(fieldErrors(e));
          notifications.show({ color: 'red', title: 'Not sent', message: errorMessage(e) });
        },
      },
    ),
  );
  return (
    <Block id="x-feedback" title="Your feedback">
      {sent && (
        <Alert color="green" variant="light" p="sm" mb="md" role="status">
          <Text size="sm">Thank you: your feedback is in. Sending the form again replaces it.</Text>
        </Alert>
      )}
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
            {SCORES.map(({ key, label }) => (
              <Stack key={key} gap={4}>
                <Text size="sm" fw={500} id={`x-score-${key}`}>
                  {label}
                </Text>
                <Rating size="lg" name={`score-${key}`} aria-labelledby={`x-score-${key}`} value={form.getValues()[key]} onChange={(n) => form.setFieldValue(key, n)} />
                {form.errors[key] && (
                  <Text size="xs" c="red">
                    {form.errors[key]}
                  </Text>
                )}
              </Stack>
            ))}
          </SimpleGrid>
          <Textarea label="What will you apply at home?" autosize minRows={2} maxRows={8} {...form.getInputProps('willApply')} />
          <Textarea label="Comments for the organisers" autosize minRows={2} maxRows={8} {...form.getInputProps('comments')} />
          <Group justify="flex-end">
            <Button type="submit" loading={give.isPending}>
              {sent ? 'Update my feedback' : 'Send feedback'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Block>
  );
}

function Summary({ exchangeId }: { exchangeId: string }) {
  const summary = useFeedbackSummary(exchangeId);
  return (
    <Block id="x-feedback-summary" title="Feedback summary">
      <QueryState query={summary}>{(s) => <SummaryBody summary={s} />}</QueryState>
    </Block>
  );
}

function SummaryBody({ summary }: { summary: FeedbackSummary }) {
  if (summary.responses === 0) return <Text size="sm" c="dimmed">No feedback yet ({summary.participants} participants may give it).</Text>;
  const data = summary.distribution.map((d) => ({ score: `${d.score} ★`, Overall: d.overall, Relevance: d.relevance, Organisation: d.organisation }));
  return (
    <Stack gap="lg">
      <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="md">
        {SCORES.map(({ key, label }) => (
          <Card key={key} withBorder padding="sm" bg="gray.0">
            <Text size="xs" c="dimmed">
              {label}
            </Text>
            <Text fz={26} fw={700} c="peerhub.8">
              {summary.averages[key]?.toFixed(1) ?? '–'}
              <Text span size="sm" c="dimmed" fw={500}>
                {' '}
                / 5
              </Text>
            </Text>
          </Card>
        ))}
      </SimpleGrid>
      <Text size="sm" c="dimmed">
        {summary.responses} of {summary.participants} participants answered.
      </Text>
      <BarChart
        h={220}
        data={data}
        dataKey="score"
        series={[
          { name: 'Overall', color: 'peerhub.6' },
          { name: 'Relevance', color: 'teal.5' },
          { name: 'Organisation', color: 'blue.4' },
        ]}
        withLegend
        tickLine="y"
        gridAxis="x"
        yAxisProps={{ allowDecimals: false }}
        aria-label="How many participants gave each score"
      />
      {summary.willApply.length > 0 && (
        <div>
          <Text size="sm" fw={600} mb={6}>
            What they will apply at home
          </Text>
          <List size="sm" spacing={6}>
            {summary.willApply.map((t, i) => (
              <List.Item key={i}>{t}</List.Item>
            ))}
          </List>
        </div>
      )}
      {summary.comments.length > 0 && (
        <div>
          <Text size="sm" fw={600} mb={6}>
            Comments
          </Text>
          <List size="sm" spacing={6}>
            {summary.comments.map((t, i) => (
              <List.Item key={i}>{t}</List.Item>
            ))}
          </List>
        </div>
      )}
    </Stack>
  );
}
