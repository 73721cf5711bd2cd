import { BarChart } from '@mantine/charts';
import { ActionIcon, Alert, Anchor, Button, Card, Group, List, Rating, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { ExchangeFeedback, ExchangeOutcomes, type ExchangeAfterwards, type ExchangeDetail, type FeedbackSummary } from '@peerhub/contracts';
import { IconExternalLink, IconLink, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useIntl } from 'react-intl';
import type { MessageId } from '../../../i18n/locale-store';
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
  const intl = useIntl();
  const afterwards = useAfterwards(exchange.id);
  if (!started || exchange.status === 'draft') {
    return <EmptyState title={intl.formatMessage({ id: 'exchanges.afterwards.notYetTitle' })}>{intl.formatMessage({ id: 'exchanges.afterwards.notYetText' })}</EmptyState>;
  }
  if (exchange.status === 'cancelled') return <EmptyState title={intl.formatMessage({ id: 'exchanges.cancelledTitle' })} />;
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
  const intl = useIntl();
  const [editing, setEditing] = useState(false);
  const empty = !afterwards.outcomes && !afterwards.recommendations && afterwards.materials.length === 0;
  if (editing) return <OutcomesForm exchange={exchange} afterwards={afterwards} onDone={() => setEditing(false)} />;
  return (
    <Block
      id="x-outcomes"
      title={intl.formatMessage({ id: 'exchanges.afterwards.title' })}
      action={
        manage && (
          <Button variant="default" size="xs" onClick={() => setEditing(true)}>
            {intl.formatMessage({ id: empty ? 'exchanges.afterwards.write' : 'common.edit' })}
          </Button>
        )
      }
    >
      {empty ? (
        <Text size="sm" c="dimmed">
          {intl.formatMessage({ id: manage ? 'exchanges.afterwards.emptyOrganiser' : 'exchanges.afterwards.empty' })}
        </Text>
      ) : (
        <Stack gap="md">
          {afterwards.outcomes && (
            <div>
              <Text size="sm" fw={600} mb={4}>
                {intl.formatMessage({ id: 'exchanges.afterwards.outcomes' })}
              </Text>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {afterwards.outcomes}
              </Text>
            </div>
          )}
          {afterwards.recommendations && (
            <div>
              <Text size="sm" fw={600} mb={4}>
                {intl.formatMessage({ id: 'exchanges.afterwards.recommendations' })}
              </Text>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {afterwards.recommendations}
              </Text>
            </div>
          )}
          {afterwards.materials.length > 0 && (
            <div>
              <Text size="sm" fw={600} mb={4}>
                {intl.formatMessage({ id: 'exchanges.materials.title' })}
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
  const intl = useIntl();
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
          notifications.show({ color: 'peerhub', title: intl.formatMessage({ id: 'exchanges.afterwards.savedTitle' }), message: intl.formatMessage({ id: 'exchanges.afterwards.savedMessage' }) });
          onDone();
        },
        onError: (e) => {
          form.setErrors(fieldErrors(e));
          notifications.show({ color: 'red', title: intl.formatMessage({ id: 'exchanges.registration.notSaved' }), message: errorMessage(e) });
        },
      },
    ),
  );
  return (
    <Block id="x-outcomes" title={intl.formatMessage({ id: 'exchanges.afterwards.title' })}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Textarea
            label={intl.formatMessage({ id: 'exchanges.afterwards.outcomes' })}
            description={intl.formatMessage({ id: 'exchanges.afterwards.outcomesHint' })}
            autosize
            minRows={4}
            maxRows={16}
            {...form.getInputProps('outcomes')}
          />
          <Textarea
            label={intl.formatMessage({ id: 'exchanges.afterwards.recommendations' })}
            description={intl.formatMessage({ id: 'exchanges.afterwards.recommendationsHint' })}
            autosize
            minRows={3}
            maxRows={16}
            {...form.getInputProps('recommendations')}
          />
          <Stack gap={6}>
            <Text size="sm" fw={500}>
              {intl.formatMessage({ id: 'exchanges.materials.title' })}
            </Text>
            {form.getValues().materials.map((_, j) => (
              <Group key={j} gap="xs" align="flex-start" wrap="nowrap">
                <TextInput placeholder={intl.formatMessage({ id: 'exchanges.materials.titlePlaceholder' })} aria-label={intl.formatMessage({ id: 'exchanges.afterwards.materialTitle' }, { n: j + 1 })} style={{ flex: 1 }} {...form.getInputProps(`materials.${j}.title`)} />
                <TextInput placeholder={intl.formatMessage({ id: 'exchanges.materials.urlPlaceholder' })} aria-label={intl.formatMessage({ id: 'exchanges.afterwards.materialLink' }, { n: j + 1 })} leftSection={<IconLink size={14} />} style={{ flex: 1.4 }} {...form.getInputProps(`materials.${j}.url`)} />
                <ActionIcon variant="subtle" color="gray" mt={4} onClick={() => form.removeListItem('materials', j)} aria-label={intl.formatMessage({ id: 'exchanges.afterwards.removeMaterial' }, { n: j + 1 })}>
                  <IconTrash size={16} />
                </ActionIcon>
              </Group>
            ))}
            <div>
              <Button variant="subtle" size="compact-sm" leftSection={<IconPlus size={14} />} onClick={() => form.insertListItem('materials', { title: '', url: '' })}>
                {intl.formatMessage({ id: 'exchanges.materials.add' })}
              </Button>
            </div>
          </Stack>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onDone}>
              {intl.formatMessage({ id: 'common.cancel' })}
            </Button>
            <Button type="submit" loading={write.isPending}>
              {intl.formatMessage({ id: 'common.save' })}
            </Button>
          </Group>
        </Stack>
      </form>
    </Block>
  );
}

const SCORES: Array<{ key: 'overall' | 'relevance' | 'organisation'; labelId: MessageId }> = [
  { key: 'overall', labelId: 'exchanges.feedback.overall' },
  { key: 'relevance', labelId: 'exchanges.feedback.relevance' },
  { key: 'organisation', labelId: 'exchanges.feedback.organisation' },
];

interface FeedbackValues {
  overall: number;
  relevance: number;
  organisation: number;
  willApply: string;
  comments: string;
}

function FeedbackForm({ exchange, given }: { exchange: ExchangeDetail; given: boolean }) {
  const intl = useIntl();
  const give = useGiveFeedback();
  const [sent, setSent] = useState(given);
  const form = useForm<FeedbackValues>({
    mode: 'controlled',
    initialValues: { overall: 0, relevance: 0, organisation: 0, willApply: '', comments: '' },
    validate: (v) => {
      const errors = validateWith(ExchangeFeedback)(v);
      for (const { key } of SCORES) if (v[key] === 0) errors[key] = intl.formatMessage({ id: 'exchanges.feedback.pickStars' });
      return errors;
    },
  });
  const submit = form.onSubmit((values) =>
    give.mutate(
      { id: exchange.id, body: values },
      {
        onSuccess: () => {
          setSent(true);
          notifications.show({ color: 'green', title: intl.formatMessage({ id: 'exchanges.feedback.thanksTitle' }), message: intl.formatMessage({ id: 'exchanges.feedback.thanksMessage' }) });
        },
        onError: (e) => {
          form.setErrors(fieldErrors(e));
          notifications.show({ color: 'red', title: intl.formatMessage({ id: 'exchanges.feedback.notSent' }), message: errorMessage(e) });
        },
      },
    ),
  );
  return (
    <Block id="x-feedback" title={intl.formatMessage({ id: 'exchanges.feedback.title' })}>
      {sent && (
        <Alert color="green" variant="light" p="sm" mb="md" role="status">
          <Text size="sm">{intl.formatMessage({ id: 'exchanges.feedback.sent' })}</Text>
        </Alert>
      )}
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
            {SCORES.map(({ key, labelId }) => (
              <Stack key={key} gap={4}>
                <Text size="sm" fw={500} id={`x-score-${key}`}>
                  {intl.formatMessage({ id: labelId })}
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
          <Textarea label={intl.formatMessage({ id: 'exchanges.feedback.willApply' })} autosize minRows={2} maxRows={8} {...form.getInputProps('willApply')} />
          <Textarea label={intl.formatMessage({ id: 'exchanges.feedback.comments' })} autosize minRows={2} maxRows={8} {...form.getInputProps('comments')} />
          <Group justify="flex-end">
            <Button type="submit" loading={give.isPending}>
              {intl.formatMessage({ id: sent ? 'exchanges.feedback.update' : 'exchanges.feedback.send' })}
            </Button>
          </Group>
        </Stack>
      </form>
    </Block>
  );
}

function Summary({ exchangeId }: { exchangeId: string }) {
  const intl = useIntl();
  const summary = useFeedbackSummary(exchangeId);
  return (
    <Block id="x-feedback-summary" title={intl.formatMessage({ id: 'exchanges.summary.title' })}>
      <QueryState query={summary}>{(s) => <SummaryBody summary={s} />}</QueryState>
    </Block>
  );
}

function SummaryBody({ summary }: { summary: FeedbackSummary }) {
  const intl = useIntl();
  if (summary.responses === 0) {
    return (
      <Text size="sm" c="dimmed">
        {intl.formatMessage({ id: 'exchanges.summary.empty' }, { participants: summary.participants })}
      </Text>
    );
  }
  const data = summary.distribution.map((d) => ({ score: `${d.score} ★`, Overall: d.overall, Relevance: d.relevance, Organisation: d.organisation }));
  return (
    <Stack gap="lg">
      <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="md">
        {SCORES.map(({ key, labelId }) => (
          <Card key={key} withBorder padding="sm" bg="gray.0">
            <Text size="xs" c="dimmed">
              {intl.formatMessage({ id: labelId })}
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
        {intl.formatMessage({ id: 'exchanges.summary.answered' }, { responses: summary.responses, participants: summary.participants })}
      </Text>
      <BarChart
        h={220}
        data={data}
        dataKey="score"
        series={[
          { name: 'Overall', label: intl.formatMessage({ id: 'exchanges.summary.overall' }), color: 'peerhub.6' },
          { name: 'Relevance', label: intl.formatMessage({ id: 'exchanges.summary.relevance' }), color: 'teal.5' },
          { name: 'Organisation', label: intl.formatMessage({ id: 'exchanges.summary.organisation' }), color: 'blue.4' },
        ]}
        withLegend
        tickLine="y"
        gridAxis="x"
        yAxisProps={{ allowDecimals: false }}
        aria-label={intl.formatMessage({ id: 'exchanges.summary.chartLabel' })}
      />
      {summary.willApply.length > 0 && (
        <div>
          <Text size="sm" fw={600} mb={6}>
            {intl.formatMessage({ id: 'exchanges.summary.willApply' })}
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
            {intl.formatMessage({ id: 'exchanges.summary.comments' })}
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
