import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, IsNull, Repository } from 'typeorm';
import { AllianceMembershipEntity } from '../alliances/alliance-membership.entity';
import { unauthenticated } from '../common/app-error';
import type { AuthenticatedActor } from '../common/request-actor';
import { PersonEntity } from '../people/person.entity';
import { AccessTokenService } from './access-token.service';
import { AuthSessionEntity } from './auth-session.entity';

/** Turns an access token into the actor every policy decides on; a revoked session is refused at once. */
@Injectable()
export class ActorLoader {
  constructor(
    private readonly tokens: AccessTokenService,
    @InjectRepository(AuthSessionEntity) private readonly sessions: Repository<AuthSessionEntity>,
    @InjectRepository(PersonEntity) private readonly people: Repository<PersonEntity>,
    @InjectRepository(AllianceMembershipEntity) private readonly memberships: Repository<AllianceMembershipEntity>,
  ) {}

  async fromAccessToken(token: string): Promise<AuthenticatedActor & { expiresAt: number }> {
    const claims = await this.tokens.verify(token);
    const session = await this.sessions.findOneBy({ id: claims.sid, personId: claims.sub, revokedAt: IsNull() });
    if (!session) throw unauthenticated('This session has ended; sign in again', 'SESSION_EXPIRED');
    const actor = await this.forPerson(claims.sub, claims.sid);
    return { ...actor, expiresAt: claims.exp * 1000 };
  }

  /** The actors of many people at once, without a session (for deciding who hears of something); accounts that no longer exist are left out. */
  async forPeople(personIds: string[]): Promise<AuthenticatedActor[]> {
    if (personIds.length === 0) return [];
    const [people, memberships] = await Promise.all([
      this.people.find({ where: { id: In(personIds) }, select: { id: true, platformRole: true, name: true, locale: true } }),
      this.memberships.find({ where: { personId: In(personIds) }, select: { personId: true, allianceId: true, role: true, status: true } }),
    ]);
    return people.map((person) => ({
      personId: person.id,
      sessionId: '',
      name: person.name,
      locale: person.locale,
      platformRole: person.platformRole,
      memberships: memberships.filter((m) => m.personId === person.id).map(({ allianceId, role, status }) => ({ allianceId, role, status })),
    }));
  }

  async forPerson(personId: string, sessionId: string): Promise<AuthenticatedActor> {
    const [actor] = await this.forPeople([personId]);
    if (!actor) throw unauthenticated('This account no longer exists');
    return { ...actor, sessionId };
  }
}
