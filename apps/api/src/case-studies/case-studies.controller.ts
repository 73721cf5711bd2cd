import { Controller, Get, Patch, Post, Put } from '@nestjs/common';
import { CaseStudyDetail, CaseStudyPage, CaseStudySearchQuery, CaseStudyStatus, CreateCaseStudyRequest, Id, UpdateCaseStudyRequest } from '@peerhub/contracts';
import { z } from 'zod';
import { Policy } from '../common/access.decorators';
import { Endpoint, Input } from '../common/endpoint.decorator';
import { CurrentActor, type AuthenticatedActor } from '../common/request-actor';
import { CaseStudiesService } from './case-studies.service';

const Params = z.object({ id: Id });
const StatusBody = z.strictObject({ status: CaseStudyStatus });

/** The case study library. Each study's visibility is its own policy, applied by the service (404). */
@Controller('case-studies')
export class CaseStudiesController {
  constructor(private readonly caseStudies: CaseStudiesService) {}

  @Get()
  @Policy('directory.browse')
  @Endpoint({ summary: 'Search the library (English and Russian stemming), filter, sort, page; matches highlighted', tags: ['case studies'], query: CaseStudySearchQuery, response: CaseStudyPage, errors: [400, 401] })
  search(@CurrentActor() actor: AuthenticatedActor, @Input('query') query: CaseStudySearchQuery): Promise<CaseStudyPage> {
    return this.caseStudies.search(actor, query);
  }

  @Post()
  @Policy('directory.browse')
  @Endpoint({ summary: 'Write a case study (a draft)', tags: ['case studies'], body: CreateCaseStudyRequest, response: CaseStudyDetail, status: 201, errors: [400, 401] })
  create(@CurrentActor() actor: AuthenticatedActor, @Input('body') body: CreateCaseStudyRequest): Promise<CaseStudyDetail> {
    return this.caseStudies.create(actor, body);
  }

  @Get(':id')
  @Policy('directory.browse')
  @Endpoint({ summary: 'A case study (404 when it is not shared with me)', tags: ['case studies'], params: Params, response: CaseStudyDetail, errors: [401, 404] })
  detail(@CurrentActor() actor: AuthenticatedActor, @Input('params') params: z.infer<typeof Params>): Promise<CaseStudyDetail> {
    return this.caseStudies.detail(actor, params.id);
  }

  @Patch(':id')
  @Policy('directory.browse')
  @Endpoint({ summary: 'Edit my case study (each save is a new version)', tags: ['case studies'], params: Params, body: UpdateCaseStudyRequest, response: CaseStudyDetail, errors: [400, 401, 403, 404] })
  update(@CurrentActor() actor: AuthenticatedActor, @Input('params') params: z.infer<typeof Params>, @Input('body') body: UpdateCaseStudyRequest): Promise<CaseStudyDetail> {
    return this.caseStudies.update(actor, params.id, body);
  }

  @Put(':id/status')
  @Policy('directory.browse')
  @Endpoint({ summary: 'Publish my case study, or take it back to draft', tags: ['case studies'], params: Params, body: StatusBody, response: CaseStudyDetail, errors: [400, 401, 403, 404] })
  setStatus(@CurrentActor() actor: AuthenticatedActor, @Input('params') params: z.infer<typeof Params>, @Input('body') body: z.infer<typeof StatusBody>): Promise<CaseStudyDetail> {
    return this.caseStudies.setStatus(actor, params.id, body.status);
  }
}
