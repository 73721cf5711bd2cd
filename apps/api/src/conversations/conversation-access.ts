import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { can, whyNot, type Actor, type ConversationSubject } from '@peerhub/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { AppError, notFound } from '../common/app-error';
import { ConversationEntity } from './conversation.entity';

export interface LoadedConversation {
  conversation: ConversationEntity;
  subject: ConversationSubject;
}

/** Loads a conversation as one person stands with it; one they may not read does not exist for them (404). */
@Injectable()
export class ConversationAccess {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async subjectFor(personId: string, conversation: ConversationEntity, manager: EntityManager = this.dataSource.manager): Promise<ConversationSubject> {
    if (conversation.kind === 'direct') {
      const rows = await manager.query<unknown[]>(
        'SELECT 1 FROM conversation_participant WHERE conversation_id = $1 AND person_id = $2 AND member',
        [conversation.id, personId],
      );
      return { kind: 'direct', allianceId: null, participant: rows.length > 0, lead: false, archived: false };
    }
    const [row] = await manager.query<Array<{ alliance_id: string; status: string; role: string | null }>>(
      `SELECT g.alliance_id, g.status, gm.role
         FROM peer_group g LEFT JOIN group_membership gm ON gm.group_id = g.id AND gm.person_id = $2 AND gm.state = 'active'
        WHERE g.id = $1`,
      [conversation.groupId, personId],
    );
    if (!row) return { kind: conversation.kind, allianceId: null, participant: false, lead: false, archived: true };
    return { kind: conversation.kind, allianceId: row.alliance_id, participant: row.role !== null, lead: row.role === 'lead', archived: row.status === 'archived' };
  }

  async load(actor: Actor, conversationId: string, manager: EntityManager = this.dataSource.manager): Promise<LoadedConversation> {
    const conversation = await manager.findOneBy(ConversationEntity, { id: conversationId });
    if (!conversation) throw notFound('Conversation');
    const subject = await this.subjectFor(actor.personId, conversation, manager);
    if (!can(actor, 'conversation.read', subject)) throw notFound('Conversation');
    return { conversation, subject };
  }

  async forPosting(actor: Actor, conversationId: string, manager?: EntityManager): Promise<LoadedConversation> {
    const loaded = await this.load(actor, conversationId, manager);
    if (!can(actor, 'conversation.post', loaded.subject)) {
      throw new AppError('CONFLICT', whyNot(actor, 'conversation.post', loaded.subject) ?? 'You cannot post here', 409);
    }
    return loaded;
  }
}
