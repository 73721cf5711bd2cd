import { Anchor, Badge, Box, Button, Card, Checkbox, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import type { CaseStudySuggestion, LearningNeed, MatchProposal, PeerSuggestion } from '@peerhub/contracts';
import { utcOffsetLabel } from '@peerhub/domain';
import { IconBook, IconUserSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { countryName, Flag } from '../../../components/ui/country';
import { EmptyState } from '../../../components/ui/empty-state';
import { languageName } from '../../../components/ui/labels';
import { currentFormattingLocale } from '../../../i18n/locale-store';
import { QueryState } from '../../../components/ui/query-state';
import { useNow } from '../../../lib/use-now';
import { useSuggestions } from '../api/get-suggestions';
import { ProposeMatchModal } from './propose-match-modal';
import { formatScore } from '../model/labels';
import { ReasonChips } from './reason-chips';

function localTime(zone: string, now: Date): string {
  try {
    return new Intl.DateTimeFormat(currentFormattingLocale(), { hour: '2-digit', minute: '2-digit', timeZone: zone }).format(now);
  } catch {
    return '';
  }
}

function PeerRow({ peer, rank, checked, onToggle, waiting, now }: { peer: PeerSuggestion; rank: number; checked: boolean; onToggle: () => void; waiting: boolean; now: Date }) {
  const intl = useIntl();
  return (
    <Box component="li" p="md" style={{ borderTop: rank > 1 ? '1px solid var(--mantine-color-gray-3)' : undefined, background: checked ? 'var(--mantine-color-peerhub-0)' : undefined }}>
      <Group align="flex-start" wrap="nowrap" gap="md">
        <Checkbox checked={checked} onChange={onToggle} aria-label={intl.formatMessage({ id: 'learning.suggestions.choose' }, { name: peer.name })} mt={4} />
        <Stack gap={6} style={{ flex: 1, minWidth: 0 }}>
          <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
            <div style={{ minWidth: 0 }}>
              <Group gap={8} wrap="nowrap">
                <Text c="dimmed" size="sm" fw={600} aria-hidden>
                  {rank}.
                </Text>
                <Flag code={peer.country} size={14} />
                <Anchor component={Link} to={`/people/${peer.personId}`} fw={600} truncate>
                  {peer.name}
                </Anchor>
              </Group>
              <Text size="sm" c="dimmed">
                {[peer.position, peer.organisation].filter(Boolean).join(', ')}
              </Text>
              <Text size="xs" c="dimmed">
                {countryName(peer.country)} · {intl.formatMessage({ id: 'learning.suggestions.localTime' }, { time: localTime(peer.timeZone, now), offset: utcOffsetLabel(peer.timeZone, now) })}
              </Text>
            </div>
            <Stack gap={4} align="flex-end" style={{ flex: 'none' }}>
              <Badge size="lg" variant="filled" color="peerhub" tt="none" aria-label={intl.formatMessage({ id: 'learning.suggestions.score' }, { score: formatScore(peer.score) })}>
                {intl.formatMessage({ id: 'learning.suggestions.points' }, { score: formatScore(peer.score) })}
              </Badge>
              {waiting && (
                <Badge size="xs" variant="outline" color="orange">
                  {intl.formatMessage({ id: 'learning.suggestions.proposed' })}
                </Badge>
              )}
            </Stack>
          </Group>
          <ReasonChips reasons={peer.reasons} label={intl.formatMessage({ id: 'learning.suggestions.whyPeer' }, { name: peer.name })} />
        </Stack>
      </Group>
    </Box>
  );
}

function CaseStudyRow({ study, first }: { study: CaseStudySuggestion; first: boolean }) {
  const intl = useIntl();
  return (
    <Box component="li" p="md" style={{ borderTop: first ? undefined : '1px solid var(--mantine-color-gray-3)' }}>
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
          <div style={{ minWidth: 0 }}>
            <Anchor component={Link} to={`/case-studies/${study.id}`} fw={600} c="inherit">
              {study.title}
            </Anchor>
            <Group gap={8} wrap="nowrap">
              <Flag code={study.country} size={12} />
              <Text size="xs" c="dimmed">
                {countryName(study.country)} · {intl.formatMessage({ id: 'learning.suggestions.inLanguage' }, { language: languageName(study.language) })}
              </Text>
            </Group>
          </div>
          <Badge size="lg" variant="light" color="grape" tt="none" style={{ flex: 'none' }} aria-label={intl.formatMessage({ id: 'learning.suggestions.score' }, { score: formatScore(study.score) })}>
            {intl.formatMessage({ id: 'learning.suggestions.points' }, { score: formatScore(study.score) })}
          </Badge>
        </Group>
        <ReasonChips reasons={study.reasons} label={intl.formatMessage({ id: 'learning.suggestions.whyStudy' }, { title: study.title })} />
      </Stack>
    </Box>
  );
}

/**
 * The coordinator's matching desk: ranked peers and case studies for the need, every point with its
 * reason, so the ranking can be checked rather than trusted; pick peers and propose the match.
 */
export function SuggestionsPanel({ need, proposals }: { need: LearningNeed; proposals: readonly MatchProposal[] }) {
  const intl = useIntl();
  const suggestions = useSuggestions(need.id, true);
  const now = useNow();
  const [chosen, setChosen] = useState<string[]>([]);
  const [proposing, setProposing] = useState(false);
  // Peers already asked in a proposal still waiting for answers.
  const waiting = new Set(proposals.filter((p) => p.status === 'proposed').flatMap((p) => p.parties.filter((x) => x.side === 'peer').map((x) => x.personId)));
  const toggle = (id: string) => setChosen((c) => (c.includes(id) ? c.filter((x) => x !== id) : c.length >= 5 ? c : [...c, id]));

  return (
    <QueryState query={suggestions} loading={<Skeleton h={280} radius="md" />}>
      {(s) => {
        const picked = s.peers.filter((p) => chosen.includes(p.personId));
        return (
          <Stack gap="lg">
            <Card withBorder padding={0} radius="md" component="section" aria-labelledby="suggested-peers">
              <Stack gap={4} p="md" pb="sm">
                <Title order={2} fz="lg" id="suggested-peers">
                  {intl.formatMessage({ id: 'learning.suggestions.peers' })}
                </Title>
                <Text size="sm" c="dimmed">
                  {intl.formatMessage({ id: 'learning.suggestions.peers.description' })}
                </Text>
              </Stack>
              {s.peers.length === 0 ? (
                <EmptyState title={intl.formatMessage({ id: 'learning.suggestions.noPeers' })} icon={<IconUserSearch size={22} stroke={1.6} />}>
                  {intl.formatMessage({ id: 'learning.suggestions.noPeers.body' })}
                </EmptyState>
              ) : (
                <>
                  <Box component="ol" className="learning-list">
                    {s.peers.map((p, i) => (
                      <PeerRow key={p.personId} peer={p} rank={i + 1} checked={chosen.includes(p.personId)} onToggle={() => toggle(p.personId)} waiting={waiting.has(p.personId)} now={now} />
                    ))}
                  </Box>
                  <Group justify="space-between" gap="sm" p="md" className="learning-propose-bar">
                    <Text size="sm" c="dimmed" aria-live="polite">
                      {picked.length === 0 ? intl.formatMessage({ id: 'learning.suggestions.noneChosen' }) : intl.formatMessage({ id: 'learning.suggestions.chosen' }, { names: picked.map((p) => p.name).join(', ') })}
                    </Text>
                    <Button onClick={() => setProposing(true)} disabled={picked.length === 0}>
                      {picked.length > 1 ? intl.formatMessage({ id: 'learning.suggestions.proposeWith' }, { count: picked.length }) : intl.formatMessage({ id: 'learning.propose.title' })}
                    </Button>
                  </Group>
                </>
              )}
            </Card>
            <Card withBorder padding={0} radius="md" component="section" aria-labelledby="suggested-studies">
              <Stack gap={4} p="md" pb="sm">
                <Title order={2} fz="lg" id="suggested-studies">
                  {intl.formatMessage({ id: 'learning.suggestions.studies' })}
                </Title>
                <Text size="sm" c="dimmed">
                  {intl.formatMessage({ id: 'learning.suggestions.studies.description' })}
                </Text>
              </Stack>
              {s.caseStudies.length === 0 ? (
                <EmptyState title={intl.formatMessage({ id: 'learning.suggestions.noStudies' })} icon={<IconBook size={22} stroke={1.6} />} />
              ) : (
                <Box component="ol" className="learning-list">
                  {s.caseStudies.map((c, i) => (
                    <CaseStudyRow key={c.id} study={c} first={i === 0} />
                  ))}
                </Box>
              )}
            </Card>
            <ProposeMatchModal
              need={need}
              peers={picked}
              opened={proposing}
              onClose={() => setProposing(false)}
              onProposed={() => {
                setProposing(false);
                setChosen([]);
              }}
            />
          </Stack>
        );
      }}
    </QueryState>
  );
}
