import { Controller, Post, Req, Res } from '@nestjs/common';
import { AcceptedResponse, LoginRequest, PasswordResetConfirm, PasswordResetRequest, SessionResponse } from '@peerhub/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Public } from '../common/access.decorators';
import { Endpoint, Input } from '../common/endpoint.decorator';
import { PageLanguage } from '../common/page-language';
import { AuthService } from './auth.service';
import { SessionsService } from './sessions.service';
import { REFRESH_COOKIE, SignInResponder } from './sign-in-responder';

@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly sessions: SessionsService,
    private readonly signIn: SignInResponder,
  ) {}

  @Post('login')
  @Public()
  @Endpoint({ summary: 'Sign in with e-mail and password', tags: ['auth'], body: LoginRequest, response: SessionResponse, errors: [400, 401, 429] })
  async login(@Input('body') body: LoginRequest, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<SessionResponse> {
    const personId = await this.auth.verifyCredentials(body, request.ip);
    return this.signIn.startSession(personId, request, reply);
  }

  @Post('refresh')
  @Public()
  @Endpoint({ summary: 'Exchange the refresh cookie for a new access token (the cookie rotates)', tags: ['auth'], response: SessionResponse, errors: [401] })
  async refresh(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<SessionResponse> {
    try {
      return await this.signIn.respond(await this.sessions.refresh(request.cookies[REFRESH_COOKIE]), reply);
    } catch (error) {
      this.signIn.clear(reply);
      throw error;
    }
  }

  @Post('logout')
  @Public()
  @Endpoint({ summary: 'Sign out: ends this session and closes its live connections', tags: ['auth'], status: 204 })
  async logout(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<void> {
    const token = request.cookies[REFRESH_COOKIE];
    const sessionId = token ? await this.sessions.sessionOfRefreshToken(token) : null;
    if (sessionId) await this.sessions.revoke(sessionId, 'signed-out');
    this.signIn.clear(reply);
  }

  @Post('password-reset/request')
  @Public()
  @Endpoint({ summary: 'Ask for a password reset link (the answer is the same whether or not the account exists)', tags: ['auth'], body: PasswordResetRequest, response: AcceptedResponse, status: 202, errors: [400, 429] })
  async requestReset(@Input('body') body: PasswordResetRequest, @Req() request: FastifyRequest, @PageLanguage() pageLanguage: string | null): Promise<AcceptedResponse> {
    await this.auth.requestPasswordReset(body.email, request.ip, pageLanguage);
    return { accepted: true, message: 'If an account uses this e-mail, a reset link is on its way.' };
  }

  @Post('password-reset/confirm')
  @Public()
  @Endpoint({ summary: 'Set a new password with the e-mailed token; ends every session', tags: ['auth'], body: PasswordResetConfirm, status: 204, errors: [400] })
  async confirmReset(@Input('body') body: PasswordResetConfirm): Promise<void> {
    await this.auth.resetPassword(body);
  }
}
