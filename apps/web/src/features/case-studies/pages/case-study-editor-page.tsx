import { Anchor, Button, Group } from '@mantine/core';
import type { CaseStudyDetail } from '@peerhub/contracts';
import { can } from '@peerhub/domain';
import { useIntl } from 'react-intl';
import { Link, useParams } from 'react-router';
import { NotFoundPage } from '../../../components/ui/not-found-page';
import { PageHeader } from '../../../components/ui/page-header';
import { QueryState } from '../../../components/ui/query-state';
import { useActor, useMe } from '../../../lib/session';
import { useCaseStudy } from '../api/get-case-study';
import { useSetCaseStudyStatus } from '../api/save-case-study';
import '../case-studies.css';
import { CaseStudyEditor } from '../components/case-study-editor';
import { caseStudySubject } from '../model/subject';

/** /case-studies/new: anyone signed in writes a draft (only they see it until they publish it). */
export function NewCaseStudyPage() {
  const intl = useIntl();
  return (
    <>
      <Anchor component={Link} to="/case-studies" size="sm" mb="md" display="inline-block">
        ← {intl.formatMessage({ id: 'caseStudies.list.title' })}
      </Anchor>
      <PageHeader eyebrow={intl.formatMessage({ id: 'caseStudies.list.title' })} title={intl.formatMessage({ id: 'caseStudies.list.write' })} description={intl.formatMessage({ id: 'caseStudies.editor.newDescription' })} />
      <CaseStudyEditor />
    </>
  );
}

/** /case-studies/:id/edit: its author edits; every change saves itself. */
export function EditCaseStudyPage() {
  const { caseStudyId = '' } = useParams();
  const study = useCaseStudy(caseStudyId);
  return <QueryState query={study}>{(c) => <Edit study={c} />}</QueryState>;
}

function Edit({ study }: { study: CaseStudyDetail }) {
  const intl = useIntl();
  const me = useMe();
  const actor = useActor();
  const status = useSetCaseStudyStatus();
  if (!can(actor, 'case-study.edit', caseStudySubject(study, me.id))) return <NotFoundPage />;
  return (
    <>
      <Anchor component={Link} to={`/case-studies/${study.id}`} size="sm" mb="md" display="inline-block">
        ← {study.title}
      </Anchor>
      <PageHeader
        eyebrow={intl.formatMessage({ id: study.status === 'draft' ? 'caseStudies.status.draft' : 'caseStudies.status.published' })}
        title={intl.formatMessage({ id: 'caseStudies.editor.editTitle' }, { title: study.title })}
        documentTitle={intl.formatMessage({ id: 'caseStudies.editor.editTitle' }, { title: study.title })}
        actions={
          <Group gap="sm">
            <Button component={Link} to={`/case-studies/${study.id}`} variant="default">
              {intl.formatMessage({ id: 'caseStudies.editor.view' })}
            </Button>
            <Button onClick={() => status.mutate({ id: study.id, status: study.status === 'draft' ? 'published' : 'draft' })} loading={status.isPending} variant={study.status === 'draft' ? 'filled' : 'default'}>
              {intl.formatMessage({ id: study.status === 'draft' ? 'caseStudies.status.publish' : 'caseStudies.status.backToDraft' })}
            </Button>
          </Group>
        }
      />
      {/* Keyed by id only: a save's answer must not reset what is being typed. */}
      <CaseStudyEditor key={study.id} study={study} />
    </>
  );
}
