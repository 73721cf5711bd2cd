import { DEFAULT_LOCALE, pickLocale, type UiLocale } from '@peerhub/contracts';
import type { FastifyRequest } from 'fastify';

/**
 * The language to answer a request in: the signed-in person's saved one, else the page's (the web
 * app sends it as accept-language on every call), else English. Like recipientLocale for mails.
 */
export function requestLocale(request: Pick<FastifyRequest, 'headers'> & { actor?: { locale?: UiLocale | null } }): UiLocale {
  const saved = request.actor?.locale;
  if (saved) return saved;
  const header = request.headers['accept-language'];
  if (typeof header === 'string' && header.length > 0) return pickLocale(header.split(',').map((part) => part.split(';')[0]?.trim() ?? ''));
  return DEFAULT_LOCALE;
}
