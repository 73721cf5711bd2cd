import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { LoginRequest, PasswordResetConfirm } from '@peerhub/contracts';
import { DataSource, IsNull, MoreThan } from 'typeorm';
import { AppError } from '../common/app-error';
import { recipientLocale } from '../mail/mail-messages';
import { MailService } from '../mail/mail.service';
import { PersonEntity } from '../people/person.entity';
import { PeopleRepository } from '../people/people.repository';
import { PasswordHasher } from './password-hasher';
import { PasswordResetTokenEntity } from './password-reset-token.entity';
import { passwordResetMail } from './password-reset.mail';
import { SessionsService } from './sessions.service';
import { SignInThrottle } from './sign-in-throttle';
import { hashToken, newOpaqueToken } from './tokens';

const RESET_MINUTES = 60;

/** Sign-in and password reset. Neither ever says whether an account exists. */
@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly people: PeopleRepository,
    private readonly hasher: PasswordHasher,
    private readonly throttle: SignInThrottle,
    private readonly mail: MailService,
    private readonly sessions: SessionsService,
  ) {}

  /** Checks the password; returns the person's id. */
  async verifyCredentials(credentials: LoginRequest, address: string): Promise<string> {
    await this.throttle.check('login', credentials.email, address);
    const person = await this.people.findByEmail(credentials.email);
    const ok = await this.hasher.verify(person?.passwordHash ?? null, credentials.password);
    if (!person || !ok) {
      await this.throttle.recordFailure('login', credentials.email, address);
      throw new AppError('INVALID_CREDENTIALS', 'The e-mail or the password is not right', 401);
    }
    await this.throttle.recordSuccess('login', credentials.email);
    return person.id;
  }

  /**
   * Always succeeds from the outside; mails a link only when the account exists, in the person's
   * language, else in the language of the page they asked from.
   */
  async requestPasswordReset(email: string, address: string, pageLanguage: string | null = null): Promise<void> {
    await this.throttle.check('reset', email, address);
    // Every request counts towards the backoff, so the mailbox of an account cannot be flooded.
    await this.throttle.recordFailure('reset', email, address);
    const person = await this.people.findByEmail(email);
    if (!person) return;
    const { token, hash } = newOpaqueToken();
    await this.dataSource.getRepository(PasswordResetTokenEntity).insert({
      personId: person.id,
      tokenHash: hash,
      expiresAt: new Date(Date.now() + RESET_MINUTES * 60_000),
      usedAt: null,
    });
    await this.mail.send(
      passwordResetMail({
        to: person.email,
        name: person.name,
        link: this.mail.link(`/reset-password?token=${token}`),
        minutes: RESET_MINUTES,
        locale: recipientLocale(person.locale, pageLanguage),
      }),
    );
  }

  /** Sets the new password, spends the token and ends every session of the person (their sockets too). */
  async resetPassword(request: PasswordResetConfirm): Promise<void> {
    const passwordHash = await this.hasher.hash(request.password);
    const personId = await this.dataSource.transaction(async (manager) => {
      const token = await manager.getRepository(PasswordResetTokenEntity).findOne({
        where: { tokenHash: hashToken(request.token), usedAt: IsNull(), expiresAt: MoreThan(new Date()) },
        lock: { mode: 'pessimistic_write' },
      });
      if (!token) throw new AppError('RESET_TOKEN_INVALID', 'This reset link is not valid or has expired; ask for a new one', 400);
      await manager.update(PasswordResetTokenEntity, { id: token.id }, { usedAt: new Date() });
      await manager.update(PersonEntity, { id: token.personId }, { passwordHash });
      return token.personId;
    });
    await this.sessions.revokeAllOf(personId, 'password-reset');
  }
}
