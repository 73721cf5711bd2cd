import { Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import type { AllianceSummary, Membership } from '@peerhub/contracts';
import { IconCalendar, IconUsers } from '@tabler/icons-react';
import { useIntl } from 'react-intl';
import { CardLink } from '../../../components/ui/card-link';
import { roleName } from '../../../components/ui/labels';
import { CountryFlags } from './country-flags';

export function AllianceCard({ alliance, membership }: { alliance: AllianceSummary; membership?: Membership | undefined }) {
  const intl = useIntl();
  const suspended = membership?.status === 'suspended';
  return (
    <Card withBorder padding="lg" radius="md" className="card-link">
      <Stack gap="sm" h="100%">
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
          <Title order={3} fz="lg" lh={1.35} c="peerhub.9">
            <CardLink to={`/alliances/${alliance.id}`} title={alliance.name} />
          </Title>
          {membership && (
            <Badge variant={suspended ? 'outline' : 'light'} color={suspended ? 'red' : 'peerhub'} style={{ flex: 'none' }} tt="none" fw={600}>
              {suspended ? intl.formatMessage({ id: 'alliances.card.suspended' }) : intl.formatMessage({ id: 'alliances.myRole' }, { role: roleName(membership.role) })}
            </Badge>
          )}
        </Group>
        <Text size="sm" c="dimmed" lineClamp={2}>
          {alliance.theme}
          {alliance.secretariat ? ` · ${intl.formatMessage({ id: 'alliances.secretariat' }, { name: alliance.secretariat.name })}` : ''}
        </Text>
        <CountryFlags countries={alliance.countries} />
        <Group gap="lg" mt="auto" c="dimmed">
          <Group gap={6}>
            <IconCalendar size={16} aria-hidden />
            <Text size="sm">{intl.formatMessage({ id: 'alliances.launched' }, { year: String(alliance.launchYear) })}</Text>
          </Group>
          <Group gap={6}>
            <IconUsers size={16} aria-hidden />
            <Text size="sm">{intl.formatMessage({ id: 'alliances.memberCount' }, { count: alliance.memberCount })}</Text>
          </Group>
        </Group>
      </Stack>
    </Card>
  );
}
