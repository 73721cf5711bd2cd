import { Controller, Patch, Post } from '@nestjs/common';
import { AddCommitmentRequest, Id, Match, UpdateCommitmentRequest } from '@peerhub/contracts';
import { z } from 'zod';
import { Policy } from '../common/access.decorators';
import { Endpoint, Input } from '../common/endpoint.decorator';
import { CurrentActor, type AuthenticatedActor } from '../common/request-actor';
import { ActionPlansService } from './action-plans.service';

const Params = z.object({ id: Id });
const CommitmentParams = z.object({ id: Id, commitmentId: Id });

/** Action plans of a match (match.plan, in the service). */
@Controller('matches/:id/commitments')
export class ActionPlansController {
  constructor(private readonly plans: ActionPlansService) {}

  @Post()
  @Policy('directory.browse')
  @Endpoint({ summary: 'Add a commitment to my action plan (what, owner, due date); check-ins follow at 1, 3 and 6 months', tags: ['learning'], params: Params, body: AddCommitmentRequest, response: Match, status: 201, errors: [400, 401, 403, 404, 409] })
  add(@CurrentActor() actor: AuthenticatedActor, @Input('params') params: z.infer<typeof Params>, @Input('body') body: AddCommitmentRequest): Promise<Match> {
    return this.plans.add(actor, params.id, body);
  }

  @Patch(':commitmentId')
  @Policy('directory.browse')
  @Endpoint({ summary: 'Update a commitment: status, what was shared forward at home, owner, due date', tags: ['learning'], params: CommitmentParams, body: UpdateCommitmentRequest, response: Match, errors: [400, 401, 403, 404, 409] })
  update(@CurrentActor() actor: AuthenticatedActor, @Input('params') params: z.infer<typeof CommitmentParams>, @Input('body') body: UpdateCommitmentRequest): Promise<Match> {
    return this.plans.update(actor, params.id, params.commitmentId, body);
  }
}
