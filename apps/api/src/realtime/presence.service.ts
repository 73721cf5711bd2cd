import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { ClientToServerEvents, PresenceEvent, PresenceStatus, ServerToClientEvents } from '@peerhub/contracts';
import type { Server } from 'socket.io';
import type { AuthenticatedActor } from '../common/request-actor';
import { allianceRoom, personRoom } from './realtime-sessions';
import type { SocketData } from './socket-data';

type PeerhubServer = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

/**
 * Presence is derived, never stored: a person is online when one of their sockets (on any API
 * process, through the adapter) is in use, away when all are in the background, offline when none
 * is connected. Changes go to the rooms of the alliances the person is active in.
 */
@Injectable()
export class PresenceService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async statusOf(server: PeerhubServer, personId: string): Promise<PresenceStatus> {
    const sockets = await server.in(personRoom(personId)).fetchSockets();
    if (sockets.length === 0) return 'offline';
    return sockets.some((s) => s.data.presence !== 'away') ? 'online' : 'away';
  }

  async announce(server: PeerhubServer, actor: AuthenticatedActor): Promise<void> {
    const status = await this.statusOf(server, actor.personId);
    const rooms = actor.memberships.filter((m) => m.status === 'active').map((m) => allianceRoom(m.allianceId));
    if (rooms.length) server.to(rooms).emit('presence', { personId: actor.personId, status });
  }

  /** Statuses of people who share an active alliance with the asker; the others read as offline. */
  async query(server: PeerhubServer, asker: AuthenticatedActor, personIds: string[]): Promise<PresenceEvent[]> {
    const alliances = asker.memberships.filter((m) => m.status === 'active').map((m) => m.allianceId);
    const rows = await this.dataSource.query<Array<{ person_id: string }>>(
      `SELECT DISTINCT person_id FROM alliance_membership WHERE person_id = ANY($1) AND alliance_id = ANY($2) AND status = 'active'`,
      [personIds, alliances],
    );
    const visible = new Set(rows.map((r) => r.person_id));
    return Promise.all(personIds.map(async (personId) => ({ personId, status: visible.has(personId) ? await this.statusOf(server, personId) : ('offline' as const) })));
  }
}
