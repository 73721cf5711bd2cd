import { AreaChart, BarChart, DonutChart } from '@mantine/charts';
import { Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { AllianceStats } from '@peerhub/contracts';
import type { ReactNode } from 'react';
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

const month = (ym: string) => new Date(`${ym}-01T00:00:00Z`).toLocaleDateString('en-GB', { month: 'short', year: '2-digit', timeZone: 'UTC' });

/** The alliance at a glance: where members come from, their roles, growth, and which groups are alive. */
export function DashboardTab({ allianceId }: { allianceId: string }) {
  const stats = useStats(allianceId);
  return <QueryState query={stats}>{(s) => <Dashboard stats={s} />}</QueryState>;
}

function Dashboard({ stats }: { stats: AllianceStats }) {
  const total = stats.membersByRole.reduce((n, r) => n + r.count, 0);
  const byCountry = stats.membersByCountry.map((c) => ({ country: c.country ?? 'INT', name: countryName(c.country), Members: c.count }));
  const byRole = stats.membersByRole.map((r) => ({ name: roleName(r.role), value: r.count, color: ROLE_COLORS[r.role] }));
  const growth = stats.growth.map((g) => ({ month: month(g.month), Members: g.total }));
  const groups = stats.groupsByActivity.map((g) => ({ name: g.name.length > 22 ? `${g.name.slice(0, 21)}…` : g.name, Members: g.members, 'Joined in 30 days': g.joinedLast30Days }));
  return (
    <Stack>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <ChartCard id="chart-countries" title="Members by country" description={`${total} active ${total === 1 ? 'member' : 'members'}`}>
          <BarChart h={240} data={byCountry} dataKey="country" series={[{ name: 'Members', color: 'peerhub.6' }]} tickLine="y" gridAxis="x" yAxisProps={{ allowDecimals: false }} tooltipAnimationDuration={150} />
        </ChartCard>
        <ChartCard id="chart-roles" title="Members by role" description="Coordinators, experts and members">
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
        <ChartCard id="chart-growth" title="Growth" description="Members at the end of each of the last 12 months">
          <AreaChart h={240} data={growth} dataKey="month" series={[{ name: 'Members', color: 'peerhub.6' }]} curveType="monotone" tickLine="y" gridAxis="x" yAxisProps={{ allowDecimals: false }} withDots={false} />
        </ChartCard>
        <ChartCard id="chart-groups" title="Groups by activity" description="Members, and how many joined in the last 30 days">
          {groups.length === 0 ? (
            <EmptyState title="No groups yet" />
          ) : (
            <BarChart
              h={240}
              data={groups}
              dataKey="name"
              orientation="vertical"
              yAxisProps={{ width: 150 }}
              series={[
                { name: 'Members', color: 'peerhub.6' },
                { name: 'Joined in 30 days', color: 'teal.4' },
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
