import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/config.schema';
import { unauthenticated } from '../common/app-error';
import { RealtimeSessions } from '../realtime/realtime-sessions';
import { AccessTokenService } from './access-token.service';
import { AuthSessionEntity } from './auth-session.entity';
import { RefreshTokenEntity } from './refresh-token.entity';
import { hashToken, newOpaqueToken } from './tokens';

export interface IssuedSession {
  personId: string;
  sessionId: string;
  accessToken: string;
  expiresIn: number;
  refreshToken: string;
  refreshExpiresAt: Date;
}

/**
 * A spent refresh token presented again this soon after it was spent is a race of the person's own
 * (two tabs opening at once, a reload while a refresh was in flight and its new cookie lost), not a
 * theft: it gets a successor of its own instead of ending the session. Later reuse ends it.
 */
export const REFRESH_REUSE_GRACE_MS = 60_000;

export type RevokeReason = 'signed-out' | 'password-reset' | 'refresh-token-reuse' | 'suspended';

/**
 * Sessions and their rotating refresh tokens. Each refresh spends the presented token and hands out
 * the next; presenting a spent token again means it was stolen, so the whole family is revoked.
 */
@Injectable()
export class SessionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly accessTokens: AccessTokenService,
    private readonly realtime: RealtimeSessions,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async start(personId: string, userAgent: string): Promise<IssuedSession> {
    const session = await this.dataSource
      .getRepository(AuthSessionEntity)
      .save({ personId, userAgent: userAgent.slice(0, 300), revokedAt: null, revokedReason: null });
    return this.issue(personId, session.id);
  }

  async refresh(refreshToken: string | undefined): Promise<IssuedSession> {
    if (!refreshToken) throw unauthenticated('No session to refresh; sign in', 'REFRESH_TOKEN_INVALID');
    const outcome = await this.dataSource.transaction(async (manager) => {
      const token = await manager
        .getRepository(RefreshTokenEntity)
        .createQueryBuilder('t')
        .innerJoinAndSelect('t.session', 's')
        .where('t.token_hash = :hash', { hash: hashToken(refreshToken) })
        .setLock('pessimistic_write', undefined, ['t'])
        .getOne();
      if (!token || !token.session || token.session.revokedAt) return { kind: 'invalid' as const };
      if (token.expiresAt.getTime() <= Date.now()) return { kind: 'invalid' as const };
      if (token.rotatedAt) {
        if (Date.now() - token.rotatedAt.getTime() > REFRESH_REUSE_GRACE_MS) return { kind: 'reused' as const, sessionId: token.sessionId };
        return { kind: 'ok' as const, personId: token.session.personId, sessionId: token.sessionId };
      }
      await manager.update(RefreshTokenEntity, { id: token.id }, { rotatedAt: new Date() });
      return { kind: 'ok' as const, personId: token.session.personId, sessionId: token.sessionId };
    });
    if (outcome.kind === 'reused') {
      await this.revoke(outcome.sessionId, 'refresh-token-reuse');
      throw unauthenticated('This session was ended for your safety; sign in again', 'REFRESH_TOKEN_INVALID');
    }
    if (outcome.kind === 'invalid') throw unauthenticated('Your session has ended; sign in again', 'REFRESH_TOKEN_INVALID');
    return this.issue(outcome.personId, outcome.sessionId);
  }

  /** Ends one session: its access tokens stop working and its live connections close now. */
  async revoke(sessionId: string, reason: RevokeReason): Promise<void> {
    await this.dataSource
      .getRepository(AuthSessionEntity)
      .update({ id: sessionId, revokedAt: IsNull() }, { revokedAt: new Date(), revokedReason: reason });
    this.realtime.closeSession(sessionId, reason);
  }

  async revokeAllOf(personId: string, reason: RevokeReason): Promise<void> {
    const open = await this.dataSource.getRepository(AuthSessionEntity).findBy({ personId, revokedAt: IsNull() });
    for (const session of open) await this.revoke(session.id, reason);
  }

  async sessionOfRefreshToken(refreshToken: string): Promise<string | null> {
    const token = await this.dataSource.getRepository(RefreshTokenEntity).findOneBy({ tokenHash: hashToken(refreshToken) });
    return token?.sessionId ?? null;
  }

  private async issue(personId: string, sessionId: string): Promise<IssuedSession> {
    const { token, hash } = newOpaqueToken();
    const refreshExpiresAt = new Date(Date.now() + this.config.refreshTokenTtlDays * 86_400_000);
    await this.dataSource
      .getRepository(RefreshTokenEntity)
      .insert({ sessionId, tokenHash: hash, expiresAt: refreshExpiresAt, rotatedAt: null });
    const access = await this.accessTokens.issue(personId, sessionId);
    return { personId, sessionId, ...access, refreshToken: token, refreshExpiresAt };
  }
}
