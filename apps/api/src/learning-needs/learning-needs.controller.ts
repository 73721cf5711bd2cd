import { Controller, Get, Patch, Post, Put } from '@nestjs/common';
import {
  CreateLearningNeedRequest,
  Id,
  LearningNeed,
  LearningNeedPage,
  LearningNeedsQuery,
  MatchSuggestions,
  SetLearningNeedStatus,
  UpdateLearningNeedRequest,
} from '@peerhub/contracts';
import { z } from 'zod';
import { Policy } from '../common/access.decorators';
import { Endpoint, Input } from '../common/endpoint.decorator';
import { CurrentActor, type AuthenticatedActor } from '../common/request-actor';
import { LearningNeedsService } from './learning-needs.service';
import { MatchSuggestionsService } from './match-suggestions.service';

const Params = z.object({ id: Id });

/** Learning needs. Who may see or change one is its own policy (learning-need.*), applied by the service. */
@Controller('learning-needs')
export class LearningNeedsController {
  constructor(
    private readonly needs: LearningNeedsService,
    private readonly suggestions: MatchSuggestionsService,
  ) {}

  @Get()
  @Policy('directory.browse')
  @Endpoint({ summary: 'Learning needs I may see: all of my alliances as coordinator, else mine and those I am proposed for', tags: ['learning'], query: LearningNeedsQuery, response: LearningNeedPage, errors: [400, 401] })
  list(@CurrentActor() actor: AuthenticatedActor, @Input('query') query: LearningNeedsQuery): Promise<LearningNeedPage> {
    return this.needs.list(actor, query);
  }

  @Post()
  @Policy('directory.browse')
  @Endpoint({ summary: 'Post a learning need (a draft until posted)', tags: ['learning'], body: CreateLearningNeedRequest, response: LearningNeed, status: 201, errors: [400, 401, 403] })
  create(@CurrentActor() actor: AuthenticatedActor, @Input('body') body: CreateLearningNeedRequest): Promise<LearningNeed> {
    return this.needs.create(actor, body);
  }

  @Get(':id')
  @Policy('directory.browse')
  @Endpoint({ summary: 'A learning need (404 when not mine to see)', tags: ['learning'], params: Params, response: LearningNeed, errors: [401, 404] })
  detail(@CurrentActor() actor: AuthenticatedActor, @Input('params') params: z.infer<typeof Params>): Promise<LearningNeed> {
    return this.needs.detail(actor, params.id);
  }

  @Patch(':id')
  @Policy('directory.browse')
  @Endpoint({ summary: 'Edit a learning need (its author or a coordinator)', tags: ['learning'], params: Params, body: UpdateLearningNeedRequest, response: LearningNeed, errors: [400, 401, 403, 404] })
  update(@CurrentActor() actor: AuthenticatedActor, @Input('params') params: z.infer<typeof Params>, @Input('body') body: UpdateLearningNeedRequest): Promise<LearningNeed> {
    return this.needs.update(actor, params.id, body);
  }

  @Put(':id/status')
  @Policy('directory.browse')
  @Endpoint({ summary: 'Post (open), take back to draft, or close a learning need', tags: ['learning'], params: Params, body: SetLearningNeedStatus, response: LearningNeed, errors: [400, 401, 403, 404, 409] })
  setStatus(@CurrentActor() actor: AuthenticatedActor, @Input('params') params: z.infer<typeof Params>, @Input('body') body: SetLearningNeedStatus): Promise<LearningNeed> {
    return this.needs.setStatus(actor, params.id, body);
  }

  @Get(':id/suggestions')
  @Policy('directory.browse')
  @Endpoint({ summary: 'Ranked peers and case studies for a need, each with why (coordinators)', tags: ['learning'], params: Params, response: MatchSuggestions, errors: [401, 403, 404] })
  suggest(@CurrentActor() actor: AuthenticatedActor, @Input('params') params: z.infer<typeof Params>): Promise<MatchSuggestions> {
    return this.suggestions.forNeed(actor, params.id);
  }
}
