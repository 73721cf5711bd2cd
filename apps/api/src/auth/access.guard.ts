import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { can } from '@peerhub/domain';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { POLICY_KEY, PUBLIC_KEY, type PolicySpec } from '../common/access.decorators';
import { AppError, forbidden, notFound, unauthenticated } from '../common/app-error';
import type { AuthenticatedActor } from '../common/request-actor';
import { ActorLoader } from './actor-loader';

/**
 * The one gate in front of every route, deny by default: a route is reachable only when it is
 * marked @Public() or declares a @Policy, and then only when `can()` allows it. Socket events too.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly actors: ActorLoader,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const policy = this.reflector.getAllAndOverride<PolicySpec | undefined>(POLICY_KEY, targets);
    if (!policy) throw new AppError('FORBIDDEN', 'This route declares no access policy', 403);

    if (context.getType() === 'ws') {
      // Sockets were authenticated at the handshake (see RealtimeGateway); the policy still decides.
      const actor = context.switchToWs().getClient<{ data?: { actor?: AuthenticatedActor } }>().data?.actor;
      if (!actor || !can(actor, policy.action, null as never)) throw forbidden();
      return true;
    }

    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const header = request.headers.authorization;
    const token = header?.startsWith('Bearer ') ? header.slice(7).trim() : undefined;
    if (!token) throw unauthenticated();
    request.actor = await this.actors.fromAccessToken(token);
    request.log = request.log.child({ personId: request.actor.personId });
    // Fastify writes "request completed" through the reply's logger: it carries the person too.
    context.switchToHttp().getResponse<FastifyReply>().log = request.log;

    const subject = policy.subject ? policy.subject(request) : null;
    if (!can(request.actor, policy.action, subject as never)) {
      throw policy.hideWhenRefused ? notFound('Resource') : forbidden();
    }
    return true;
  }
}
