import { SetMetadata } from '@nestjs/common';
import type { Action, ActionSubjects } from '@peerhub/domain';
import type { FastifyRequest } from 'fastify';

export const PUBLIC_KEY = 'peerhub:public';
export const POLICY_KEY = 'peerhub:policy';

/** Reachable without signing in. Every route is either this or declares a @Policy. */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

export interface PolicySpec<A extends Action = Action> {
  action: A;
  /** Builds the policy's subject from the request; when the subject needs the database, the service checks it and the guard only requires a signed-in person. */
  subject?: (request: FastifyRequest) => ActionSubjects[A];
  /** Answer 404 instead of 403 when refused: for things a person may not even know exist. */
  hideWhenRefused?: boolean;
}

/** Signed-in persons only, and the action must be allowed by `can()` from packages/domain. */
export function Policy<A extends Action>(action: A, subject?: PolicySpec<A>['subject'], options: { hideWhenRefused?: boolean } = {}) {
  return SetMetadata(POLICY_KEY, { action, subject, ...options } satisfies PolicySpec<A>);
}

/** Reads a route parameter for a policy subject. */
export const param = (name: string) => (request: FastifyRequest) => (request.params as Record<string, string | undefined>)[name] ?? '';

/** The policy subject of routes under /alliances/:allianceId. */
export const allianceFromParam = (request: FastifyRequest) => ({ allianceId: param('allianceId')(request) });
