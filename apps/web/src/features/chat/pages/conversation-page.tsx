import { Anchor, Group, Text } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { Link, useParams } from 'react-router';
import { PageHeader } from '../../../components/ui/page-header';
import { useMe } from '../../../lib/session';
import { ConversationLevelSelect } from '../../notifications';
import { useConversationSummary } from '../api/get-conversations';
import { ConversationPanel } from '../components/conversation-panel';

/** One conversation, full page. */
export function ConversationPage() {
  const { conversationId = '' } = useParams();
  const me = useMe();
  const summary = useConversationSummary(conversationId).data ?? null;
  const others = summary?.participants.filter((p) => p.personId !== me.id).map((p) => p.name) ?? [];
  const title = summary ? (summary.kind === 'direct' && others.length > 0 ? others.join(', ') : summary.title) : 'Conversation';

  return (
    <>
      <Group mb="xs">
        <Anchor component={Link} to="/conversations" size="sm">
          <Group gap={4} component="span">
            <IconArrowLeft size={14} aria-hidden />
            All conversations
          </Group>
        </Anchor>
      </Group>
      <PageHeader
        eyebrow={summary?.kind === 'direct' ? 'Direct conversation' : 'Peer group discussion'}
        title={title}
        actions={<ConversationLevelSelect conversationId={conversationId} />}
        description={
          summary?.kind === 'direct' ? (
            <Text span size="sm">
              {summary.participants.map((p) => p.name).join(', ')}
            </Text>
          ) : undefined
        }
      />
      <ConversationPanel conversationId={conversationId} height="max(420px, calc(100dvh - 260px))" />
    </>
  );
}
