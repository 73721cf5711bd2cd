import { Controller, Get, Post, Put } from '@nestjs/common';
import { AuthorisationDecision, AuthorisationRequestList, AuthorisedRegistration, Id, MatchProposal, MyAuthoriser, SetAuthoriserRequest } from '@peerhub/contracts';
import { z } from 'zod';
import { Policy } from '../common/access.decorators';
import { Endpoint, Input } from '../common/endpoint.decorator';
import { CurrentActor, type AuthenticatedActor } from '../common/request-actor';
import { RegistrationsService } from '../exchanges/registrations.service';
import { MatchProposalsService } from '../matches/match-proposals.service';
import { AuthorisersService } from './authorisers.service';

const DecisionParams = z.object({ id: Id, personId: Id });

/** Authorisers: who mine is, what waits for my approval, and my decision (authorisation.decide, in the service). */
@Controller()
export class AuthorisersController {
  constructor(
    private readonly authorisers: AuthorisersService,
    private readonly proposals: MatchProposalsService,
    private readonly registrations: RegistrationsService,
  ) {}

  @Get('me/authoriser')
  @Policy('account.self')
  @Endpoint({ summary: 'My authoriser (the manager who approves my participation)', tags: ['learning'], response: MyAuthoriser, errors: [401] })
  mine(@CurrentActor() actor: AuthenticatedActor): Promise<MyAuthoriser> {
    return this.authorisers.mine(actor);
  }

  @Put('me/authoriser')
  @Policy('account.self')
  @Endpoint({ summary: 'Name (or clear) my authoriser', tags: ['learning'], body: SetAuthoriserRequest, response: MyAuthoriser, errors: [400, 401] })
  set(@CurrentActor() actor: AuthenticatedActor, @Input('body') body: SetAuthoriserRequest): Promise<MyAuthoriser> {
    return this.authorisers.set(actor, body);
  }

  @Get('authorisations')
  @Policy('account.self')
  @Endpoint({ summary: 'Participations waiting for (or decided by) me as authoriser', tags: ['learning'], response: AuthorisationRequestList, errors: [401] })
  async requests(@CurrentActor() actor: AuthenticatedActor): Promise<AuthorisationRequestList> {
    const [matches, exchanges] = await Promise.all([this.proposals.authorisationsFor(actor), this.registrations.authorisationsFor(actor)]);
    return { items: [...matches, ...exchanges].sort((a, b) => b.requestedAt.localeCompare(a.requestedAt)) };
  }

  @Post('exchanges/:id/authorisations/:personId')
  @Policy('account.self')
  @Endpoint({ summary: "Approve or refuse (with a reason) one person's registration for an exchange", tags: ['learning'], params: DecisionParams, body: AuthorisationDecision, response: AuthorisedRegistration, errors: [400, 401, 404, 409] })
  async decideRegistration(@CurrentActor() actor: AuthenticatedActor, @Input('params') params: z.infer<typeof DecisionParams>, @Input('body') body: AuthorisationDecision): Promise<AuthorisedRegistration> {
    return { status: await this.registrations.authorise(actor, params.id, params.personId, body) };
  }

  @Post('match-proposals/:id/authorisations/:personId')
  @Policy('account.self')
  @Endpoint({ summary: "Approve or refuse (with a reason) one person's participation in a proposed match", tags: ['learning'], params: DecisionParams, body: AuthorisationDecision, response: MatchProposal, errors: [400, 401, 404, 409] })
  decide(@CurrentActor() actor: AuthenticatedActor, @Input('params') params: z.infer<typeof DecisionParams>, @Input('body') body: AuthorisationDecision): Promise<MatchProposal> {
    return this.proposals.decideAuthorisation(actor, params.id, params.personId, body);
  }
}
