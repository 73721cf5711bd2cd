import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ConversationList, ConversationSummary } from '@peerhub/contracts';
import { can, type Actor } from '@peerhub/domain';
import { DataSource, In, type InsertResult } from 'typeorm';
import { notFound, validationFailed } from '../common/app-error';
import { ExchangeEntity } from '../exchanges/exchange.entity';
import { GroupAccess } from '../groups/group-access';
import { PersonEntity } from '../people/person.entity';
import { RealtimeSessions } from '../realtime/realtime-sessions';
import { ConversationAccess } from './conversation-access';
import { ConversationParticipantEntity } from './conversation-participant.entity';
import { ConversationEntity } from './conversation.entity';
import { MessagesService } from './messages.service';

const isInserted = (result: InsertResult) => Array.isArray(result.raw) && result.raw.length > 0;

@Injectable()
export class ConversationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ConversationAccess,
    private readonly groups: GroupAccess,
    private readonly messages: MessagesService,
    private readonly realtime: RealtimeSessions,
  ) {}

  /** My conversations with their unread counts, most recent first. */
  async list(actor: Actor): Promise<ConversationList> {
    const ids = await this.messages.readableConversationIds(actor);
    if (ids.length === 0) return { items: [] };
    const conversations = await this.dataSource.getRepository(ConversationEntity).find({ where: { id: In(ids) }, order: { lastMessageAt: { direction: 'DESC', nulls: 'LAST' } } });
    return { items: await this.summaries(actor, conversations) };
  }

  async one(actor: Actor, conversationId: string): Promise<ConversationSummary> {
    const entity = await this.dataSource.getRepository(ConversationEntity).findOneBy({ id: conversationId });
    if (!entity) throw notFound('Conversation');
    return (await this.summaries(actor, [entity]))[0]!;
  }

  /** The group's conversation (every group has one from its creation, see GroupsService.insert). */
  async forGroup(actor: Actor, groupId: string): Promise<ConversationSummary> {
    await this.groups.load(actor, groupId);
    const conversation = await this.dataSource.getRepository(ConversationEntity).findOneBy({ groupId });
    if (!conversation) throw notFound('Conversation');
    return (await this.summaries(actor, [conversation]))[0]!;
  }

  /** The exchange's conversation, created on first use: for its organiser and the people registered. */
  async forExchange(actor: Actor, exchangeId: string): Promise<ConversationSummary> {
    const exchange = await this.dataSource.getRepository(ExchangeEntity).findOneBy({ id: exchangeId });
    // Invited people may see a draft, but its conversation is only for the people registered, and no one registers for a draft.
    const subject = exchange ? { allianceId: exchange.allianceId, status: exchange.status, organiser: exchange.organiserId === actor.personId, invited: false } : null;
    if (!exchange || !subject || !can(actor, 'exchange.view', subject)) throw notFound('Exchange');
    const inserted = await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(ConversationEntity)
      .values({ kind: 'exchange', exchangeId, groupId: null, title: exchange.title, lastSeq: 0 })
      .orIgnore()
      .execute();
    const conversation = await this.dataSource.getRepository(ConversationEntity).findOneByOrFail({ exchangeId });
    if (isInserted(inserted)) await this.tellReaders(conversation.id);
    return (await this.summaries(actor, [conversation]))[0]!;
  }

  /** A direct conversation between me and up to eight people who share an alliance with me. */
  async createDirect(actor: Actor, participantIds: string[]): Promise<ConversationSummary> {
    const others = [...new Set(participantIds)].filter((id) => id !== actor.personId);
    if (others.length === 0) throw validationFailed([{ path: 'participantIds', message: 'Name at least one other person' }]);
    const allianceIds = actor.memberships.filter((m) => m.status === 'active').map((m) => m.allianceId);
    const reachable = await this.dataSource.query<Array<{ person_id: string }>>(
      `SELECT DISTINCT person_id FROM alliance_membership WHERE person_id = ANY($1) AND alliance_id = ANY($2) AND status = 'active'`,
      [others, allianceIds],
    );
    if (reachable.length !== others.length) {
      throw validationFailed([{ path: 'participantIds', message: 'You can only write to people who share an alliance with you' }]);
    }
    const people = await this.dataSource.getRepository(PersonEntity).find({ where: { id: In([actor.personId, ...others]) }, select: { id: true, name: true } });
    const conversation = await this.dataSource.transaction(async (manager) => {
      const created = await manager.save(manager.create(ConversationEntity, { kind: 'direct', groupId: null, title: people.map((p) => p.name).sort().join(', '), lastSeq: 0 }));
      await manager.insert(ConversationParticipantEntity, [actor.personId, ...others].map((personId) => ({ conversationId: created.id, personId, member: true, lastReadSeq: 0 })));
      return created;
    });
    this.realtime.watchFor([actor.personId, ...others], conversation.id);
    return (await this.summaries(actor, [conversation]))[0]!;
  }

  /** An exchange's conversation was just created: its readers' open tabs start counting its unread messages. */
  private async tellReaders(conversationId: string): Promise<void> {
    const rows = await this.dataSource.query<Array<{ person_id: string }>>(
      `SELECT x.organiser_id AS person_id FROM conversation c JOIN exchange x ON x.id = c.exchange_id WHERE c.id = $1
       UNION SELECT xp.person_id FROM conversation c JOIN exchange_participant xp ON xp.exchange_id = c.exchange_id AND xp.status <> 'declined' WHERE c.id = $1
       UNION SELECT am.person_id FROM conversation c JOIN exchange x ON x.id = c.exchange_id
               JOIN alliance_membership am ON am.alliance_id = x.alliance_id AND am.role = 'coordinator' AND am.status = 'active'
        WHERE c.id = $1`,
      [conversationId],
    );
    this.realtime.watchFor(rows.map((r) => r.person_id), conversationId);
  }

  private async summaries(actor: Actor, conversations: ConversationEntity[]): Promise<ConversationSummary[]> {
    const ids = conversations.map((c) => c.id);
    const reads = await this.dataSource.getRepository(ConversationParticipantEntity).find({ where: { conversationId: In(ids), personId: actor.personId } });
    const lastRead = new Map(reads.map((r) => [r.conversationId, r.lastReadSeq]));
    const members = await this.dataSource.query<Array<{ conversation_id: string; person_id: string; name: string }>>(
      `SELECT p.conversation_id, p.person_id, pe.name FROM conversation_participant p JOIN person pe ON pe.id = p.person_id
        WHERE p.conversation_id = ANY($1) AND p.member ORDER BY pe.name`,
      [ids],
    );
    // What the person may do in each: the same policies the routes apply. One they may not read is not found.
    const standings = await this.access.readable(actor, ids);
    return conversations.map((c) => {
      const read = lastRead.get(c.id) ?? 0;
      const subject = standings.get(c.id)?.subject;
      if (!subject) throw notFound('Conversation');
      return {
        id: c.id,
        kind: c.kind,
        title: c.title,
        groupId: c.groupId,
        exchangeId: c.exchangeId,
        participants: members.filter((m) => m.conversation_id === c.id).map((m) => ({ personId: m.person_id, name: m.name })),
        lastSeq: c.lastSeq,
        lastReadSeq: read,
        unread: Math.max(0, c.lastSeq - read),
        lastMessageAt: c.lastMessageAt?.toISOString() ?? null,
        allianceId: subject.allianceId,
        canPost: can(actor, 'conversation.post', subject),
        canModerate: subject.kind !== 'direct' && can(actor, 'message.remove', { ...subject, authorId: null }),
      };
    });
  }
}
