import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, Repository } from 'typeorm';
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

  async forPerson(personId: string, sessionId: string): Promise<AuthenticatedActor> {
    const person = await this.people.findOne({ where: { id: personId }, select: { id: true, platformRole: true, name: true, locale: true } });
    if (!person) throw unauthenticated('This account no longer exists');
    const memberships = await this.memberships.find({
      where: { personId },
      select: { allianceId: true, role: true, status: true },
    });
    return {
      personId,
      sessionId,
      name: person.name,
      locale: person.locale,
      platformRole: person.platformRole,
      memberships: memberships.map(({ allianceId, role, status }) => ({ allianceId, role, status })),
    };
  }
}
