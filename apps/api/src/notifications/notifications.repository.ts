import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DEFAULT_NOTIFICATION_DELIVERY, type ConversationNotificationLevel, type Notification, type NotificationDelivery, type NotificationKind } from '@peerhub/contracts';
import type { DataSource, EntityManager } from 'typeorm';

export interface NotificationRow {
  id: string;
  recipient_id: string;
  kind: NotificationKind;
  actor_id: string | null;
  actor_name: string | null;
  title: string;
  link: string;
  params: Record<string, string>;
  delivery: NotificationDelivery;
  created_at: Date;
  /** created_at as PostgreSQL prints it, to the microsecond: the keyset cursor. */
  created_text: string;
  read_at: Date | null;
}

export interface NewNotification {
  recipientId: string;
  kind: NotificationKind;
  actorId: string | null;
  title: string;
  link: string;
  params: Record<string, string>;
  delivery: NotificationDelivery;
  dedupeKey: string | null;
}

const COLUMNS = `n.id, n.recipient_id, n.kind, n.actor_id, a.name AS actor_name, n.title, n.link, n.params, n.delivery, n.created_at, n.created_at::text AS created_text, n.read_at`;

export function toNotification(row: NotificationRow): Notification {
  return {
    id: row.id,
    kind: row.kind,
    createdAt: new Date(row.created_at).toISOString(),
    readAt: row.read_at ? new Date(row.read_at).toISOString() : null,
    actor: row.actor_id && row.actor_name !== null ? { id: row.actor_id, name: row.actor_name } : null,
    title: row.title,
    link: row.link,
    params: row.params,
  };
}

/** The SQL of notifications, preferences and conversation levels. */
@Injectable()
export class NotificationsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Inserts in one statement; a (recipient, dedupe key) already there is skipped. Returns the rows created. */
  async insert(rows: NewNotification[]): Promise<NotificationRow[]> {
    if (rows.length === 0) return [];
    return this.dataSource.query<NotificationRow[]>(
      `WITH created AS (
         INSERT INTO notification (recipient_id, kind, actor_id, title, link, params, delivery, dedupe_key)
         SELECT r.recipient_id, r.kind, r.actor_id, r.title, r.link, r.params, r.delivery, r.dedupe_key
           FROM jsonb_to_recordset($1::jsonb) AS r(recipient_id uuid, kind text, actor_id uuid, title text, link text, params jsonb, delivery text, dedupe_key text)
         ON CONFLICT (recipient_id, dedupe_key) DO NOTHING
         RETURNING *)
       SELECT ${COLUMNS} FROM created n LEFT JOIN person a ON a.id = n.actor_id`,
      [JSON.stringify(rows.map((r) => ({ recipient_id: r.recipientId, kind: r.kind, actor_id: r.actorId, title: r.title, link: r.link, params: r.params, delivery: r.delivery, dedupe_key: r.dedupeKey })))],
    );
  }

  async unreadCounts(personIds: string[]): Promise<Map<string, number>> {
    const rows = await this.dataSource.query<Array<{ recipient_id: string; unread: number }>>(
      `SELECT recipient_id, count(*)::int AS unread FROM notification WHERE recipient_id = ANY($1) AND read_at IS NULL GROUP BY recipient_id`,
      [personIds],
    );
    return new Map(rows.map((r) => [r.recipient_id, r.unread]));
  }

  /** Newest first; `before` is the (created_at, id) of the last one shown. */
  page(personId: string, before: { createdAt: string; id: string } | null, limit: number): Promise<NotificationRow[]> {
    return this.dataSource.query<NotificationRow[]>(
      `SELECT ${COLUMNS} FROM notification n LEFT JOIN person a ON a.id = n.actor_id
        WHERE n.recipient_id = $1 AND ($2::timestamptz IS NULL OR (n.created_at, n.id) < ($2::timestamptz, $3::uuid))
        ORDER BY n.created_at DESC, n.id DESC LIMIT $4`,
      [personId, before?.createdAt ?? null, before?.id ?? null, limit],
    );
  }

  /** Marks some (or, with null, all) of a person's notifications read; returns the ids that changed. */
  async markRead(personId: string, ids: string[] | null): Promise<string[]> {
    const [rows] = (await this.dataSource.query(
      `UPDATE notification SET read_at = now() WHERE recipient_id = $1 AND read_at IS NULL AND ($2::uuid[] IS NULL OR id = ANY($2)) RETURNING id`,
      [personId, ids],
    )) as [Array<{ id: string }>, number];
    return rows.map((r) => r.id);
  }

  async exists(personId: string, id: string): Promise<boolean> {
    const rows = await this.dataSource.query<unknown[]>('SELECT 1 FROM notification WHERE id = $1 AND recipient_id = $2', [id, personId]);
    return rows.length > 0;
  }

  /** Each person's delivery for a kind (their choice, else the default). */
  async deliveries(personIds: string[], kind: NotificationKind): Promise<Map<string, NotificationDelivery>> {
    const rows = await this.dataSource.query<Array<{ person_id: string; delivery: NotificationDelivery }>>(
      'SELECT person_id, delivery FROM notification_preference WHERE kind = $1 AND person_id = ANY($2)',
      [kind, personIds],
    );
    const chosen = new Map(rows.map((r) => [r.person_id, r.delivery]));
    return new Map(personIds.map((id) => [id, chosen.get(id) ?? DEFAULT_NOTIFICATION_DELIVERY[kind]]));
  }

  async preferences(personId: string): Promise<Record<NotificationKind, NotificationDelivery>> {
    const rows = await this.dataSource.query<Array<{ kind: NotificationKind; delivery: NotificationDelivery }>>('SELECT kind, delivery FROM notification_preference WHERE person_id = $1', [personId]);
    return { ...DEFAULT_NOTIFICATION_DELIVERY, ...Object.fromEntries(rows.map((r) => [r.kind, r.delivery])) };
  }

  async setPreferences(personId: string, kinds: Partial<Record<NotificationKind, NotificationDelivery>>, manager: EntityManager = this.dataSource.manager): Promise<void> {
    const entries = Object.entries(kinds);
    if (entries.length === 0) return;
    await manager.query(
      `INSERT INTO notification_preference (person_id, kind, delivery)
       SELECT $1, e.key, e.value FROM jsonb_each_text($2::jsonb) e
       ON CONFLICT (person_id, kind) DO UPDATE SET delivery = EXCLUDED.delivery, updated_at = now()`,
      [personId, JSON.stringify(Object.fromEntries(entries))],
    );
  }

  async levels(conversationId: string, personIds: string[]): Promise<Map<string, ConversationNotificationLevel | null>> {
    const rows = await this.dataSource.query<Array<{ person_id: string; notification_level: ConversationNotificationLevel | null }>>(
      'SELECT person_id, notification_level FROM conversation_participant WHERE conversation_id = $1 AND person_id = ANY($2)',
      [conversationId, personIds],
    );
    return new Map(rows.map((r) => [r.person_id, r.notification_level]));
  }

  async setLevel(conversationId: string, personId: string, level: ConversationNotificationLevel): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO conversation_participant (conversation_id, person_id, member, last_read_seq, notification_level) VALUES ($1, $2, false, 0, $3)
       ON CONFLICT (conversation_id, person_id) DO UPDATE SET notification_level = EXCLUDED.notification_level`,
      [conversationId, personId, level],
    );
  }
}
