import { Alert, Anchor, Badge, Button, Card, Grid, Group, Menu, Modal, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import type { GroupDetail } from '@peerhub/contracts';
import { can } from '@peerhub/domain';
import { IconArchive, IconCalendarEvent, IconChevronDown, IconEdit, IconFileText, IconMessages, IconRestore, IconUserPlus } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useParams } from 'react-router';
import { CountryName } from '../../../components/ui/country';
import { EmptyState } from '../../../components/ui/empty-state';
import { topicName } from '../../../components/ui/labels';
import { PageHeader } from '../../../components/ui/page-header';
import { QueryState } from '../../../components/ui/query-state';
import { errorMessage } from '../../../lib/api-client';
import { useActor } from '../../../lib/session';
import { GroupExchanges } from '../../exchanges';
import { useGroup } from '../api/get-group';
import { useUpdateGroup } from '../api/update-group';
import { MemberCount, StandingBadge, VisibilityBadge } from '../components/group-badges';
import { GroupActions } from '../components/group-actions';
import { GroupDiscussion } from '../components/group-discussion';
import { GroupFormModal } from '../components/group-form-modal';
import { GroupMembers } from '../components/group-members';
import { GroupRequests } from '../components/group-requests';
import { groupSubject } from '../components/group-subject';
import { InviteMembersModal } from '../components/invite-members-modal';

export function GroupPage() {
  const { groupId = '' } = useParams();
  const group = useGroup(groupId);
  return <QueryState query={group}>{(g) => <GroupView group={g} />}</QueryState>;
}

function Section({ id, title, icon, children, badge }: { id: string; title: string; icon: ReactNode; children: ReactNode; badge?: ReactNode }) {
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={id}>
      <Group justify="space-between" mb="sm" wrap="nowrap" gap="sm">
        <Group gap={8} wrap="nowrap" style={{ minWidth: 0 }}>
          <Text c="peerhub.7" style={{ display: 'inline-flex' }} aria-hidden>
            {icon}
          </Text>
          <Title order={2} fz="lg" id={id}>
            {title}
          </Title>
        </Group>
        {badge}
      </Group>
      {children}
    </Card>
  );
}

const comingLater = (
  <Badge variant="outline" color="gray" fw={500} style={{ flex: 'none' }}>
    <FormattedMessage id="groups.page.comingLater" />
  </Badge>
);

function GroupView({ group }: { group: GroupDetail }) {
  const intl = useIntl();
  const actor = useActor();
  const subject = groupSubject(group);
  const mayUpdate = can(actor, 'group.update', subject);
  const mayInvite = can(actor, 'group.invite', subject);
  const archived = group.status === 'archived';
  const [editing, { open: openEdit, close: closeEdit }] = useDisclosure(false);
  const [inviting, { open: openInvite, close: closeInvite }] = useDisclosure(false);
  const [archiving, { open: openArchive, close: closeArchive }] = useDisclosure(false);
  const update = useUpdateGroup();
  const setStatus = (status: GroupDetail['status']) =>
    update.mutate(
      { groupId: group.id, body: { status } },
      {
        onSuccess: () => {
          closeArchive();
          notifications.show({ color: 'gray', title: intl.formatMessage({ id: status === 'archived' ? 'groups.page.archivedTitle' : 'groups.page.reactivatedTitle' }), message: intl.formatMessage({ id: status === 'archived' ? 'groups.page.archivedMessage' : 'groups.page.reactivatedMessage' }, { name: group.name }) });
        },
        onError: (e) => notifications.show({ color: 'red', title: intl.formatMessage({ id: 'groups.page.notChanged' }), message: errorMessage(e) }),
      },
    );

  return (
    <>
      <Anchor component={Link} to="/groups" size="sm" mb="md" display="inline-block">
        {intl.formatMessage({ id: 'groups.page.back' })}
      </Anchor>
      <PageHeader
        eyebrow={
          <Anchor component={Link} to={`/alliances/${group.allianceId}`} inherit c="inherit">
            {group.allianceName}
          </Anchor>
        }
        title={group.name}
        documentTitle={group.name}
        description={
          <Group gap="sm" component="span" mt={4}>
            <VisibilityBadge visibility={group.visibility} />
            <StandingBadge standing={group.standing} />
            <MemberCount count={group.memberCount} limit={group.memberLimit} />
          </Group>
        }
        actions={
          <>
            <GroupActions group={group} />
            {mayInvite && (
              <Button variant="light" leftSection={<IconUserPlus size={16} />} onClick={openInvite}>
                {intl.formatMessage({ id: 'groups.page.invite' })}
              </Button>
            )}
            {mayUpdate && (
              <Menu position="bottom-end" withinPortal>
                <Menu.Target>
                  <Button variant="default" rightSection={<IconChevronDown size={14} />}>
                    {intl.formatMessage({ id: 'groups.page.manage' })}
                  </Button>
                </Menu.Target>
                <Menu.Dropdown>
                  {!archived && (
                    <Menu.Item leftSection={<IconEdit size={16} />} onClick={openEdit}>
                      {intl.formatMessage({ id: 'groups.page.edit' })}
                    </Menu.Item>
                  )}
                  {archived ? (
                    <Menu.Item leftSection={<IconRestore size={16} />} onClick={() => setStatus('active')}>
                      {intl.formatMessage({ id: 'groups.page.reactivate' })}
                    </Menu.Item>
                  ) : (
                    <Menu.Item color="red" leftSection={<IconArchive size={16} />} onClick={openArchive}>
                      {intl.formatMessage({ id: 'groups.page.archive' })}
                    </Menu.Item>
                  )}
                </Menu.Dropdown>
              </Menu>
            )}
          </>
        }
      />
      {archived && (
        <Alert color="gray" variant="light" icon={<IconArchive size={18} />} title={intl.formatMessage({ id: 'groups.page.archivedAlert' })} mb="lg" role="status">
          {intl.formatMessage({ id: mayUpdate ? 'groups.page.archivedBodyManage' : 'groups.page.archivedBody' })}
        </Alert>
      )}
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="lg">
            <Card withBorder padding="lg" component="section" aria-labelledby="group-purpose">
              <Title order={2} fz="lg" mb="sm" id="group-purpose">
                {intl.formatMessage({ id: 'groups.form.purpose' })}
              </Title>
              <Text style={{ whiteSpace: 'pre-wrap' }}>{group.purpose}</Text>
              <Text size="sm" fw={600} mt="lg" mb={6}>
                {intl.formatMessage({ id: 'groups.form.topics' })}
              </Text>
              <Group gap={6}>
                {group.topics.map((t) => (
                  <Badge key={t} variant="light" fw={500} size="md">
                    {topicName(t)}
                  </Badge>
                ))}
              </Group>
            </Card>
            <Section id="group-discussion" title={intl.formatMessage({ id: 'groups.page.discussion' })} icon={<IconMessages size={20} />}>
              <GroupDiscussion group={group} />
            </Section>
            <Section id="group-exchanges" title={intl.formatMessage({ id: 'groups.page.exchanges' })} icon={<IconCalendarEvent size={20} />}>
              <GroupExchanges allianceId={group.allianceId} groupId={group.id} />
            </Section>
            <Section id="group-cases" title={intl.formatMessage({ id: 'groups.page.cases' })} icon={<IconFileText size={20} />} badge={comingLater}>
              <EmptyState title={intl.formatMessage({ id: 'groups.page.noCases' })}>{intl.formatMessage({ id: 'groups.page.noCasesBody' })}</EmptyState>
            </Section>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack gap="lg">
            {can(actor, 'group.decide-requests', subject) && <GroupRequests group={group} />}
            <Card withBorder padding="lg" component="section" aria-labelledby="group-members">
              <Group justify="space-between" mb="xs">
                <Title order={2} fz="lg" id="group-members">
                  {intl.formatMessage({ id: 'groups.members.title' })}
                </Title>
                <Badge variant="light" color="gray">
                  {group.memberLimit === null ? group.memberCount : `${group.memberCount} / ${group.memberLimit}`}
                </Badge>
              </Group>
              {group.members.length === 0 ? <EmptyState title={intl.formatMessage({ id: 'groups.page.noMembers' })} /> : <GroupMembers group={group} />}
            </Card>
            <Card withBorder padding="lg" component="section" aria-labelledby="group-countries">
              <Title order={2} fz="lg" mb="md" id="group-countries">
                {intl.formatMessage({ id: 'groups.page.countries' })}
              </Title>
              <Stack gap="xs">
                {group.countries.length === 0 && (
                  <Text size="sm" c="dimmed">
                    {intl.formatMessage({ id: 'groups.page.noCountries' })}
                  </Text>
                )}
                {group.countries.map((c) => (
                  <CountryName key={c} code={c} />
                ))}
              </Stack>
            </Card>
          </Stack>
        </Grid.Col>
      </Grid>
      {editing && <GroupFormModal opened={editing} onClose={closeEdit} group={group} />}
      {mayInvite && <InviteMembersModal group={group} opened={inviting} onClose={closeInvite} />}
      <Modal opened={archiving} onClose={closeArchive} title={intl.formatMessage({ id: 'groups.page.archiveTitle' }, { name: group.name })} centered styles={{ title: { fontWeight: 650 } }}>
        <Stack>
          <Text size="sm" c="dimmed">
            {intl.formatMessage({ id: 'groups.page.archiveBody' })}
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={closeArchive}>
              {intl.formatMessage({ id: 'common.cancel' })}
            </Button>
            <Button color="red" loading={update.isPending} onClick={() => setStatus('archived')}>
              {intl.formatMessage({ id: 'groups.page.archiveConfirm' })}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
