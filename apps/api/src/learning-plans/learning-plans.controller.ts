import { Controller, Patch, Post, Put } from '@nestjs/common';
import { AddActivityRequest, AddObjectiveRequest, AssessmentPhase, Id, Match, SelfAssessmentRequest, UpdateActivityRequest } from '@peerhub/contracts';
import { z } from 'zod';
import { Policy } from '../common/access.decorators';
import { Endpoint, Input } from '../common/endpoint.decorator';
import { CurrentActor, type AuthenticatedActor } from '../common/request-actor';
import { LearningPlansService } from './learning-plans.service';

const Params = z.object({ id: Id });
const ObjectiveParams = z.object({ id: Id, objectiveId: Id, phase: AssessmentPhase });
const ActivityParams = z.object({ id: Id, activityId: Id });

/** The learning plan of a match (match.plan, in the service): objectives, self-assessments, activities. */
@Controller('matches/:id')
export class LearningPlansController {
  constructor(private readonly plans: LearningPlansService) {}

  @Post('objectives')
  @Policy('directory.browse')
  @Endpoint({ summary: 'Add a learning objective (optionally tied to a session of the exchange)', tags: ['learning'], params: Params, body: AddObjectiveRequest, response: Match, status: 201, errors: [400, 401, 403, 404, 409] })
  addObjective(@CurrentActor() actor: AuthenticatedActor, @Input('params') params: z.infer<typeof Params>, @Input('body') body: AddObjectiveRequest): Promise<Match> {
    return this.plans.addObjective(actor, params.id, body);
  }

  @Put('objectives/:objectiveId/assessments/:phase')
  @Policy('directory.browse')
  @Endpoint({ summary: 'My self-assessment on an objective, before or after (1–5 and a note)', tags: ['learning'], params: ObjectiveParams, body: SelfAssessmentRequest, response: Match, errors: [400, 401, 403, 404, 409] })
  assess(@CurrentActor() actor: AuthenticatedActor, @Input('params') params: z.infer<typeof ObjectiveParams>, @Input('body') body: SelfAssessmentRequest): Promise<Match> {
    return this.plans.assess(actor, params.id, params.objectiveId, params.phase, body);
  }

  @Post('activities')
  @Policy('directory.browse')
  @Endpoint({ summary: 'Add a step to the timeline, with the party responsible', tags: ['learning'], params: Params, body: AddActivityRequest, response: Match, status: 201, errors: [400, 401, 403, 404, 409] })
  addActivity(@CurrentActor() actor: AuthenticatedActor, @Input('params') params: z.infer<typeof Params>, @Input('body') body: AddActivityRequest): Promise<Match> {
    return this.plans.addActivity(actor, params.id, body);
  }

  @Patch('activities/:activityId')
  @Policy('directory.browse')
  @Endpoint({ summary: 'Mark a step done or not done', tags: ['learning'], params: ActivityParams, body: UpdateActivityRequest, response: Match, errors: [400, 401, 403, 404, 409] })
  updateActivity(@CurrentActor() actor: AuthenticatedActor, @Input('params') params: z.infer<typeof ActivityParams>, @Input('body') body: UpdateActivityRequest): Promise<Match> {
    return this.plans.updateActivity(actor, params.id, params.activityId, body);
  }
}
