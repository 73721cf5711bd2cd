import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { APP_CONFIG, type AppConfig } from '../config/config.schema';
import { unauthenticated } from '../common/app-error';

export interface AccessClaims {
  sub: string;
  sid: string;
  exp: number;
}

/** Short-lived access tokens (JWT, HS256) naming the person and their session. */
@Injectable()
export class AccessTokenService {
  constructor(
    private readonly jwt: JwtService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async issue(personId: string, sessionId: string): Promise<{ accessToken: string; expiresIn: number }> {
    const expiresIn = this.config.accessTokenTtlSeconds;
    const accessToken = await this.jwt.signAsync({ sid: sessionId }, { subject: personId, expiresIn, algorithm: 'HS256' });
    return { accessToken, expiresIn };
  }

  /** Verifies signature and expiry; whether the session is still alive is the caller's check. */
  async verify(token: string): Promise<AccessClaims> {
    try {
      const claims = await this.jwt.verifyAsync<AccessClaims>(token, { algorithms: ['HS256'] });
      if (typeof claims.sub !== 'string' || typeof claims.sid !== 'string') throw new Error('claims');
      return claims;
    } catch (error) {
      if ((error as { name?: string }).name === 'TokenExpiredError') {
        throw unauthenticated('Your session has expired; refresh it or sign in again', 'SESSION_EXPIRED');
      }
      throw unauthenticated('The access token is not valid; sign in again');
    }
  }
}
