import { Alert, Anchor, Badge, Button, Card, FileButton, Group, List, Paper, Progress, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { CreateInvitationRequest, type ImportPreview, type ImportRow } from '@peerhub/contracts';
import { IconCheck, IconDownload, IconFileSpreadsheet, IconUpload, IconX } from '@tabler/icons-react';
import { useState, type DragEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { t } from '../../../i18n/locale-store';
import { errorMessage } from '../../../lib/api-client';
import { useInviteBatch } from '../api/invite-batch';
import { usePreviewImport } from '../api/preview-import';

const BATCH = 10;
const TEMPLATE = 'name,email,country,organisation,role\nAigerim Nurlanovna,aigerim@example.gov.kz,KZ,,member\n';
const TEMPLATE_HREF = `data:text/csv;charset=utf-8,${encodeURIComponent(TEMPLATE)}`;

interface Sent {
  email: string;
  name: string;
  ok: boolean;
  error?: string | undefined;
}

/** A good preview row as the invitation the contract expects (the preview already checked it). */
function invitationOf(allianceId: string, row: ImportRow) {
  return CreateInvitationRequest.safeParse({
    allianceId,
    email: row.email,
    name: row.name,
    role: row.role || 'member',
    country: row.country || undefined,
    organisationId: row.organisationId ?? undefined,
  });
}

/** CSV upload (file, drag and drop, or paste) → preview with per-row errors → invitations in batches of ten. */
export function ImportTab({ allianceId }: { allianceId: string }) {
  const intl = useIntl();
  const preview = usePreviewImport();
  const batch = useInviteBatch();
  const [csv, setCsv] = useState('');
  const [fileName, setFileName] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const [result, setResult] = useState<ImportPreview | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [sent, setSent] = useState<Sent[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  const reset = () => {
    setResult(null);
    setSent(null);
    setProgress(null);
    setError(null);
  };
  const readFile = async (file: File | null) => {
    if (!file) return;
    reset();
    setFileName(file.name);
    setCsv(await file.text());
  };
  const onDrop = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    setDragging(false);
    void readFile(e.dataTransfer.files[0] ?? null);
  };
  const check = () => {
    reset();
    preview.mutate({ allianceId, csv }, { onSuccess: setResult, onError: (e) => setError(errorMessage(e)) });
  };

  const good = (result?.rows ?? []).filter((r) => r.errors.length === 0);
  const send = async () => {
    const rows = good.map((row) => ({ row, parsed: invitationOf(allianceId, row) }));
    const outcomes: Sent[] = rows.filter((r) => !r.parsed.success).map(({ row }) => ({ email: row.email, name: row.name, ok: false, error: t('console.import.rowInvalid') }));
    const ready = rows.flatMap(({ row, parsed }) => (parsed.success ? [{ row, invitation: parsed.data }] : []));
    setSent(null);
    setProgress({ done: 0, total: ready.length });
    for (let i = 0; i < ready.length; i += BATCH) {
      const chunk = ready.slice(i, i + BATCH);
      try {
        const { results } = await batch.mutateAsync({ allianceId, body: { invitations: chunk.map((c) => c.invitation) } });
        for (const c of chunk) {
          const r = results.find((x) => x.email === c.invitation.email);
          outcomes.push({ email: c.invitation.email, name: c.row.name, ok: r?.ok ?? false, error: r?.ok ? undefined : (r?.error ?? t('console.import.noAnswer')) });
        }
      } catch (e) {
        for (const c of chunk) outcomes.push({ email: c.invitation.email, name: c.row.name, ok: false, error: errorMessage(e) });
      }
      setProgress({ done: Math.min(i + BATCH, ready.length), total: ready.length });
    }
    setSent(outcomes);
  };

  const sending = progress !== null && sent === null;
  const percent = progress && progress.total > 0 ? Math.round((progress.done / progress.total) * 100) : 0;

  return (
    <Stack>
      <Card withBorder padding="lg">
        <Group justify="space-between" align="flex-start" mb="md" gap="sm">
          <div>
            <Title order={2} fz="lg">
              {intl.formatMessage({ id: 'console.import.title' })}
            </Title>
            <Text size="sm" c="dimmed" maw={620}>
              {intl.formatMessage({ id: 'console.import.description' })}
            </Text>
          </div>
          <Anchor href={TEMPLATE_HREF} download="peerhub-invitations-template.csv" size="sm">
            <Group gap={4} wrap="nowrap">
              <IconDownload size={16} aria-hidden />
              {intl.formatMessage({ id: 'console.import.downloadTemplate' })}
            </Group>
          </Anchor>
        </Group>
        <Paper
          withBorder
          p="lg"
          radius="md"
          onDragOver={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={onDrop}
          style={{ borderStyle: 'dashed', borderWidth: 2, background: dragging ? 'var(--mantine-color-peerhub-0)' : 'var(--mantine-color-gray-0)', borderColor: dragging ? 'var(--mantine-color-peerhub-5)' : undefined }}
          aria-label={intl.formatMessage({ id: 'console.import.dropHere' })}
        >
          <Stack align="center" gap={6}>
            <IconFileSpreadsheet size={32} stroke={1.4} color="var(--mantine-color-peerhub-6)" aria-hidden />
            <Text size="sm" ta="center">
              {fileName ? (
                <FormattedMessage id="console.import.loaded" values={{ file: <strong>{fileName}</strong> }} />
              ) : (
                intl.formatMessage({ id: 'console.import.dropHereOr' })
              )}
            </Text>
            <FileButton onChange={(f) => void readFile(f)} accept=".csv,text/csv">
              {(props) => (
                <Button {...props} variant="light" size="xs" leftSection={<IconUpload size={14} />}>
                  {intl.formatMessage({ id: fileName ? 'console.import.chooseAnother' : 'console.import.choose' })}
                </Button>
              )}
            </FileButton>
          </Stack>
        </Paper>
        <Textarea
          label={intl.formatMessage({ id: 'console.import.paste' })}
          placeholder={TEMPLATE}
          autosize
          minRows={3}
          maxRows={10}
          mt="md"
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 13 } }}
          value={csv}
          onChange={(e) => {
            setCsv(e.currentTarget.value);
            setFileName(null);
            reset();
          }}
        />
        <Group justify="flex-end" mt="md">
          <Button onClick={check} loading={preview.isPending} disabled={csv.trim() === '' || sending}>
            {intl.formatMessage({ id: 'console.import.check' })}
          </Button>
        </Group>
      </Card>
      {error && (
        <Alert color="red" role="alert" title={intl.formatMessage({ id: 'console.import.checkFailed' })}>
          {error}
        </Alert>
      )}
      {result && <PreviewTable preview={result} />}
      {result && good.length > 0 && sent === null && (
        <Card withBorder padding="lg">
          <Group justify="space-between" gap="sm">
            <Text size="sm">
              {result.invalidCount > 0
                ? intl.formatMessage({ id: 'console.import.readyLeavingOut' }, { count: good.length, invalid: result.invalidCount })
                : intl.formatMessage({ id: 'console.import.ready' }, { count: good.length })}
            </Text>
            <Button onClick={() => void send()} loading={sending} leftSection={<IconCheck size={16} />}>
              {intl.formatMessage({ id: 'console.import.invite' }, { count: good.length })}
            </Button>
          </Group>
          {progress && (
            <Stack gap={4} mt="md">
              <Progress value={percent} size="lg" striped={sending} animated={sending} aria-label={intl.formatMessage({ id: 'console.import.invitationsSent' })} />
              <Text size="xs" c="dimmed" aria-live="polite">
                {intl.formatMessage({ id: 'console.import.progress' }, { done: progress.done, total: progress.total, percent })}
              </Text>
            </Stack>
          )}
        </Card>
      )}
      {sent && <SentSummary sent={sent} percent={percent} />}
    </Stack>
  );
}

function PreviewTable({ preview }: { preview: ImportPreview }) {
  const intl = useIntl();
  return (
    <Card withBorder padding={0}>
      <Group p="md" gap="sm" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
        <Title order={2} fz="lg">
          {intl.formatMessage({ id: 'console.import.preview' })}
        </Title>
        <Badge color="teal" variant="light">
          {intl.formatMessage({ id: 'console.import.validCount' }, { count: preview.validCount })}
        </Badge>
        <Badge color={preview.invalidCount ? 'red' : 'gray'} variant="light">
          {intl.formatMessage({ id: 'console.import.invalidCount' }, { count: preview.invalidCount })}
        </Badge>
      </Group>
      {preview.fileErrors.length > 0 && (
        <Alert color="red" m="md" title={intl.formatMessage({ id: 'console.import.fileProblems' })} role="alert">
          <List size="sm">
            {preview.fileErrors.map((e) => (
              <List.Item key={e}>{e}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      {preview.rows.length > 0 && (
        <Table.ScrollContainer minWidth={820}>
          <Table verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{intl.formatMessage({ id: 'console.import.column.line' })}</Table.Th>
                <Table.Th>{intl.formatMessage({ id: 'console.import.column.name' })}</Table.Th>
                <Table.Th>{intl.formatMessage({ id: 'console.import.column.email' })}</Table.Th>
                <Table.Th>{intl.formatMessage({ id: 'console.import.column.country' })}</Table.Th>
                <Table.Th>{intl.formatMessage({ id: 'console.import.column.organisation' })}</Table.Th>
                <Table.Th>{intl.formatMessage({ id: 'console.import.column.role' })}</Table.Th>
                <Table.Th>{intl.formatMessage({ id: 'console.import.column.check' })}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {preview.rows.map((r) => {
                const bad = r.errors.length > 0;
                return (
                  <Table.Tr key={r.line} bg={bad ? 'red.0' : undefined} data-invalid={bad || undefined}>
                    <Table.Td c="dimmed">{r.line}</Table.Td>
                    <Table.Td>{r.name}</Table.Td>
                    <Table.Td>{r.email}</Table.Td>
                    <Table.Td>{r.country || '—'}</Table.Td>
                    <Table.Td>{r.organisation || '—'}</Table.Td>
                    <Table.Td>{r.role}</Table.Td>
                    <Table.Td>
                      {bad ? (
                        <Stack gap={2}>
                          {r.errors.map((e) => (
                            <Group key={e} gap={4} wrap="nowrap" align="flex-start">
                              <IconX size={14} color="var(--mantine-color-red-7)" style={{ flex: 'none', marginTop: 3 }} aria-hidden />
                              <Text size="sm" c="red.8">
                                {e}
                              </Text>
                            </Group>
                          ))}
                        </Stack>
                      ) : (
                        <Group gap={4} wrap="nowrap">
                          <IconCheck size={14} color="var(--mantine-color-teal-7)" aria-hidden />
                          <Text size="sm" c="teal.8">
                            {intl.formatMessage({ id: 'console.import.rowReady' })}
                          </Text>
                        </Group>
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Card>
  );
}

function SentSummary({ sent, percent }: { sent: Sent[]; percent: number }) {
  const ok = sent.filter((s) => s.ok);
  const failed = sent.filter((s) => !s.ok);
  const intl = useIntl();
  return (
    <Card withBorder padding="lg" role="status" aria-label={intl.formatMessage({ id: 'console.import.summary' })}>
      <Progress value={percent} size="lg" color={failed.length ? 'orange' : 'teal'} aria-label={intl.formatMessage({ id: 'console.import.invitationsSent' })} mb="md" />
      <Title order={2} fz="lg" mb="xs">
        {failed.length
          ? intl.formatMessage({ id: 'console.import.sentSomeFailed' }, { count: ok.length, failed: failed.length })
          : intl.formatMessage({ id: 'console.import.sent' }, { count: ok.length })}
      </Title>
      {ok.length > 0 && (
        <List size="sm" spacing={2} icon={<IconCheck size={14} color="var(--mantine-color-teal-7)" />}>
          {ok.map((s) => (
            <List.Item key={s.email}>
              {s.name} · {s.email}
            </List.Item>
          ))}
        </List>
      )}
      {failed.length > 0 && (
        <List size="sm" spacing={2} mt="sm" icon={<IconX size={14} color="var(--mantine-color-red-7)" />}>
          {failed.map((s) => (
            <List.Item key={s.email}>
              {s.name} · {s.email}: {s.error}
            </List.Item>
          ))}
        </List>
      )}
    </Card>
  );
}
