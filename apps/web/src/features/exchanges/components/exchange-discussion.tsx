import { Text } from '@mantine/core';
import type { ExchangeDetail } from '@peerhub/contracts';
import { can } from '@peerhub/domain';
import { useIntl } from 'react-intl';
import { useActor, useMe } from '../../../lib/session';
import { ConversationPanel } from '../../chat';
import { useExchangeConversation } from '../api/get-exchange-conversation';

/** The exchange's live conversation for its organiser, the people registered and the coordinators. */
export function ExchangeDiscussion({ exchange }: { exchange: ExchangeDetail }) {
  const intl = useIntl();
  const me = useMe();
  const actor = useActor();
  const organiser = exchange.organiserId === me.id;
  const registered = exchange.myStatus !== null && exchange.myStatus !== 'declined';
  const mayRead = can(actor, 'conversation.read', { kind: 'exchange', allianceId: exchange.allianceId, participant: organiser || registered, lead: organiser, archived: exchange.status === 'cancelled' });
  const conversation = useExchangeConversation(exchange.id, mayRead);
  if (!mayRead) {
    return (
      <Text size="sm" c="dimmed">
        {intl.formatMessage({ id: 'exchanges.discussion.registerToJoinFull' })}
      </Text>
    );
  }
  if (conversation.isError) {
    return (
      <Text size="sm" c="dimmed">
        {intl.formatMessage({ id: 'exchanges.discussion.registerToJoin' })}
      </Text>
    );
  }
  if (!conversation.data) return null;
  return <ConversationPanel conversationId={conversation.data.id} height={520} />;
}
