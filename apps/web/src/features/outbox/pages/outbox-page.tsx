import { Card, Center, Pagination, Skeleton, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { can } from '@peerhub/domain';
import { IconMail } from '@tabler/icons-react';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { EmptyState } from '../../../components/ui/empty-state';
import { NotFoundPage } from '../../../components/ui/not-found-page';
import { PageHeader } from '../../../components/ui/page-header';
import { QueryState } from '../../../components/ui/query-state';
import { SearchInput } from '../../../components/ui/search-input';
import { useActor } from '../../../lib/session';
import { useOutbox } from '../api/get-outbox';
import { OutboxMessage } from '../components/outbox-message';

const PAGE_SIZE = 20;

export function OutboxPage() {
  const actor = useActor();
  if (!can(actor, 'mail-outbox.read', null)) return <NotFoundPage />;
  return <Outbox />;
}

/** The dev outbox: e-mails kept instead of sent when no SMTP server is configured. */
function Outbox() {
  const intl = useIntl();
  const [to, setTo] = useState('');
  const [page, setPage] = useState(1);
  const [recipient] = useDebouncedValue(to.trim(), 300);
  const outbox = useOutbox({ to: recipient || undefined, page, pageSize: PAGE_SIZE });
  return (
    <>
      <PageHeader
        eyebrow={intl.formatMessage({ id: 'outbox.page.eyebrow' })}
        title={intl.formatMessage({ id: 'outbox.page.title' })}
        description={intl.formatMessage({ id: 'outbox.page.description' })}
      />
      <SearchInput
        label={intl.formatMessage({ id: 'outbox.page.recipient' })}
        placeholder={intl.formatMessage({ id: 'outbox.page.recipientPlaceholder' })}
        value={to}
        onSearch={(text) => {
          setTo(text);
          setPage(1);
        }}
        maw={420}
        mb="lg"
      />
      <QueryState query={outbox} loading={<Skeleton h={200} radius="md" />}>
        {(data) => (
          <Stack>
            <Text size="sm" c="dimmed" aria-live="polite">
              {intl.formatMessage({ id: 'outbox.page.count' }, { count: data.total })}
            </Text>
            {data.items.length === 0 && (
              <Card withBorder>
                <EmptyState title={recipient ? intl.formatMessage({ id: 'outbox.page.noneTo' }, { recipient }) : intl.formatMessage({ id: 'outbox.page.empty' })} icon={<IconMail size={22} stroke={1.6} />}>
                  {intl.formatMessage({ id: 'outbox.page.emptyText' })}
                </EmptyState>
              </Card>
            )}
            {data.items.map((m) => (
              <OutboxMessage key={m.id} message={m} />
            ))}
            {data.total > PAGE_SIZE && (
              <Center>
                <Pagination total={Math.ceil(data.total / PAGE_SIZE)} value={page} onChange={setPage} />
              </Center>
            )}
          </Stack>
        )}
      </QueryState>
    </>
  );
}
