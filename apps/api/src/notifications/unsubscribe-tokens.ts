import { Inject, Injectable } from '@nestjs/common';
import { NotificationKind } from '@peerhub/contracts';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { resolveJwtSecret } from '../auth/jwt-secret';
import { AppError } from '../common/app-error';
import { APP_CONFIG, type AppConfig } from '../config/config.schema';

const Payload = z.object({ p: z.uuid(), k: z.array(NotificationKind).min(1) });

/**
 * One-click unsubscribe links: the person and the kinds, signed with a key derived from the
 * server's secret. They never expire (a mail read a year later must still work) and only ever
 * turn mail off, so leaking one costs little.
 */
@Injectable()
export class UnsubscribeTokens {
  private readonly key: Buffer;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.key = createHmac('sha256', resolveJwtSecret(config)).update('peerhub:unsubscribe').digest();
  }

  sign(personId: string, kinds: NotificationKind[]): string {
    const payload = Buffer.from(JSON.stringify({ p: personId, k: [...new Set(kinds)] })).toString('base64url');
    return `${payload}.${this.mac(payload)}`;
  }

  verify(token: string): { personId: string; kinds: NotificationKind[] } {
    const [payload = '', mac = ''] = token.split('.');
    const expected = Buffer.from(this.mac(payload));
    const given = Buffer.from(mac);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw invalid();
    const parsed = Payload.safeParse(JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')));
    if (!parsed.success) throw invalid();
    return { personId: parsed.data.p, kinds: parsed.data.k };
  }

  private mac(payload: string): string {
    return createHmac('sha256', this.key).update(payload).digest('base64url');
  }
}

const invalid = () => new AppError('VALIDATION_FAILED', 'This unsubscribe link is not valid: open your notification settings instead', 400);
