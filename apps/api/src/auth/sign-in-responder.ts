import { Inject, Injectable } from '@nestjs/common';
import type { SessionResponse } from '@peerhub/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { APP_CONFIG, type AppConfig } from '../config/config.schema';
import { PeopleService } from '../people/people.service';
import { SessionsService, type IssuedSession } from './sessions.service';

export const REFRESH_COOKIE = 'peerhub_refresh';
const COOKIE_PATH = '/api/auth';

/** Hands a session to the browser: the access token in the body, the refresh token in an httpOnly cookie. */
@Injectable()
export class SignInResponder {
  constructor(
    private readonly sessions: SessionsService,
    private readonly people: PeopleService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async startSession(personId: string, request: FastifyRequest, reply: FastifyReply): Promise<SessionResponse> {
    const issued = await this.sessions.start(personId, request.headers['user-agent'] ?? '');
    return this.respond(issued, reply);
  }

  async respond(issued: IssuedSession, reply: FastifyReply): Promise<SessionResponse> {
    void reply.setCookie(REFRESH_COOKIE, issued.refreshToken, {
      httpOnly: true,
      sameSite: 'strict',
      secure: this.config.cookieSecure,
      path: COOKIE_PATH,
      expires: issued.refreshExpiresAt,
    });
    const person = await this.people.me({ personId: issued.personId, platformRole: 'user', memberships: [] });
    return { accessToken: issued.accessToken, tokenType: 'Bearer', expiresIn: issued.expiresIn, person };
  }

  clear(reply: FastifyReply): void {
    void reply.clearCookie(REFRESH_COOKIE, { path: COOKIE_PATH });
  }
}
