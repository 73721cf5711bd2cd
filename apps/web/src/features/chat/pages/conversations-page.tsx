import { Badge, Button, Card, Group, Skeleton, Stack, Text } from '@mantine/core';
import { useDebouncedValue, useDisclosure } from '@mantine/hooks';
import type { ConversationSummary } from '@peerhub/contracts';
import { IconMessagePlus, IconMessages, IconUsers, IconUsersGroup } from '@tabler/icons-react';
import { useState } from 'react';
import { useIntl, type IntlShape } from 'react-intl';
import { CardLink } from '../../../components/ui/card-link';
import { EmptyState } from '../../../components/ui/empty-state';
import { formatDate } from '../../../i18n/format';
import { PageHeader } from '../../../components/ui/page-header';
import { QueryState } from '../../../components/ui/query-state';
import { SearchInput } from '../../../components/ui/search-input';
import { useMe } from '../../../lib/session';
import { useConversations } from '../api/get-conversations';
import '../chat.css';
import { NewConversationModal } from '../components/new-conversation-modal';
import { SearchResults } from '../components/search-results';

function lastActivity(intl: IntlShape, iso: string | null): string {
  if (!iso) return intl.formatMessage({ id: 'chat.list.noMessages' });
  const date = new Date(iso);
  const today = date.toDateString() === new Date().toDateString();
  return today ? intl.formatTime(date, { hour: '2-digit', minute: '2-digit' }) : formatDate(date);
}

function ConversationRow({ conversation, meId }: { conversation: ConversationSummary; meId: string }) {
  const intl = useIntl();
  const direct = conversation.kind === 'direct';
  const others = conversation.participants.filter((p) => p.personId !== meId).map((p) => p.name);
  const title = direct && others.length > 0 ? others.join(', ') : conversation.title;
  const Icon = direct ? IconUsers : IconUsersGroup;
  return (
    <Card withBorder padding="md" className="card-link">
      <Group justify="space-between" wrap="nowrap" gap="md">
        <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
          <Icon size={20} stroke={1.6} aria-hidden color="var(--mantine-color-peerhub-7)" />
          <div style={{ minWidth: 0 }}>
            <Text fw={conversation.unread > 0 ? 700 : 600} truncate>
              <CardLink to={`/conversations/${conversation.id}`} title={title} detail={conversation.unread > 0 ? intl.formatMessage({ id: 'chat.list.unreadDetail' }, { count: conversation.unread }) : null} />
            </Text>
            <Text size="xs" c="dimmed">
              {intl.formatMessage({ id: direct ? 'chat.list.direct' : 'chat.list.group' })} · {lastActivity(intl, conversation.lastMessageAt)}
            </Text>
          </div>
        </Group>
        {conversation.unread > 0 && (
          <Badge color="red" variant="filled" aria-hidden>
            {intl.formatMessage({ id: 'chat.list.newCount' }, { count: conversation.unread > 99 ? '99+' : conversation.unread })}
          </Badge>
        )}
      </Group>
    </Card>
  );
}

/** My conversations (groups and direct), with unread counts, message search and "New message". */
export function ConversationsPage() {
  const intl = useIntl();
  const me = useMe();
  const conversations = useConversations();
  const [opened, { open, close }] = useDisclosure();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);

  return (
    <>
      <PageHeader
        eyebrow={intl.formatMessage({ id: 'chat.nav.label' })}
        title={intl.formatMessage({ id: 'chat.list.title' })}
        description={intl.formatMessage({ id: 'chat.list.description' })}
        actions={
          <Button leftSection={<IconMessagePlus size={16} />} onClick={open}>
            {intl.formatMessage({ id: 'chat.newMessage' })}
          </Button>
        }
      />
      <Stack gap="lg">
        <SearchInput
          label={intl.formatMessage({ id: 'chat.list.search' })}
          placeholder={intl.formatMessage({ id: 'chat.list.searchPlaceholder' })}
          value={search}
          onSearch={setSearch}
          maw={520}
        />
        {q.length >= 2 ? (
          <SearchResults q={q} />
        ) : (
          <QueryState
            query={conversations}
            loading={
              <Stack gap="sm">
                {Array.from({ length: 4 }, (_, i) => (
                  <Skeleton key={i} h={68} radius="md" />
                ))}
              </Stack>
            }
          >
            {(list) =>
              list.items.length === 0 ? (
                <Card withBorder>
                  <EmptyState title={intl.formatMessage({ id: 'chat.list.empty' })} icon={<IconMessages size={22} stroke={1.6} />}>
                    {intl.formatMessage({ id: 'chat.list.emptyBody' })}
                  </EmptyState>
                </Card>
              ) : (
                <Stack gap="sm" component="nav" aria-label={intl.formatMessage({ id: 'chat.list.title' })}>
                  {list.items.map((c) => (
                    <ConversationRow key={c.id} conversation={c} meId={me.id} />
                  ))}
                </Stack>
              )
            }
          </QueryState>
        )}
      </Stack>
      <NewConversationModal opened={opened} onClose={close} />
    </>
  );
}
