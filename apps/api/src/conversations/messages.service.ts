import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Attachment, ConversationKind, HistoryPage, HistoryQuery, Message, MessageSearchResult, ReadUpdated, SendMessage } from '@peerhub/contracts';
import { can, type Actor } from '@peerhub/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { AppError, forbidden, notFound, validationFailed } from '../common/app-error';
import type { AuthenticatedActor } from '../common/request-actor';
import type { MessageAudience } from '../notifications/message-notifications';
import { ConversationAccess, KnownStandings } from './conversation-access';
import { parseMentions } from './mentions';
import { MessageReactionEntity } from './message-reaction.entity';
import { MessageEntity } from './message.entity';
import { MessagesRepository } from './messages.repository';

const CATCH_UP_LIMIT = 500;

export type SentMessage = { message: Message; created: true; audience: MessageAudience } | { message: Message; created: false };

/** The SQLSTATEs peerhub_post_message raises (see its migrations): a client id already used, a standing that moved. */
const ALREADY_SENT = 'PHDUP';
const STANDING_CHANGED = 'PHSTL';

const driverCode = (error: unknown) => (error as { driverError?: { code?: string } }).driverError?.code;

/**
 * Messages: persisted before anything is acknowledged or broadcast. Each conversation numbers its
 * messages without gaps (the row lock on the conversation serialises senders), and the client's
 * id makes a retried send return the message it already created.
 */
@Injectable()
export class MessagesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ConversationAccess,
    private readonly messages: MessagesRepository,
  ) {}

  /**
   * Who should hear about a new message's mentions: the people named (and, for @group, everyone in
   * the group) who may read the conversation, never the author.
   */
  async mentionedReaders(message: Message): Promise<{ personIds: string[]; conversationTitle: string }> {
    const group = parseMentions(message.body).group;
    if (!group && message.mentions.length === 0) return { personIds: [], conversationTitle: '' };
    const rows = await this.dataSource.query<Array<{ person_id: string; title: string }>>(
      `SELECT r.person_id, c.title FROM conversation c
         JOIN LATERAL (
           SELECT gm.person_id FROM group_membership gm JOIN peer_group g ON g.id = gm.group_id
             JOIN alliance_membership am ON am.alliance_id = g.alliance_id AND am.person_id = gm.person_id AND am.status = 'active'
            WHERE gm.group_id = c.group_id AND gm.state = 'active' AND ($3 OR gm.person_id = ANY($2))
           UNION
           SELECT xp.person_id FROM exchange_participant xp JOIN exchange x ON x.id = xp.exchange_id
             JOIN alliance_membership am ON am.alliance_id = x.alliance_id AND am.person_id = xp.person_id AND am.status = 'active'
            WHERE xp.exchange_id = c.exchange_id AND xp.status <> 'declined' AND ($3 OR xp.person_id = ANY($2))
           UNION
           SELECT cp.person_id FROM conversation_participant cp
            WHERE cp.conversation_id = c.id AND cp.member AND ($3 OR cp.person_id = ANY($2))
         ) r ON true
        WHERE c.id = $1 AND r.person_id <> $4`,
      [message.conversationId, message.mentions, group, message.author?.id ?? null],
    );
    return { personIds: [...new Set(rows.map((r) => r.person_id))], conversationTitle: rows[0]?.title ?? '' };
  }

  /**
   * Returns the message, whether this call created it (false for a retry) and, when it did, who is
   * to hear of it (MessageAudience).
   *
   * The policy decides on the sender's standing in the conversation; peerhub_post_message checks
   * that standing still holds (its key), takes the next seq under the conversation's row lock (no
   * gaps), inserts, and moves the sender's read position, in one statement. A live connection
   * passes the standings it already read (KnownStandings), so a plain message costs one round trip;
   * a standing that moved since is read again and decided again. A reply or a message with files
   * does the same inside a transaction.
   */
  async send(actor: AuthenticatedActor, input: SendMessage, known = new KnownStandings()): Promise<SentMessage> {
    for (let attempt = 1; ; attempt++) {
      const remembered = known.get(input.conversationId);
      // One remembered as refused is read again: the person may have been let in since.
      const standing = remembered && can(actor, 'conversation.post', remembered.subject) ? remembered : await this.access.forPosting(actor, input.conversationId);
      known.remember(standing);
      try {
        return await this.post(actor, input, standing.standingKey);
      } catch (error) {
        if (driverCode(error) !== STANDING_CHANGED) throw error;
        known.forget(input.conversationId);
        if (attempt === 3) throw new AppError('CONFLICT', 'Who may post in this conversation is changing; send again', 409);
      }
    }
  }

  private async post(actor: AuthenticatedActor, input: SendMessage, standingKey: string): Promise<SentMessage> {
    const mentions = parseMentions(input.body).personIds;
    const post = async (runner: Pick<EntityManager, 'query'>) => {
      const [row] = await runner.query<Array<{ id: string; seq: number; created_at: Date; kind: ConversationKind; title: string; listeners: string[]; members: string[] }>>('SELECT * FROM peerhub_post_message($1, $2, $3, $4, $5, $6, $7)', [
        input.conversationId,
        standingKey,
        input.clientId,
        actor.personId,
        input.body,
        input.parentId ?? null,
        mentions,
      ]);
      return row!;
    };
    try {
      const simple = !input.parentId && (input.attachmentIds ?? []).length === 0;
      const { row, attachments } = simple
        ? { row: await post(this.dataSource), attachments: [] }
        : await this.dataSource.transaction(async (manager) => {
            await this.replyTo(manager, input);
            const posted = await post(manager);
            return { row: posted, attachments: await this.attach(manager, actor.personId, input, posted.id) };
          });
      const message: Message = {
        id: row.id,
        conversationId: input.conversationId,
        seq: row.seq,
        clientId: input.clientId,
        author: { id: actor.personId, name: actor.name },
        body: input.body,
        parentId: input.parentId ?? null,
        replyCount: 0,
        mentions,
        reactions: [],
        attachments,
        createdAt: new Date(row.created_at).toISOString(),
        editedAt: null,
        deletedAt: null,
        removed: false,
      };
      return { message, created: true, audience: { kind: row.kind, title: row.title, listeners: row.listeners, members: row.members } };
    } catch (error) {
      // A retry of a message already stored: the statement (or transaction) undid the seq and reply count; return the original.
      if (driverCode(error) !== ALREADY_SENT) throw error;
      const existing = await this.dataSource.getRepository(MessageEntity).findOneOrFail({
        where: { conversationId: input.conversationId, authorId: actor.personId, clientId: input.clientId },
        relations: { author: true },
      });
      return { message: (await this.messages.hydrate([existing]))[0]!, created: false };
    }
  }

  /** A reply answers a thread's first message in the same conversation, and counts in it. */
  private async replyTo(manager: EntityManager, input: SendMessage): Promise<void> {
    if (!input.parentId) return;
    const parent = await manager.findOneBy(MessageEntity, { id: input.parentId, conversationId: input.conversationId });
    if (!parent) throw validationFailed([{ path: 'parentId', message: 'No such message in this conversation' }]);
    if (parent.parentId) throw validationFailed([{ path: 'parentId', message: 'Reply to the thread’s first message' }]);
    await manager.query('UPDATE message SET reply_count = reply_count + 1, updated_at = now() WHERE id = $1', [parent.id]);
  }

  /** Links uploaded files to the new message: the sender's own, in this conversation, not yet used. */
  private async attach(manager: EntityManager, personId: string, input: SendMessage, messageId: string): Promise<Attachment[]> {
    const ids = [...new Set(input.attachmentIds ?? [])];
    if (ids.length === 0) return [];
    // An UPDATE … RETURNING answers [rows, affected] through TypeORM's query().
    const [rows] = (await manager.query(
      `UPDATE message_attachment SET message_id = $1
        WHERE id = ANY($2) AND conversation_id = $3 AND uploader_id = $4 AND message_id IS NULL
        RETURNING id, filename, content_type, size`,
      [messageId, ids, input.conversationId, personId],
    )) as [Array<{ id: string; filename: string; content_type: string; size: number }>, number];
    if (rows.length !== ids.length) {
      throw validationFailed([{ path: 'attachmentIds', message: 'Attach only files you uploaded to this conversation, once' }]);
    }
    return rows.map((f) => ({ id: f.id, filename: f.filename, contentType: f.content_type, size: f.size }));
  }

  async history(actor: Actor, conversationId: string, query: HistoryQuery): Promise<HistoryPage> {
    const { conversation } = await this.access.load(actor, conversationId);
    const page = await this.messages.page(conversationId, query);
    return { ...page, lastSeq: conversation.lastSeq, changed: [] };
  }

  /** What a client missed since afterSeq (replies included), and what changed among older messages since it last heard. */
  async catchUp(actor: Actor, conversationId: string, afterSeq: number, changedSince?: Date, known?: KnownStandings): Promise<HistoryPage> {
    const loaded = await this.access.load(actor, conversationId);
    known?.remember(loaded);
    const { conversation } = loaded;
    const [page, changed] = await Promise.all([
      this.messages.since(conversationId, afterSeq, CATCH_UP_LIMIT),
      changedSince ? this.messages.changedSince(conversationId, afterSeq, changedSince) : Promise.resolve([]),
    ]);
    return { ...page, lastSeq: conversation.lastSeq, changed };
  }

  /** What a new message sets off: who was mentioned, and the thread whose reply count moved. */
  async effectsOf(message: Message): Promise<{ mentioned: { personIds: string[]; conversationTitle: string }; parent: Message | null }> {
    const [mentioned, parent] = await Promise.all([this.mentionedReaders(message), message.parentId ? this.messages.one(message.parentId) : Promise.resolve(null)]);
    return { mentioned, parent };
  }

  async edit(actor: Actor, messageId: string, body: string): Promise<Message> {
    const { entity, subject } = await this.loadMessage(actor, messageId);
    if (!can(actor, 'message.edit', { ...subject, authorId: entity.authorId })) throw forbidden('Only the author may edit a message');
    if (entity.deletedAt || entity.removedById) throw new AppError('CONFLICT', 'This message was deleted', 409);
    await this.dataSource.getRepository(MessageEntity).update({ id: messageId }, { body, editedAt: new Date(), mentions: parseMentions(body).personIds });
    return (await this.messages.one(messageId))!;
  }

  /** The author deletes (tombstone); a lead or coordinator removes someone else's message. */
  async delete(actor: Actor, messageId: string): Promise<Message> {
    const { entity, subject } = await this.loadMessage(actor, messageId);
    if (!can(actor, 'message.remove', { ...subject, authorId: entity.authorId })) throw forbidden('Only the author, a group lead or a coordinator may remove a message');
    const own = entity.authorId === actor.personId;
    await this.dataSource
      .getRepository(MessageEntity)
      .update({ id: messageId }, own ? { deletedAt: new Date() } : { removedById: actor.personId, deletedAt: new Date() });
    return (await this.messages.one(messageId))!;
  }

  async react(actor: Actor, messageId: string, emoji: string, on: boolean): Promise<Message> {
    const { entity } = await this.loadMessage(actor, messageId);
    if (entity.deletedAt) throw new AppError('CONFLICT', 'This message was deleted', 409);
    const repo = this.dataSource.getRepository(MessageReactionEntity);
    if (on) await repo.createQueryBuilder().insert().values({ messageId, personId: actor.personId, emoji }).orIgnore().execute();
    else await repo.delete({ messageId, personId: actor.personId, emoji });
    await this.dataSource.query('UPDATE message SET updated_at = now() WHERE id = $1', [messageId]);
    return (await this.messages.one(messageId))!;
  }

  async markRead(actor: Actor, conversationId: string, seq: number): Promise<ReadUpdated> {
    const { conversation } = await this.access.load(actor, conversationId);
    const upTo = Math.min(seq, conversation.lastSeq);
    // Read positions only move forward, whichever tab reports last.
    const [row] = await this.dataSource.query<Array<{ last_read_seq: number }>>(
      `INSERT INTO conversation_participant (conversation_id, person_id, member, last_read_seq) VALUES ($1, $2, false, $3)
       ON CONFLICT (conversation_id, person_id) DO UPDATE SET last_read_seq = GREATEST(conversation_participant.last_read_seq, EXCLUDED.last_read_seq)
       RETURNING last_read_seq`,
      [conversationId, actor.personId, upTo],
    );
    const lastReadSeq = row?.last_read_seq ?? upTo;
    return { conversationId, lastReadSeq, unread: Math.max(0, conversation.lastSeq - lastReadSeq) };
  }

  /** Full-text search in the conversations the person may read. */
  async search(actor: Actor, q: string, conversationId: string | undefined, limit: number): Promise<MessageSearchResult> {
    const readable = await this.readableConversationIds(actor);
    const ids = conversationId ? readable.filter((id) => id === conversationId) : readable;
    if (ids.length === 0) return { items: [] };
    const rows = await this.dataSource.query<Array<{ id: string; title: string; snippet: string }>>(
      `SELECT m.id, c.title, ts_headline('simple', m.body, q, 'MaxFragments=1, MaxWords=18, MinWords=6, StartSel=«, StopSel=»') AS snippet
         FROM message m JOIN conversation c ON c.id = m.conversation_id, websearch_to_tsquery('simple', $2) q
        WHERE m.conversation_id = ANY($1) AND m.deleted_at IS NULL AND to_tsvector('simple', m.body) @@ q
        ORDER BY ts_rank(to_tsvector('simple', m.body), q) DESC, m.created_at DESC
        LIMIT $3`,
      [ids, q, limit],
    );
    const entities = new Map((await this.messages.byIds(rows.map((r) => r.id))).map((m) => [m.id, m]));
    const hydrated = new Map((await this.messages.hydrate([...entities.values()])).map((m) => [m.id, m]));
    return { items: rows.flatMap((r) => (hydrated.has(r.id) ? [{ message: hydrated.get(r.id)!, conversationTitle: r.title, snippet: r.snippet }] : [])) };
  }

  /** Ids of the conversations the person may read: their groups' (and their alliances' as coordinator) and their direct ones. */
  async readableConversationIds(actor: Actor): Promise<string[]> {
    const coordinated = actor.memberships.filter((m) => m.status === 'active' && m.role === 'coordinator').map((m) => m.allianceId);
    const active = actor.memberships.filter((m) => m.status === 'active').map((m) => m.allianceId);
    const rows = await this.dataSource.query<Array<{ id: string }>>(
      `SELECT c.id FROM conversation c JOIN peer_group g ON g.id = c.group_id
        WHERE g.alliance_id = ANY($2) AND (g.alliance_id = ANY($3)
           OR EXISTS (SELECT 1 FROM group_membership gm WHERE gm.group_id = g.id AND gm.person_id = $1 AND gm.state = 'active'))
       UNION
       SELECT c.id FROM conversation c JOIN exchange x ON x.id = c.exchange_id
        WHERE x.alliance_id = ANY($2) AND (x.alliance_id = ANY($3) OR x.organiser_id = $1
           OR EXISTS (SELECT 1 FROM exchange_participant xp WHERE xp.exchange_id = x.id AND xp.person_id = $1 AND xp.status <> 'declined'))
       UNION
       SELECT p.conversation_id FROM conversation_participant p JOIN conversation c ON c.id = p.conversation_id
        WHERE c.kind = 'direct' AND p.person_id = $1 AND p.member`,
      [actor.personId, active, coordinated],
    );
    return rows.map((r) => r.id);
  }

  private async loadMessage(actor: Actor, messageId: string) {
    const entity = await this.messages.findEntity(messageId);
    if (!entity) throw notFound('Message');
    const { subject } = await this.access.load(actor, entity.conversationId);
    return { entity, subject };
  }
}
