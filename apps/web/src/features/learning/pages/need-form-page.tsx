import { Anchor, Button, Card } from '@mantine/core';
import type { LearningNeed } from '@peerhub/contracts';
import { can } from '@peerhub/domain';
import { useIntl } from 'react-intl';
import { Link, useParams, useSearchParams } from 'react-router';
import { EmptyState } from '../../../components/ui/empty-state';
import { NotFoundPage } from '../../../components/ui/not-found-page';
import { PageHeader } from '../../../components/ui/page-header';
import { QueryState } from '../../../components/ui/query-state';
import { useActor, useMe } from '../../../lib/session';
import { useLearningNeed } from '../api/get-learning-need';
import { NeedForm } from '../components/need-form';
import { needSubject } from '../model/subject';

/** /learning/new: a member (or a coordinator, for an agency) posts a need in one of their alliances. */
export function NewNeedPage() {
  const intl = useIntl();
  const me = useMe();
  const actor = useActor();
  const [params] = useSearchParams();
  const options = me.memberships.filter((m) => m.status === 'active' && can(actor, 'learning-need.create', { allianceId: m.allianceId })).map((m) => ({ value: m.allianceId, label: m.allianceName }));
  const wanted = params.get('allianceId');
  const defaultAllianceId = options.find((o) => o.value === wanted)?.value ?? (options.length === 1 ? (options[0]?.value ?? '') : '');
  return (
    <>
      <Anchor component={Link} to="/learning" size="sm" mb="md" display="inline-block">
        ← {intl.formatMessage({ id: 'learning.list.title' })}
      </Anchor>
      <PageHeader
        eyebrow={intl.formatMessage({ id: 'learning.list.title' })}
        title={intl.formatMessage({ id: 'learning.list.post' })}
        description={intl.formatMessage({ id: 'learning.new.description' })}
      />
      {options.length === 0 ? (
        <Card withBorder>
          <EmptyState title={intl.formatMessage({ id: 'learning.new.joinFirst' })}>
            {intl.formatMessage({ id: 'learning.new.joinFirst.body' })}
            <Button component={Link} to="/" variant="light" size="xs" mt="sm" display="block" mx="auto">
              {intl.formatMessage({ id: 'learning.new.seeAlliances' })}
            </Button>
          </EmptyState>
        </Card>
      ) : (
        <NeedForm allianceOptions={options} defaultAllianceId={defaultAllianceId} />
      )}
    </>
  );
}

/** /learning/:needId/edit: its author or a coordinator edits it (not once it is closed). */
export function EditNeedPage() {
  const { needId = '' } = useParams();
  const need = useLearningNeed(needId);
  return <QueryState query={need}>{(n) => <Edit need={n} />}</QueryState>;
}

function Edit({ need }: { need: LearningNeed }) {
  const intl = useIntl();
  const me = useMe();
  const actor = useActor();
  if (!can(actor, 'learning-need.edit', needSubject(need, me.id))) return <NotFoundPage />;
  return (
    <>
      <Anchor component={Link} to={`/learning/${need.id}`} size="sm" mb="md" display="inline-block">
        ← {need.title}
      </Anchor>
      <PageHeader
        eyebrow={need.allianceName}
        title={intl.formatMessage({ id: 'learning.edit.title' }, { title: need.title })}
        documentTitle={intl.formatMessage({ id: 'learning.edit.title' }, { title: need.title })}
        description={intl.formatMessage({ id: need.status === 'draft' ? 'learning.edit.description.draft' : 'learning.edit.description' })}
      />
      <NeedForm need={need} allianceOptions={[]} defaultAllianceId={need.allianceId} />
    </>
  );
}
