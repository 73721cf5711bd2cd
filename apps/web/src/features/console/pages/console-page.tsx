import { Badge, Select, Tabs } from '@mantine/core';
import { can } from '@peerhub/domain';
import { IconChartBar, IconFileImport, IconHistory, IconInbox, IconSchool, IconUsers } from '@tabler/icons-react';
import { useIntl } from 'react-intl';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { NotFoundPage } from '../../../components/ui/not-found-page';
import { PageHeader } from '../../../components/ui/page-header';
import { useActor, useMe } from '../../../lib/session';
import { useAlliances } from '../../alliances';
import { ResultsTab } from '../../matches';
import { usePendingRequests } from '../api/get-pending-requests';
import { AuditTab } from '../components/audit-tab';
import { DashboardTab } from '../components/dashboard-tab';
import { ImportTab } from '../components/import-tab';
import { MembersTab } from '../components/members-tab';
import { RequestsTab } from '../components/requests-tab';

const TABS = ['requests', 'members', 'import', 'audit', 'dashboard', 'learning'] as const;
type Tab = (typeof TABS)[number];

/** The coordinator console of one alliance; the tab lives in the address (?tab=members). */
export function ConsolePage() {
  const { allianceId = '' } = useParams();
  const actor = useActor();
  if (!can(actor, 'alliance.manage-members', { allianceId })) return <NotFoundPage />;
  return <Console allianceId={allianceId} />;
}

function Console({ allianceId }: { allianceId: string }) {
  const intl = useIntl();
  const me = useMe();
  const actor = useActor();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const alliances = useAlliances();
  const requests = usePendingRequests(allianceId);
  const raw = params.get('tab');
  const tab: Tab = TABS.includes(raw as Tab) ? (raw as Tab) : 'requests';
  const names = new Map([...(alliances.data?.items ?? []).map((a) => [a.id, a.name] as const), ...me.memberships.map((m) => [m.allianceId, m.allianceName] as const)]);
  const managed = [...names].filter(([id]) => can(actor, 'alliance.manage-members', { allianceId: id })).map(([value, label]) => ({ value, label }));
  const pending = requests.data?.items.length ?? 0;
  const name = names.get(allianceId) ?? intl.formatMessage({ id: 'console.page.alliance' });

  return (
    <>
      <PageHeader
        eyebrow={intl.formatMessage({ id: 'console.page.eyebrow' })}
        title={name}
        documentTitle={intl.formatMessage({ id: 'console.page.documentTitle' }, { name })}
        description={intl.formatMessage({ id: 'console.page.description' })}
        actions={
          managed.length > 1 && (
            <Select
              aria-label={intl.formatMessage({ id: 'console.page.alliance' })}
              data={managed}
              value={allianceId}
              allowDeselect={false}
              w={{ base: '100%', sm: 320 }}
              onChange={(v) => v && void navigate(`/alliances/${v}/console?tab=${tab}`)}
              comboboxProps={{ withinPortal: true }}
            />
          )
        }
      />
      <Tabs value={tab} onChange={(v) => setParams({ tab: v ?? 'requests' }, { replace: true })} keepMounted={false} variant="outline">
        <Tabs.List mb="lg" style={{ flexWrap: 'nowrap', overflowX: 'auto', overflowY: 'hidden' }}>
          <Tabs.Tab value="requests" leftSection={<IconInbox size={16} />} rightSection={pending > 0 ? <Badge size="sm" circle>{pending}</Badge> : null}>
            {intl.formatMessage({ id: 'console.page.tab.requests' })}
          </Tabs.Tab>
          <Tabs.Tab value="members" leftSection={<IconUsers size={16} />}>
            {intl.formatMessage({ id: 'console.page.tab.members' })}
          </Tabs.Tab>
          <Tabs.Tab value="import" leftSection={<IconFileImport size={16} />}>
            {intl.formatMessage({ id: 'console.page.tab.import' })}
          </Tabs.Tab>
          <Tabs.Tab value="audit" leftSection={<IconHistory size={16} />}>
            {intl.formatMessage({ id: 'console.page.tab.audit' })}
          </Tabs.Tab>
          <Tabs.Tab value="dashboard" leftSection={<IconChartBar size={16} />}>
            {intl.formatMessage({ id: 'console.page.tab.dashboard' })}
          </Tabs.Tab>
          <Tabs.Tab value="learning" leftSection={<IconSchool size={16} />}>
            {intl.formatMessage({ id: 'console.page.tab.learning' })}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="requests">
          <RequestsTab allianceId={allianceId} />
        </Tabs.Panel>
        <Tabs.Panel value="members">
          <MembersTab allianceId={allianceId} />
        </Tabs.Panel>
        <Tabs.Panel value="import">
          <ImportTab allianceId={allianceId} />
        </Tabs.Panel>
        <Tabs.Panel value="audit">
          <AuditTab allianceId={allianceId} />
        </Tabs.Panel>
        <Tabs.Panel value="dashboard">
          <DashboardTab allianceId={allianceId} />
        </Tabs.Panel>
        <Tabs.Panel value="learning">
          <ResultsTab allianceId={allianceId} />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
