import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AllianceRole, ExchangeRegistrationsChanged, MembershipStatus, PlatformRole } from '@peerhub/contracts';
import { can } from '@peerhub/domain';
import type { DataSource } from 'typeorm';
import { RealtimeSessions } from '../realtime/realtime-sessions';
import { NO_COUNTS, registrationCounts } from './exchange-counts';

/** The room of an exchange's open pages; a socket joins it through `exchange:watch`, after the view policy. */
export const exchangeRoom = (exchangeId: string) => `exchange:${exchangeId}`;

type Change = ExchangeRegistrationsChanged['changes'][number];

/**
 * What open pages and sockets learn when registrations change. Always called after the commit,
 * so no one hears of a change that was rolled back.
 */
@Injectable()
export class ExchangeLive {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly realtime: RealtimeSessions,
  ) {}

  async registrationsChanged(exchangeId: string, changes: Change[]): Promise<void> {
    if (changes.length === 0) return;
    const counts = (await registrationCounts(this.dataSource, [exchangeId])).get(exchangeId) ?? NO_COUNTS;
    this.realtime.emitTo(exchangeRoom(exchangeId), 'exchange:registrations', { exchangeId, changes, counts });
  }

  /**
   * A person's registration ended (declined, refused). If that took away the exchange's
   * conversation (they neither organise it nor coordinate the alliance), their sockets leave its
   * room at once, on every device, and are told why. Like the groups' `stopReading`, kept here so
   * the exchanges do not depend on how the groups do it.
   */
  async stopReadingIfLost(exchangeId: string, personId: string): Promise<void> {
    const [row] = await this.dataSource.query<Array<{ conversation_id: string; alliance_id: string; status: string; organiser: boolean; registered: boolean; platform_role: PlatformRole }>>(
      `SELECT c.id AS conversation_id, x.alliance_id, x.status, (x.organiser_id IS NOT DISTINCT FROM $2) AS organiser,
              EXISTS (SELECT 1 FROM exchange_participant xp WHERE xp.exchange_id = x.id AND xp.person_id = $2 AND xp.status <> 'declined') AS registered,
              pe.platform_role
         FROM conversation c JOIN exchange x ON x.id = c.exchange_id JOIN person pe ON pe.id = $2
        WHERE c.exchange_id = $1`,
      [exchangeId, personId],
    );
    if (!row) return; // No one has opened the conversation yet: no room to leave.
    const memberships = await this.dataSource.query<Array<{ allianceId: string; role: AllianceRole; status: MembershipStatus }>>(
      `SELECT alliance_id AS "allianceId", role, status FROM alliance_membership WHERE person_id = $1`,
      [personId],
    );
    const actor = { personId, platformRole: row.platform_role, memberships };
    const subject = { kind: 'exchange' as const, allianceId: row.alliance_id, participant: row.organiser || row.registered, lead: row.organiser, archived: row.status === 'cancelled' };
    if (can(actor, 'conversation.read', subject)) return;
    this.realtime.revokeConversation(personId, row.conversation_id);
  }
}
