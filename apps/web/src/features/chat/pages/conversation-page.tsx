import { Anchor, Group, Text } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useIntl } from 'react-intl';
import { Link, useParams } from 'react-router';
import { PageHeader } from '../../../components/ui/page-header';
import { useMe } from '../../../lib/session';
import { ConversationLevelSelect } from '../../notifications';
import { useConversationSummary } from '../api/get-conversations';
import { ConversationPanel } from '../components/conversation-panel';

/** One conversation, full page. */
export function ConversationPage() {
  const intl = useIntl();
  const { conversationId = '' } = useParams();
  const me = useMe();
  const summary = useConversationSummary(conversationId).data ?? null;
  const others = summary?.participants.filter((p) => p.personId !== me.id).map((p) => p.name) ?? [];
  const title = summary ? (summary.kind === 'direct' && others.length > 0 ? others.join(', ') : summary.title) : intl.formatMessage({ id: 'chat.conversation.fallbackTitle' });

  return (
    <>
      <Group mb="xs">
        <Anchor component={Link} to="/conversations" size="sm">
          <Group gap={4} component="span">
            <IconArrowLeft size={14} aria-hidden />
            {intl.formatMessage({ id: 'chat.conversation.back' })}
          </Group>
        </Anchor>
      </Group>
      <PageHeader
        eyebrow={intl.formatMessage({ id: summary?.kind === 'direct' ? 'chat.list.direct' : 'chat.conversation.groupDiscussion' })}
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
