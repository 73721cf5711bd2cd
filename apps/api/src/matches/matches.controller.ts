import { Controller, Get, Post } from '@nestjs/common';
import { AnswerProposalRequest, Id, Match, MatchList, MatchProposal, MatchProposalList, ProposeMatchRequest } from '@peerhub/contracts';
import { z } from 'zod';
import { Policy } from '../common/access.decorators';
import { Endpoint, Input } from '../common/endpoint.decorator';
import { CurrentActor, type AuthenticatedActor } from '../common/request-actor';
import { MatchProposalsService } from './match-proposals.service';
import { MatchWorkspaceService } from './match-workspace.service';

const Params = z.object({ id: Id });

/** Match proposals. Proposing is learning-need.match; seeing and answering are match-proposal.* (service). */
@Controller()
export class MatchesController {
  constructor(
    private readonly proposals: MatchProposalsService,
    private readonly workspace: MatchWorkspaceService,
  ) {}

  @Post('learning-needs/:id/proposals')
  @Policy('directory.browse')
  @Endpoint({ summary: 'Propose peers for a learning need (coordinators)', tags: ['learning'], params: Params, body: ProposeMatchRequest, response: MatchProposal, status: 201, errors: [400, 401, 403, 404] })
  propose(@CurrentActor() actor: AuthenticatedActor, @Input('params') params: z.infer<typeof Params>, @Input('body') body: ProposeMatchRequest): Promise<MatchProposal> {
    return this.proposals.propose(actor, params.id, body);
  }

  @Get('learning-needs/:id/proposals')
  @Policy('directory.browse')
  @Endpoint({ summary: "A learning need's match proposals", tags: ['learning'], params: Params, response: MatchProposalList, errors: [401, 404] })
  forNeed(@CurrentActor() actor: AuthenticatedActor, @Input('params') params: z.infer<typeof Params>): Promise<MatchProposalList> {
    return this.proposals.forNeed(actor, params.id);
  }

  @Get('match-proposals')
  @Policy('account.self')
  @Endpoint({ summary: 'Proposals I am a party to (as learner or peer)', tags: ['learning'], response: MatchProposalList, errors: [401] })
  mine(@CurrentActor() actor: AuthenticatedActor): Promise<MatchProposalList> {
    return this.proposals.mine(actor);
  }

  @Get('match-proposals/:id')
  @Policy('directory.browse')
  @Endpoint({ summary: 'A match proposal (its parties and the coordinators)', tags: ['learning'], params: Params, response: MatchProposal, errors: [401, 404] })
  detail(@CurrentActor() actor: AuthenticatedActor, @Input('params') params: z.infer<typeof Params>): Promise<MatchProposal> {
    return this.proposals.detail(actor, params.id);
  }

  @Post('match-proposals/:id/answer')
  @Policy('directory.browse')
  @Endpoint({ summary: 'Accept or decline (with a reason) a proposal I am a party to', tags: ['learning'], params: Params, body: AnswerProposalRequest, response: MatchProposal, errors: [400, 401, 404, 409] })
  answer(@CurrentActor() actor: AuthenticatedActor, @Input('params') params: z.infer<typeof Params>, @Input('body') body: AnswerProposalRequest): Promise<MatchProposal> {
    return this.proposals.answer(actor, params.id, body);
  }

  @Get('matches')
  @Policy('account.self')
  @Endpoint({ summary: 'Matches I take part in, authorise or (as coordinator) broker', tags: ['learning'], response: MatchList, errors: [401] })
  matches(@CurrentActor() actor: AuthenticatedActor): Promise<MatchList> {
    return this.workspace.mine(actor);
  }

  @Get('matches/:id')
  @Policy('directory.browse')
  @Endpoint({ summary: 'A match: its people (and who went quiet), learning plan, self-assessments and action plans', tags: ['learning'], params: Params, response: Match, errors: [401, 404] })
  match(@CurrentActor() actor: AuthenticatedActor, @Input('params') params: z.infer<typeof Params>): Promise<Match> {
    return this.workspace.detail(actor, params.id);
  }

  @Post('matches/:id/close')
  @Policy('directory.browse')
  @Endpoint({ summary: 'Close a match: the need is closed and the learning report goes to the authorisers', tags: ['learning'], params: Params, response: Match, errors: [401, 403, 404, 409] })
  close(@CurrentActor() actor: AuthenticatedActor, @Input('params') params: z.infer<typeof Params>): Promise<Match> {
    return this.workspace.close(actor, params.id);
  }
}
