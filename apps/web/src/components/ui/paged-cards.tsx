import { useIntl } from 'react-intl';
import { Card, Center, Pagination, SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { EmptyState } from './empty-state';

/**
 * One page of a filtered list shown as cards: the count (announced politely), the cards two by two,
 * an empty state that says whether filters are to blame, and the pages when there are several.
 */
export function PagedCards<T extends { id: string }>({
  page,
  pageSize,
  count,
  none,
  empty,
  stale,
  onPage,
  children,
}: {
  page: { items: T[]; total: number; page: number };
  pageSize: number;
  /** How many matched, in words: (n) => formatMessage({ id: 'groups.count' }, { count: n }) with an ICU plural. */
  count: (total: number) => string;
  /** What the count says when nothing matches. */
  none: string;
  empty: { title: string; body: ReactNode; icon: ReactNode };
  /** The previous page is still shown while the next one loads. */
  stale: boolean;
  onPage: (page: number) => void;
  children: (item: T) => ReactNode;
}) {
  const intl = useIntl();
  const pages = Math.ceil(page.total / pageSize);
  return (
    <Stack>
      <Text size="sm" c="dimmed" aria-live="polite">
        {page.total === 0 ? none : count(page.total) + (page.total > pageSize ? intl.formatMessage({ id: 'paging.pageOf' }, { page: page.page, pages }) : '')}
      </Text>
      {page.items.length === 0 ? (
        <Card withBorder>
          <EmptyState title={empty.title} icon={empty.icon}>
            {empty.body}
          </EmptyState>
        </Card>
      ) : (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md" style={{ opacity: stale ? 0.6 : 1 }}>
          {page.items.map((item) => children(item))}
        </SimpleGrid>
      )}
      {page.total > pageSize && (
        <Center mt="md">
          <Pagination total={pages} value={page.page} onChange={onPage} getControlProps={(control) => ({ 'aria-label': intl.formatMessage({ id: 'paging.pageControl' }, { control }) })} />
        </Center>
      )}
    </Stack>
  );
}
