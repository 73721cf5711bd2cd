import { Badge, Button, Checkbox, Group, Modal, Stack, Table, Text, Title } from '@mantine/core';
import type { CaseStudyDiff, CaseStudyVersion } from '@peerhub/contracts';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { formatDateTime } from '../../../components/ui/labels';
import { QueryState } from '../../../components/ui/query-state';
import { useCompare, useVersion, useVersions } from '../api/versions';
import { fieldName } from '../model/labels';

/** The author's versions: view one, or tick two and compare them field by field, word by word. */
export function VersionHistory({ caseStudyId }: { caseStudyId: string }) {
  const intl = useIntl();
  const versions = useVersions(caseStudyId, true);
  const [picked, setPicked] = useState<number[]>([]);
  const [viewing, setViewing] = useState<number | null>(null);
  const [comparing, setComparing] = useState<[number, number] | null>(null);
  const toggle = (v: number) => setPicked((p) => (p.includes(v) ? p.filter((x) => x !== v) : [...p, v].slice(-2)));
  const pair = picked.length === 2 ? ([Math.min(...picked), Math.max(...picked)] as [number, number]) : null;

  return (
    <Stack gap="sm">
      <QueryState query={versions}>
        {(list) => (
          <Table verticalSpacing={6} aria-label={intl.formatMessage({ id: 'caseStudies.versions.label' })}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={40}>
                  <span className="visually-hidden">{intl.formatMessage({ id: 'caseStudies.versions.compare' })}</span>
                </Table.Th>
                <Table.Th>{intl.formatMessage({ id: 'caseStudies.versions.version' })}</Table.Th>
                <Table.Th>{intl.formatMessage({ id: 'caseStudies.versions.saved' })}</Table.Th>
                <Table.Th>{intl.formatMessage({ id: 'caseStudies.field.title' })}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.items.map((v, index) => (
                <Table.Tr key={v.version}>
                  <Table.Td>
                    <Checkbox aria-label={intl.formatMessage({ id: 'caseStudies.versions.pick' }, { version: v.version })} checked={picked.includes(v.version)} onChange={() => toggle(v.version)} />
                  </Table.Td>
                  <Table.Td>
                    <Group gap={6}>
                      {v.version}
                      {index === 0 && (
                        <Badge size="xs" variant="light">
                          {intl.formatMessage({ id: 'caseStudies.versions.current' })}
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td>{formatDateTime(v.savedAt)}</Table.Td>
                  <Table.Td>
                    <Text size="sm" lineClamp={1}>
                      {v.title}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Button size="compact-xs" variant="subtle" onClick={() => setViewing(v.version)}>
                      {intl.formatMessage({ id: 'caseStudies.versions.view' })}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </QueryState>
      <Group>
        <Button variant="default" disabled={!pair} onClick={() => pair && setComparing(pair)}>
          {pair ? intl.formatMessage({ id: 'caseStudies.versions.compareTwo' }, { from: pair[0], to: pair[1] }) : intl.formatMessage({ id: 'caseStudies.versions.tickTwo' })}
        </Button>
      </Group>
      <Modal opened={viewing !== null} onClose={() => setViewing(null)} title={intl.formatMessage({ id: 'caseStudies.versions.title' }, { version: viewing ?? '' })} size="xl">
        {viewing !== null && <VersionView caseStudyId={caseStudyId} version={viewing} />}
      </Modal>
      <Modal opened={comparing !== null} onClose={() => setComparing(null)} title={comparing ? intl.formatMessage({ id: 'caseStudies.versions.changes' }, { from: comparing[0], to: comparing[1] }) : ''} size="xl">
        {comparing && <Comparison caseStudyId={caseStudyId} from={comparing[0]} to={comparing[1]} />}
      </Modal>
    </Stack>
  );
}

function VersionView({ caseStudyId, version }: { caseStudyId: string; version: number }) {
  const query = useVersion(caseStudyId, version);
  return (
    <QueryState query={query}>
      {(v: CaseStudyVersion) => (
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {v.editorName ? (
              <FormattedMessage id="caseStudies.versions.savedAtBy" values={{ at: formatDateTime(v.savedAt), name: v.editorName }} />
            ) : (
              <FormattedMessage id="caseStudies.versions.savedAt" values={{ at: formatDateTime(v.savedAt) }} />
            )}
          </Text>
          {(['title', 'summary', 'body', 'results', 'lessons'] as const).map((field) => (
            <Stack key={field} gap={2}>
              <Text size="xs" tt="uppercase" fw={700} c="dimmed">
                {fieldName(field)}
              </Text>
              {/* Shown as the text it was, not rendered: this is about what was written. */}
              <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                {v.content[field] || '—'}
              </Text>
            </Stack>
          ))}
        </Stack>
      )}
    </QueryState>
  );
}

function Comparison({ caseStudyId, from, to }: { caseStudyId: string; from: number; to: number }) {
  const intl = useIntl();
  const query = useCompare(caseStudyId, from, to);
  return (
    <QueryState query={query}>
      {(diff: CaseStudyDiff) =>
        diff.fields.length === 0 ? (
          <Text>{intl.formatMessage({ id: 'caseStudies.versions.nothingChanged' })}</Text>
        ) : (
          <Stack gap="md" className="cs-diff">
            {diff.fields.map((f) => (
              <Stack key={f.field} gap={4}>
                <Title order={3} fz="sm">
                  {fieldName(f.field)}
                </Title>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                  {f.parts.map((p, i) =>
                    p.added ? (
                      <ins key={i} aria-label={intl.formatMessage({ id: 'caseStudies.versions.added' }, { text: p.value })}>
                        {p.value}
                      </ins>
                    ) : p.removed ? (
                      <del key={i} aria-label={intl.formatMessage({ id: 'caseStudies.versions.removed' }, { text: p.value })}>
                        {p.value}
                      </del>
                    ) : (
                      <span key={i}>{p.value}</span>
                    ),
                  )}
                </Text>
              </Stack>
            ))}
          </Stack>
        )
      }
    </QueryState>
  );
}
