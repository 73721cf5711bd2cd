import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Attachment, Message, Reaction } from '@peerhub/contracts';
import { DataSource, In, type EntityManager } from 'typeorm';
import { toMessage } from './message.mapper';
import { MessageEntity } from './message.entity';

/** Reads of messages, always returned as the contract's Message with authors and reactions. */
@Injectable()
export class MessagesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Keyset pagination over (conversation_id, seq): never OFFSET, always the unique index. */
  async page(conversationId: string, opts: { before?: number | undefined; after?: number | undefined; limit: number; parentId?: string | undefined }) {
    const qb = this.dataSource
      .getRepository(MessageEntity)
      .createQueryBuilder('m')
      .leftJoinAndSelect('m.author', 'a')
      .where('m.conversation_id = :conversationId', { conversationId });
    if (opts.parentId) qb.andWhere('m.parent_id = :parentId', { parentId: opts.parentId });
    else qb.andWhere('m.parent_id IS NULL');
    if (opts.after !== undefined) qb.andWhere('m.seq > :after', { after: opts.after }).orderBy('m.seq', 'ASC');
    else {
      if (opts.before !== undefined) qb.andWhere('m.seq < :before', { before: opts.before });
      qb.orderBy('m.seq', 'DESC');
    }
    const rows = await qb.take(opts.limit + 1).getMany();
    const hasMore = rows.length > opts.limit;
    const page = rows.slice(0, opts.limit).sort((x, y) => x.seq - y.seq);
    return { items: await this.hydrate(page), hasMore };
  }

  /** Everything after a seq, replies included: what a reconnecting client missed. */
  async since(conversationId: string, afterSeq: number, limit: number) {
    const rows = await this.dataSource
      .getRepository(MessageEntity)
      .createQueryBuilder('m')
      .leftJoinAndSelect('m.author', 'a')
      .where('m.conversation_id = :conversationId AND m.seq > :afterSeq', { conversationId, afterSeq })
      .orderBy('m.seq', 'ASC')
      .take(limit + 1)
      .getMany();
    return { items: await this.hydrate(rows.slice(0, limit)), hasMore: rows.length > limit };
  }

  /** Messages up to a seq that changed after a moment (edits, deletions, reactions). */
  async changedSince(conversationId: string, upToSeq: number, since: Date) {
    const rows = await this.dataSource
      .getRepository(MessageEntity)
      .createQueryBuilder('m')
      .leftJoinAndSelect('m.author', 'a')
      .where('m.conversation_id = :conversationId AND m.seq <= :upToSeq AND m.updated_at > :since', { conversationId, upToSeq, since })
      .orderBy('m.seq', 'ASC')
      .take(500)
      .getMany();
    return this.hydrate(rows);
  }

  async one(id: string, manager: EntityManager = this.dataSource.manager): Promise<Message | null> {
    const m = await manager.findOne(MessageEntity, { where: { id }, relations: { author: true } });
    return m ? (await this.hydrate([m], manager))[0]! : null;
  }

  async hydrate(messages: MessageEntity[], manager: EntityManager = this.dataSource.manager): Promise<Message[]> {
    if (messages.length === 0) return [];
    const rows = await manager.query<Array<{ message_id: string; emoji: string; count: number; by: string[] }>>(
      `SELECT message_id, emoji, count(*)::int AS count, array_agg(person_id ORDER BY person_id) AS by
         FROM message_reaction WHERE message_id = ANY($1) GROUP BY message_id, emoji ORDER BY emoji`,
      [messages.map((m) => m.id)],
    );
    const byMessage = new Map<string, Reaction[]>();
    for (const r of rows) {
      const list = byMessage.get(r.message_id) ?? [];
      list.push({ emoji: r.emoji, count: r.count, by: r.by });
      byMessage.set(r.message_id, list);
    }
    const files = await manager.query<Array<{ id: string; message_id: string; filename: string; content_type: string; size: number }>>(
      'SELECT id, message_id, filename, content_type, size FROM message_attachment WHERE message_id = ANY($1) ORDER BY created_at',
      [messages.map((m) => m.id)],
    );
    const filesByMessage = new Map<string, Attachment[]>();
    for (const f of files) {
      const list = filesByMessage.get(f.message_id) ?? [];
      list.push({ id: f.id, filename: f.filename, contentType: f.content_type, size: f.size });
      filesByMessage.set(f.message_id, list);
    }
    return messages.map((m) => toMessage(m, byMessage.get(m.id) ?? [], filesByMessage.get(m.id) ?? []));
  }

  findEntity(id: string, manager: EntityManager = this.dataSource.manager) {
    return manager.findOne(MessageEntity, { where: { id }, relations: { author: true } });
  }

  byIds(ids: string[]) {
    return this.dataSource.getRepository(MessageEntity).find({ where: { id: In(ids) }, relations: { author: true } });
  }
}
