import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { can, whyNot, type Actor, type ConversationSubject } from '@peerhub/domain';
import type { DataSource } from 'typeorm';
import type { ConversationKind } from '@peerhub/contracts';
import { AppError, notFound } from '../common/app-error';
import type { ConversationEntity } from './conversation.entity';

export interface LoadedConversation {
  conversation: Pick<ConversationEntity, 'id' | 'kind' | 'groupId' | 'title' | 'lastSeq'>;
  subject: ConversationSubject;
  /** A digest of what the subject was built from; peerhub_post_message refuses a key that no longer holds. */
  standingKey: string;
}

/**
 * Where a live connection's person stood with the conversations it used, as last read. A send
 * decides on it and posts in one round trip; the database compares the key in the same statement,
 * so a standing that moved since is read again, never trusted.
 */
export class KnownStandings {
  private static readonly LIMIT = 200;
  private readonly byConversation = new Map<string, LoadedConversation>();

  get(conversationId: string): LoadedConversation | undefined {
    return this.byConversation.get(conversationId);
  }

  remember(loaded: LoadedConversation): void {
    this.byConversation.delete(loaded.conversation.id);
    this.byConversation.set(loaded.conversation.id, loaded);
    // The oldest first: a connection that walked through many conversations keeps the recent ones.
    if (this.byConversation.size > KnownStandings.LIMIT) this.byConversation.delete(this.byConversation.keys().next().value!);
  }

  forget(conversationId: string): void {
    this.byConversation.delete(conversationId);
  }
}

/** Loads a conversation as one person stands with it; one they may not read does not exist for them (404). */
@Injectable()
export class ConversationAccess {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * One query: the conversation and where the person stands with it (group membership, direct
   * participant, exchange registration), through peerhub_conversation_standing so that its plan
   * is kept (see that migration: every message sent asks this).
   */
  async load(actor: Actor, conversationId: string): Promise<LoadedConversation> {
    const [row] = await this.dataSource.query<StandingRow[]>('SELECT * FROM peerhub_conversation_standing($1, $2)', [conversationId, actor.personId]);
    if (!row) throw notFound('Conversation');
    const loaded = toLoaded(row);
    if (!can(actor, 'conversation.read', loaded.subject)) throw notFound('Conversation');
    return loaded;
  }

  /** The conversations among these that the person may read, by the same rule as load, in one query (for lists). */
  async readable(actor: Actor, conversationIds: string[]): Promise<Map<string, LoadedConversation>> {
    if (conversationIds.length === 0) return new Map();
    const rows = await this.dataSource.query<StandingRow[]>(
      'SELECT s.* FROM unnest($1::uuid[]) AS c(id) CROSS JOIN LATERAL peerhub_conversation_standing(c.id, $2) s',
      [conversationIds, actor.personId],
    );
    return new Map(rows.map(toLoaded).filter((loaded) => can(actor, 'conversation.read', loaded.subject)).map((loaded) => [loaded.conversation.id, loaded]));
  }

  /** Which of these people may read the conversation now, by the same rule as load, in one query (for notifying many). */
  async readers(actors: Actor[], conversationId: string): Promise<string[]> {
    if (actors.length === 0) return [];
    const rows = await this.dataSource.query<Array<StandingRow & { person_id: string }>>(
      'SELECT p.person_id, s.* FROM unnest($2::uuid[]) AS p(person_id) CROSS JOIN LATERAL peerhub_conversation_standing($1, p.person_id) s',
      [conversationId, actors.map((a) => a.personId)],
    );
    const standings = new Map(rows.map((row) => [row.person_id, toLoaded(row)]));
    return actors.filter((actor) => {
      const loaded = standings.get(actor.personId);
      return loaded !== undefined && can(actor, 'conversation.read', loaded.subject);
    }).map((actor) => actor.personId);
  }

  async forPosting(actor: Actor, conversationId: string): Promise<LoadedConversation> {
    const loaded = await this.load(actor, conversationId);
    if (!can(actor, 'conversation.post', loaded.subject)) {
      throw new AppError('CONFLICT', whyNot(actor, 'conversation.post', loaded.subject) ?? 'You cannot post here', 409);
    }
    return loaded;
  }
}

type StandingRow = { id: string; kind: ConversationKind; group_id: string | null; title: string; last_seq: number; alliance_id: string | null; status: string | null; role: string | null; participant: boolean; x_alliance_id: string | null; x_status: string | null; x_organiser: boolean | null; x_registered: boolean; standing_key: string };

/** Group: its active members; exchange: its organiser and everyone registered (leads = the organiser); direct: its members. */
function toLoaded(row: StandingRow): LoadedConversation {
  const subject: ConversationSubject =
    row.kind === 'direct'
      ? { kind: 'direct', allianceId: null, participant: row.participant, lead: false, archived: false }
      : row.kind === 'exchange'
        ? { kind: 'exchange', allianceId: row.x_alliance_id, participant: row.x_organiser || row.x_registered, lead: row.x_organiser === true, archived: row.x_status === 'cancelled' }
        : { kind: row.kind, allianceId: row.alliance_id, participant: row.role !== null, lead: row.role === 'lead', archived: row.status !== 'active' };
  return { conversation: { id: row.id, kind: row.kind, groupId: row.group_id, title: row.title, lastSeq: row.last_seq }, subject, standingKey: row.standing_key };
}
