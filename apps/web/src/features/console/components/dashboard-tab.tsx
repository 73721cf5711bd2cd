import { AreaChart, BarChart, DonutChart } from '@mantine/charts';
import { Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { AllianceStats } from '@peerhub/contracts';
import type { ReactNode } from 'react';
import { useIntl, type IntlShape } from 'react-intl';
import { countryName } from '../../../components/ui/country';
import { EmptyState } from '../../../components/ui/empty-state';
import { roleName } from '../../../components/ui/labels';
import { QueryState } from '../../../components/ui/query-state';
import { useStats } from '../api/get-stats';

const ROLE_COLORS = { coordinator: 'peerhub.7', expert: 'teal.5', member: 'blue.4' } as const;

function ChartCard({ id, title, description, children }: { id: string; title: string; description: string; children: ReactNode }) {
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={id} data-chart={id}>
      <Title order={2} fz="md" id={id}>
        {title}
      </Title>
      <Text size="xs" c="dimmed" mb="md">
        {description}
      </Text>
      {children}
    </Card>
  );
}

const month = (intl: IntlShape, ym: string) => intl.formatDate(new Date(`${ym}-01T00:00:00Z`), { month: 'short', year: '2-digit', timeZone: 'UTC' });

/** The alliance at a glance: where members come from, their roles, growth, and which groups are alive. */
export function DashboardTab({ allianceId }: { allianceId: string }) {
  const stats = useStats(allianceId);
  return <QueryState query={stats}>{(s) => <Dashboard stats={s} />}</QueryState>;
}

function Dashboard({ stats }: { stats: AllianceStats }) {
  const intl = useIntl();
  const members = intl.formatMessage({ id: 'console.dashboard.seriesMembers' });
  const joined = intl.formatMessage({ id: 'console.dashboard.seriesJoined' });
  const total = stats.membersByRole.reduce((n, r) => n + r.count, 0);
  const byCountry = stats.membersByCountry.map((c) => ({ country: c.country ?? 'INT', name: countryName(c.country), Members: c.count }));
  const byRole = stats.membersByRole.map((r) => ({ name: roleName(r.role), value: r.count, color: ROLE_COLORS[r.role] }));
  const growth = stats.growth.map((g) => ({ month: month(intl, g.month), Members: g.total }));
  const groups = stats.groupsByActivity.map((g) => ({ name: g.name.length > 22 ? `${g.name.slice(0, 21)}…` : g.name, Members: g.members, 'Joined in 30 days': g.joinedLast30Days }));
  return (
    <Stack>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <ChartCard id="chart-countries" title={intl.formatMessage({ id: 'console.dashboard.byCountry' })} description={intl.formatMessage({ id: 'console.dashboard.activeMembers' }, { count: total })}>
          <BarChart h={240} data={byCountry} dataKey="country" series={[{ name: 'Members', label: members, color: 'peerhub.6' }]} tickLine="y" gridAxis="x" yAxisProps={{ allowDecimals: false }} tooltipAnimationDuration={150} />
        </ChartCard>
        <ChartCard id="chart-roles" title={intl.formatMessage({ id: 'console.dashboard.byRole' })} description={intl.formatMessage({ id: 'console.dashboard.byRoleDescription' })}>
          <Group justify="center" gap="xl" wrap="wrap">
            <DonutChart data={byRole} size={180} thickness={28} withLabelsLine={false} withTooltip chartLabel={`${total}`} />
            <Stack gap={6}>
              {byRole.map((r) => (
                <Group key={r.name} gap={8} wrap="nowrap">
                  <span aria-hidden style={{ width: 12, height: 12, borderRadius: 3, background: `var(--mantine-color-${r.color.replace('.', '-')})` }} />
                  <Text size="sm">
                    {r.name}: <strong>{r.value}</strong>
                  </Text>
                </Group>
              ))}
            </Stack>
          </Group>
        </ChartCard>
        <ChartCard id="chart-growth" title={intl.formatMessage({ id: 'console.dashboard.growth' })} description={intl.formatMessage({ id: 'console.dashboard.growthDescription' })}>
          <AreaChart h={240} data={growth} dataKey="month" series={[{ name: 'Members', label: members, color: 'peerhub.6' }]} curveType="monotone" tickLine="y" gridAxis="x" yAxisProps={{ allowDecimals: false }} withDots={false} />
        </ChartCard>
        <ChartCard id="chart-groups" title={intl.formatMessage({ id: 'console.dashboard.groupsByActivity' })} description={intl.formatMessage({ id: 'console.dashboard.groupsByActivityDescription' })}>
          {groups.length === 0 ? (
            <EmptyState title={intl.formatMessage({ id: 'console.dashboard.noGroups' })} />
          ) : (
            <BarChart
              h={240}
              data={groups}
              dataKey="name"
              orientation="vertical"
              yAxisProps={{ width: 150 }}
              series={[
                { name: 'Members', label: members, color: 'peerhub.6' },
                { name: 'Joined in 30 days', label: joined, color: 'teal.4' },
              ]}
              withLegend
              legendProps={{ verticalAlign: 'bottom' }}
              gridAxis="y"
              xAxisProps={{ allowDecimals: false }}
            />
          )}
        </ChartCard>
      </SimpleGrid>
    </Stack>
  );
}
