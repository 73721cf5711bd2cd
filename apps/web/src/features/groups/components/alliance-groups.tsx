import { Button, Card, Group, SimpleGrid, Text, Title } from '@mantine/core';
import { can } from '@peerhub/domain';
import { IconArrowRight } from '@tabler/icons-react';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { EmptyState } from '../../../components/ui/empty-state';
import { useActor } from '../../../lib/session';
import { useGroups } from '../api/get-groups';
import { GroupCard } from './group-card';
import { NewGroupButton } from './new-group-button';

const PREVIEW = 4;

/** The alliance page's glimpse of its peer groups, with "New group" for its coordinators. */
export function AllianceGroups({ allianceId, allianceName }: { allianceId: string; allianceName: string }) {
  const intl = useIntl();
  const actor = useActor();
  const groups = useGroups({ allianceId, status: 'active', pageSize: PREVIEW });
  const mayCreate = can(actor, 'group.create', { allianceId });
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="alliance-groups">
      <Group justify="space-between" mb="md" gap="sm">
        <Title order={2} fz="lg" id="alliance-groups">
          {groups.data ? intl.formatMessage({ id: 'groups.alliance.titleWithCount' }, { count: groups.data.total }) : intl.formatMessage({ id: 'groups.alliance.title' })}
        </Title>
        <Group gap="xs">
          {mayCreate && <NewGroupButton allianceOptions={[{ value: allianceId, label: allianceName }]} defaultAllianceId={allianceId} size="xs" />}
          <Button component={Link} to={`/groups?allianceId=${allianceId}`} variant="light" size="xs" rightSection={<IconArrowRight size={14} />}>
            {intl.formatMessage({ id: 'groups.alliance.allGroups' })}
          </Button>
        </Group>
      </Group>
      {groups.isError ? (
        <Text c="dimmed" size="sm">
          {intl.formatMessage({ id: 'groups.alliance.loadFailed' })}
        </Text>
      ) : groups.data && groups.data.items.length === 0 ? (
        <EmptyState title={intl.formatMessage({ id: 'groups.empty.title' })} />
      ) : (
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          {groups.data?.items.map((g) => (
            <GroupCard key={g.id} group={g} showAlliance={false} />
          ))}
        </SimpleGrid>
      )}
    </Card>
  );
}
