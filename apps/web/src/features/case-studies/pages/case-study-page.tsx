import { Anchor, Badge, Button, Card, Grid, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { CaseStudyDetail } from '@peerhub/contracts';
import { can } from '@peerhub/domain';
import { IconEdit, IconPrinter } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { CountryName } from '../../../components/ui/country';
import { formatDate, languageName, topicName } from '../../../components/ui/labels';
import { PageHeader } from '../../../components/ui/page-header';
import { QueryState } from '../../../components/ui/query-state';
import { errorMessage } from '../../../lib/api-client';
import { useActor, useMe } from '../../../lib/session';
import { useCaseStudy } from '../api/get-case-study';
import { useSetCaseStudyStatus } from '../api/save-case-study';
import '../case-studies.css';
import { AttachmentList } from '../components/attachment-list';
import { CommentsPanel } from '../components/comments-panel';
import { MarkdownView } from '../components/markdown-view';
import { ShareButton } from '../components/share-button';
import { VersionHistory } from '../components/version-history';
import { STAGE_NAMES, VISIBILITY_OPTIONS } from '../model/labels';
import { caseStudySubject } from '../model/subject';

/** /case-studies/:id: the study (sanitized markdown), its files, experts, live comments; its history for the author; printable. */
export function CaseStudyPage() {
  const { caseStudyId = '' } = useParams();
  const study = useCaseStudy(caseStudyId);
  return <QueryState query={study}>{(c) => <Study study={c} />}</QueryState>;
}

function Part({ id, title, children, className }: { id: string; title: string; children: ReactNode; className?: string }) {
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={id} className={className}>
      <Title order={2} fz="lg" id={id} mb="sm">
        {title}
      </Title>
      {children}
    </Card>
  );
}

function Study({ study }: { study: CaseStudyDetail }) {
  const me = useMe();
  const actor = useActor();
  const subject = caseStudySubject(study, me.id);
  const mayEdit = can(actor, 'case-study.edit', subject);
  const status = useSetCaseStudyStatus();
  const toggleStatus = () =>
    status.mutate(
      { id: study.id, status: study.status === 'draft' ? 'published' : 'draft' },
      { onError: (e) => notifications.show({ color: 'red', message: errorMessage(e) }) },
    );

  return (
    <article className="cs-page">
      <Anchor component={Link} to="/case-studies" size="sm" mb="md" display="inline-block" className="no-print">
        ← Case studies
      </Anchor>
      <PageHeader
        eyebrow={
          <Group gap="xs" component="span">
            Case study
            {study.status === 'draft' && (
              <Badge color="gray" variant="outline" size="sm">
                Draft
              </Badge>
            )}
          </Group>
        }
        title={study.title}
        description={study.summary}
        actions={
          <Group gap="sm" className="no-print">
            <Button variant="default" leftSection={<IconPrinter size={16} />} onClick={() => window.print()}>
              Print
            </Button>
            {study.status === 'published' && <ShareButton study={study} />}
            {mayEdit && (
              <>
                <Button component={Link} to={`/case-studies/${study.id}/edit`} variant="default" leftSection={<IconEdit size={16} />}>
                  Edit
                </Button>
                <Button onClick={toggleStatus} loading={status.isPending} variant={study.status === 'draft' ? 'filled' : 'default'}>
                  {study.status === 'draft' ? 'Publish' : 'Back to draft'}
                </Button>
              </>
            )}
          </Group>
        }
      />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="lg">
            <Part id="cs-story" title="The story">
              {study.body.trim() ? <MarkdownView markdown={study.body} /> : <Text c="dimmed">Not written yet.</Text>}
            </Part>
            {study.results.trim() && (
              <Part id="cs-results" title="Results">
                <MarkdownView markdown={study.results} />
              </Part>
            )}
            {study.lessons.trim() && (
              <Part id="cs-lessons" title="Lessons learned">
                <MarkdownView markdown={study.lessons} />
              </Part>
            )}
            {study.status === 'published' && (
              <Part id="cs-comments" title="Discussion" className="cs-comments">
                <CommentsPanel study={study} />
              </Part>
            )}
            {can(actor, 'case-study.history', subject) && (
              <Part id="cs-history" title="Version history" className="no-print">
                <VersionHistory caseStudyId={study.id} />
              </Part>
            )}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack gap="lg">
            <Part id="cs-facts" title="At a glance">
              <Stack gap={8}>
                <CountryName code={study.country} />
                {study.organisationName && <Text size="sm">{study.organisationName}</Text>}
                <Group gap={6}>
                  {study.topics.map((t) => (
                    <Badge key={t} variant="light">
                      {topicName(t)}
                    </Badge>
                  ))}
                </Group>
                <Text size="sm" c="dimmed">
                  {[STAGE_NAMES[study.stage], study.year ? `reform of ${study.year}` : null, `written in ${languageName(study.language)}`].filter(Boolean).join(' · ')}
                </Text>
                <Text size="sm" c="dimmed">
                  {study.authorName ? `By ${study.authorName}` : 'By a former member'}
                  {study.publishedAt ? `, published ${formatDate(study.publishedAt)}` : ''}
                </Text>
                <Text size="sm" c="dimmed">
                  Readers: {VISIBILITY_OPTIONS.find((o) => o.value === study.visibility)?.label.toLowerCase()}
                </Text>
              </Stack>
            </Part>
            <Part id="cs-experts" title="Experts to contact">
              {study.contacts.length === 0 ? (
                <Text size="sm" c="dimmed">
                  {study.authorName ? `Ask ${study.authorName}, who wrote it.` : 'No one named.'}
                </Text>
              ) : (
                <Stack gap={4} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
                  {study.contacts.map((p) => (
                    <li key={p.personId}>
                      <Anchor component={Link} to={`/people/${p.personId}`} size="sm">
                        {p.name}
                      </Anchor>
                    </li>
                  ))}
                </Stack>
              )}
            </Part>
            <Part id="cs-files" title="Files">
              <AttachmentList caseStudyId={study.id} attachments={study.attachments} />
            </Part>
          </Stack>
        </Grid.Col>
      </Grid>
    </article>
  );
}
