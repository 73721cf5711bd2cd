import { Badge, Button, Card, Group, Skeleton, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue, useDisclosure } from '@mantine/hooks';
import type { ConversationSummary } from '@peerhub/contracts';
import { IconMessagePlus, IconMessages, IconSearch, IconUsers, IconUsersGroup } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { EmptyState } from '../../../components/ui/empty-state';
import { PageHeader } from '../../../components/ui/page-header';
import { QueryState } from '../../../components/ui/query-state';
import { useMe } from '../../../lib/session';
import { useConversations } from '../api/get-conversations';
import '../chat.css';
import { NewConversationModal } from '../components/new-conversation-modal';
import { SearchResults } from '../components/search-results';

function lastActivity(iso: string | null): string {
  if (!iso) return 'No messages yet';
  const date = new Date(iso);
  const today = date.toDateString() === new Date().toDateString();
  return today ? date.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' }) : date.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
}

function ConversationRow({ conversation, meId }: { conversation: ConversationSummary; meId: string }) {
  const direct = conversation.kind === 'direct';
  const others = conversation.participants.filter((p) => p.personId !== meId).map((p) => p.name);
  const title = direct && others.length > 0 ? others.join(', ') : conversation.title;
  const Icon = direct ? IconUsers : IconUsersGroup;
  return (
    <Card withBorder padding="md" component={Link} to={`/conversations/${conversation.id}`} className="card-link plain" aria-label={`${title}${conversation.unread > 0 ? `, ${conversation.unread} unread` : ''}`}>
      <Group justify="space-between" wrap="nowrap" gap="md">
        <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
          <Icon size={20} stroke={1.6} aria-hidden color="var(--mantine-color-peerhub-7)" />
          <div style={{ minWidth: 0 }}>
            <Text fw={conversation.unread > 0 ? 700 : 600} truncate>
              {title}
            </Text>
            <Text size="xs" c="dimmed">
              {direct ? 'Direct conversation' : 'Peer group'} · {lastActivity(conversation.lastMessageAt)}
            </Text>
          </div>
        </Group>
        {conversation.unread > 0 && (
          <Badge color="red" variant="filled" aria-hidden>
            {conversation.unread > 99 ? '99+' : conversation.unread} new
          </Badge>
        )}
      </Group>
    </Card>
  );
}

/** My conversations (groups and direct), with unread counts, message search and "New message". */
export function ConversationsPage() {
  const me = useMe();
  const conversations = useConversations();
  const [opened, { open, close }] = useDisclosure();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);

  return (
    <>
      <PageHeader
        eyebrow="Messages"
        title="Conversations"
        description="Your peer groups' discussions and your direct conversations. Write in any language: colleagues from Tallinn to Bishkek read along."
        actions={
          <Button leftSection={<IconMessagePlus size={16} />} onClick={open}>
            New message
          </Button>
        }
      />
      <Stack gap="lg">
        <TextInput
          type="search"
          label="Search messages"
          placeholder="Words from a message, at least 2 characters"
          leftSection={<IconSearch size={16} />}
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
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
                  <EmptyState title="No conversations yet" icon={<IconMessages size={22} stroke={1.6} />}>
                    Join a peer group to take part in its discussion, or start a direct conversation with “New message”.
                  </EmptyState>
                </Card>
              ) : (
                <Stack gap="sm" component="nav" aria-label="Conversations">
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
