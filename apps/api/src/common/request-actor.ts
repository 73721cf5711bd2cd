import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { UiLocale } from '@peerhub/contracts';
import type { Actor } from '@peerhub/domain';
import type { FastifyRequest } from 'fastify';

export interface AuthenticatedActor extends Actor {
  sessionId: string;
  /** Display name, for what others see live (typing). */
  name: string;
  /** The language the person chose; errors answer in it (else in the page's). */
  locale?: UiLocale | null;
}

declare module 'fastify' {
  interface FastifyRequest {
    actor?: AuthenticatedActor;
  }
}

/** The signed-in person making the request (set by the access guard). */
export const CurrentActor = createParamDecorator((_: unknown, context: ExecutionContext): AuthenticatedActor => {
  const actor = context.switchToHttp().getRequest<FastifyRequest>().actor;
  if (!actor) throw new Error('CurrentActor used on a public route');
  return actor;
});
