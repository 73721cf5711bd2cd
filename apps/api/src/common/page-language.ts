import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';

/**
 * The request's accept-language header: the web app sends the language of the page on every call.
 * Mails to people without a saved language (invitees) are written in it.
 */
export const PageLanguage = createParamDecorator((_: unknown, context: ExecutionContext): string | null => {
  const header = context.switchToHttp().getRequest<FastifyRequest>().headers['accept-language'];
  return typeof header === 'string' && header.length > 0 ? header : null;
});
