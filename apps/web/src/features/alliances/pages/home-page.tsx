import { Anchor, Card, Group, SimpleGrid, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { IconWorld } from '@tabler/icons-react';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { EmptyState } from '../../../components/ui/empty-state';
import { PageHeader } from '../../../components/ui/page-header';
import { QueryState } from '../../../components/ui/query-state';
import { useMe } from '../../../lib/session';
import { useAlliances } from '../api/get-alliances';
import { AllianceCard } from '../components/alliance-card';
import { CountryFlags } from '../components/country-flags';

export function HomePage() {
  const intl = useIntl();
  const alliances = useAlliances();
  const me = useMe();
  const memberships = new Map(me.memberships.map((m) => [m.allianceId, m]));
  const firstName = me.name.split(/\s+/)[0] ?? me.name;
  return (
    <>
      <PageHeader
        eyebrow={intl.formatMessage({ id: 'alliances.home.eyebrow' })}
        documentTitle={intl.formatMessage({ id: 'alliances.home.eyebrow' })}
        title={intl.formatMessage({ id: 'alliances.home.welcome' }, { name: firstName })}
        description={intl.formatMessage({ id: 'alliances.home.description' })}
      />
      <QueryState
        query={alliances}
        loading={
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <Skeleton h={180} radius="md" />
            <Skeleton h={180} radius="md" />
          </SimpleGrid>
        }
      >
        {({ items }) => {
          const mine = items.filter((a) => memberships.has(a.id));
          return (
            <Stack gap={40}>
              <section aria-labelledby="my-alliances">
                <Title order={2} fz="xl" mb="md" id="my-alliances">
                  {intl.formatMessage({ id: 'alliances.home.mine' })}
                </Title>
                {mine.length === 0 ? (
                  <Card withBorder>
                    <EmptyState title={intl.formatMessage({ id: 'alliances.home.noneMine' })} icon={<IconWorld size={22} stroke={1.6} />}>
                      {intl.formatMessage({ id: 'alliances.home.noneMineText' })}
                    </EmptyState>
                  </Card>
                ) : (
                  <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
                    {mine.map((a) => (
                      <AllianceCard key={a.id} alliance={a} membership={memberships.get(a.id)} />
                    ))}
                  </SimpleGrid>
                )}
              </section>
              <section aria-labelledby="all-alliances">
                <Group justify="space-between" mb="md">
                  <Title order={2} fz="xl" id="all-alliances">
                    {intl.formatMessage({ id: 'alliances.home.all' })}
                  </Title>
                  <Text size="sm" c="dimmed">
                    {intl.formatMessage({ id: 'alliances.home.count' }, { count: items.length })}
                  </Text>
                </Group>
                {items.length === 0 ? (
                  <Card withBorder>
                    <EmptyState title={intl.formatMessage({ id: 'alliances.home.none' })} />
                  </Card>
                ) : (
                  <>
                  <Stack gap="sm" hiddenFrom="sm">
                    {items.map((a) => (
                      <Card key={a.id} withBorder padding="md">
                        <Anchor component={Link} to={`/alliances/${a.id}`} fw={600}>
                          {a.name}
                        </Anchor>
                        <Text size="xs" c="dimmed" mb="xs">
                          {a.theme} · {intl.formatMessage({ id: 'alliances.home.launchedLower' }, { year: String(a.launchYear) })} ·{' '}
                          {intl.formatMessage({ id: 'alliances.memberCount' }, { count: a.memberCount })}
                        </Text>
                        <CountryFlags countries={a.countries} />
                      </Card>
                    ))}
                  </Stack>
                  <Card withBorder padding={0} visibleFrom="sm">
                    <Table.ScrollContainer minWidth={640}>
                      <Table verticalSpacing="sm" horizontalSpacing="lg" highlightOnHover>
                        <Table.Thead>
                          <Table.Tr>
                            <Table.Th>{intl.formatMessage({ id: 'alliances.home.alliance' })}</Table.Th>
                            <Table.Th>{intl.formatMessage({ id: 'alliances.home.launchedColumn' })}</Table.Th>
                            <Table.Th>{intl.formatMessage({ id: 'alliances.home.memberCountries' })}</Table.Th>
                            <Table.Th ta="right">{intl.formatMessage({ id: 'alliances.home.members' })}</Table.Th>
                          </Table.Tr>
                        </Table.Thead>
                        <Table.Tbody>
                          {items.map((a) => (
                            <Table.Tr key={a.id}>
                              <Table.Td>
                                <Anchor component={Link} to={`/alliances/${a.id}`} fw={600}>
                                  {a.name}
                                </Anchor>
                                <Text size="xs" c="dimmed">
                                  {a.theme}
                                </Text>
                              </Table.Td>
                              <Table.Td>{a.launchYear}</Table.Td>
                              <Table.Td>
                                <CountryFlags countries={a.countries} />
                              </Table.Td>
                              <Table.Td ta="right">{a.memberCount}</Table.Td>
                            </Table.Tr>
                          ))}
                        </Table.Tbody>
                      </Table>
                    </Table.ScrollContainer>
                  </Card>
                  </>
                )}
              </section>
            </Stack>
          );
        }}
      </QueryState>
    </>
  );
}
