import { Anchor, Button, Card } from '@mantine/core';
import type { LearningNeed } from '@peerhub/contracts';
import { can } from '@peerhub/domain';
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
  const me = useMe();
  const actor = useActor();
  const [params] = useSearchParams();
  const options = me.memberships.filter((m) => m.status === 'active' && can(actor, 'learning-need.create', { allianceId: m.allianceId })).map((m) => ({ value: m.allianceId, label: m.allianceName }));
  const wanted = params.get('allianceId');
  const defaultAllianceId = options.find((o) => o.value === wanted)?.value ?? (options.length === 1 ? (options[0]?.value ?? '') : '');
  return (
    <>
      <Anchor component={Link} to="/learning" size="sm" mb="md" display="inline-block">
        ← Learning needs
      </Anchor>
      <PageHeader
        eyebrow="Learning needs"
        title="Post a learning need"
        description="Say what your reform needs to learn from peers in other countries. Save it as a draft while you work on it; once posted, the alliance coordinators look for the right peers and propose a match."
      />
      {options.length === 0 ? (
        <Card withBorder>
          <EmptyState title="Join an alliance first">
            Learning needs are matched inside an alliance. Ask to join one, then come back.
            <Button component={Link} to="/" variant="light" size="xs" mt="sm" display="block" mx="auto">
              See the alliances
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
        title={`Edit ${need.title}`}
        documentTitle={`Edit ${need.title}`}
        description={need.status === 'draft' ? 'A draft: save it as it is, or save and post it.' : 'The coordinators see the changes at once.'}
      />
      <NeedForm need={need} allianceOptions={[]} defaultAllianceId={need.allianceId} />
    </>
  );
}
