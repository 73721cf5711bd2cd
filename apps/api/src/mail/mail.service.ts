import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { createTransport, type Transporter } from 'nodemailer';
import type { Repository } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/config.schema';
import { OutboxMessageEntity } from './outbox-message.entity';

export interface Mail {
  to: string;
  subject: string;
  text: string;
  /** What the mail is about (invitation, password-reset…), for the outbox and later for preferences. */
  kind: string;
  /** Extra headers, such as List-Unsubscribe and List-Unsubscribe-Post (RFC 8058) on notification mails. */
  headers?: Record<string, string>;
}

/**
 * The one way mail leaves the platform: SMTP when SMTP_URL is set, otherwise the dev outbox in the
 * database, which admins read in the web app, so invitations work on a laptop with no mail server.
 */
@Injectable()
export class MailService implements OnModuleDestroy {
  private readonly logger = new Logger('Mail');
  private readonly transport: Transporter | null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectRepository(OutboxMessageEntity) private readonly outbox: Repository<OutboxMessageEntity>,
  ) {
    this.transport = config.smtpUrl ? createTransport(config.smtpUrl) : null;
  }

  async send(mail: Mail): Promise<void> {
    if (this.transport) {
      await this.transport.sendMail({ from: this.config.mailFrom, to: mail.to, subject: mail.subject, text: mail.text, headers: mail.headers ?? {} });
      this.logger.log({ kind: mail.kind }, 'mail sent');
      return;
    }
    await this.outbox.insert({ recipient: mail.to, subject: mail.subject, text: mail.text, kind: mail.kind, headers: mail.headers ?? {} });
  }

  /** An absolute link into the web app, for mails. */
  link(path: string): string {
    return `${this.config.publicUrl}${path}`;
  }

  onModuleDestroy(): void {
    this.transport?.close();
  }
}
