import { Anchor, Badge, Button, Card, Grid, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { CaseStudyDetail } from '@peerhub/contracts';
import { can } from '@peerhub/domain';
import { IconEdit, IconPrinter } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useIntl } from 'react-intl';
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
import { fieldName, stageName, visibilityName } from '../model/labels';
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
  const intl = useIntl();
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
        ← {intl.formatMessage({ id: 'caseStudies.list.title' })}
      </Anchor>
      <PageHeader
        eyebrow={
          <Group gap="xs" component="span">
            {intl.formatMessage({ id: 'caseStudies.card.eyebrow' })}
            {study.status === 'draft' && (
              <Badge color="gray" variant="outline" size="sm">
                {intl.formatMessage({ id: 'caseStudies.status.draft' })}
              </Badge>
            )}
          </Group>
        }
        title={study.title}
        description={study.summary}
        actions={
          <Group gap="sm" className="no-print">
            <Button variant="default" leftSection={<IconPrinter size={16} />} onClick={() => window.print()}>
              {intl.formatMessage({ id: 'caseStudies.page.print' })}
            </Button>
            {study.status === 'published' && <ShareButton study={study} />}
            {mayEdit && (
              <>
                <Button component={Link} to={`/case-studies/${study.id}/edit`} variant="default" leftSection={<IconEdit size={16} />}>
                  {intl.formatMessage({ id: 'common.edit' })}
                </Button>
                <Button onClick={toggleStatus} loading={status.isPending} variant={study.status === 'draft' ? 'filled' : 'default'}>
                  {intl.formatMessage({ id: study.status === 'draft' ? 'caseStudies.status.publish' : 'caseStudies.status.backToDraft' })}
                </Button>
              </>
            )}
          </Group>
        }
      />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="lg">
            <Part id="cs-story" title={fieldName('body')}>
              {study.body.trim() ? <MarkdownView markdown={study.body} /> : <Text c="dimmed">{intl.formatMessage({ id: 'caseStudies.page.notWritten' })}</Text>}
            </Part>
            {study.results.trim() && (
              <Part id="cs-results" title={fieldName('results')}>
                <MarkdownView markdown={study.results} />
              </Part>
            )}
            {study.lessons.trim() && (
              <Part id="cs-lessons" title={fieldName('lessons')}>
                <MarkdownView markdown={study.lessons} />
              </Part>
            )}
            {study.status === 'published' && (
              <Part id="cs-comments" title={intl.formatMessage({ id: 'caseStudies.page.discussion' })} className="cs-comments">
                <CommentsPanel study={study} />
              </Part>
            )}
            {can(actor, 'case-study.history', subject) && (
              <Part id="cs-history" title={intl.formatMessage({ id: 'caseStudies.page.history' })} className="no-print">
                <VersionHistory caseStudyId={study.id} />
              </Part>
            )}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack gap="lg">
            <Part id="cs-facts" title={intl.formatMessage({ id: 'caseStudies.page.facts' })}>
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
                  {[
                    stageName(study.stage),
                    study.year ? intl.formatMessage({ id: 'caseStudies.page.reformOf' }, { year: study.year }) : null,
                    intl.formatMessage({ id: 'caseStudies.page.writtenIn' }, { language: languageName(study.language) }),
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </Text>
                <Text size="sm" c="dimmed">
                  {study.authorName ? intl.formatMessage({ id: 'caseStudies.page.by' }, { name: study.authorName }) : intl.formatMessage({ id: 'caseStudies.page.byFormerMember' })}
                  {study.publishedAt ? intl.formatMessage({ id: 'caseStudies.page.published' }, { date: formatDate(study.publishedAt) }) : ''}
                </Text>
                <Text size="sm" c="dimmed">
                  {intl.formatMessage({ id: 'caseStudies.page.readers' }, { readers: visibilityName(study.visibility).toLowerCase() })}
                </Text>
              </Stack>
            </Part>
            <Part id="cs-experts" title={fieldName('contactIds')}>
              {study.contacts.length === 0 ? (
                <Text size="sm" c="dimmed">
                  {study.authorName ? intl.formatMessage({ id: 'caseStudies.page.askAuthor' }, { name: study.authorName }) : intl.formatMessage({ id: 'caseStudies.page.noOne' })}
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
            <Part id="cs-files" title={intl.formatMessage({ id: 'caseStudies.files.label' })}>
              <AttachmentList caseStudyId={study.id} attachments={study.attachments} />
            </Part>
          </Stack>
        </Grid.Col>
      </Grid>
    </article>
  );
}
