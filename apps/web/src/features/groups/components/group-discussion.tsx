import { Text } from '@mantine/core';
import type { GroupDetail } from '@peerhub/contracts';
import { can } from '@peerhub/domain';
import { FormattedMessage } from 'react-intl';
import { useActor } from '../../../lib/session';
import { ConversationPanel, useGroupConversation } from '../../chat';

/** The group's live discussion, for those who may read it; the others are told how to join. */
export function GroupDiscussion({ group }: { group: GroupDetail }) {
  const actor = useActor();
  const mayRead = can(actor, 'conversation.read', {
    kind: 'group',
    allianceId: group.allianceId,
    participant: group.standing === 'member' || group.standing === 'lead',
    lead: group.standing === 'lead',
    archived: group.status === 'archived',
  });
  if (!mayRead) {
    return (
      <Text c="dimmed" size="sm">
        <FormattedMessage id="groups.discussion.membersOnly" />
      </Text>
    );
  }
  return <GroupConversation groupId={group.id} />;
}

function GroupConversation({ groupId }: { groupId: string }) {
  const conversation = useGroupConversation(groupId);
  if (!conversation.data) return null;
  return <ConversationPanel conversationId={conversation.data.id} height={560} />;
}
