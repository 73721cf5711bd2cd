import { Controller, Get, Header, Res } from '@nestjs/common';
import { Id, LearningResults, LearningResultTable } from '@peerhub/contracts';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { allianceFromParam, Policy } from '../common/access.decorators';
import { Endpoint, Input } from '../common/endpoint.decorator';
import { LearningResultsService } from './learning-results.service';

const AllianceParams = z.object({ allianceId: Id });
const TableParams = z.object({ allianceId: Id, table: LearningResultTable });

/** The results dashboard of an alliance's learning cycle (its coordinators). */
@Controller('alliances/:allianceId/learning-results')
export class LearningResultsController {
  constructor(private readonly results: LearningResultsService) {}

  @Get()
  @Policy('learning-results.view', allianceFromParam)
  @Endpoint({ summary: 'Needs, matches, exchanges, participants, self-assessed gains, action-plan completion, quiet peers', tags: ['learning'], params: AllianceParams, response: LearningResults, errors: [401, 403] })
  get(@Input('params') params: z.infer<typeof AllianceParams>): Promise<LearningResults> {
    return this.results.results(params.allianceId);
  }

  @Get(':table.csv')
  @Policy('learning-results.view', allianceFromParam)
  @Header('content-type', 'text/csv; charset=utf-8')
  @Endpoint({ summary: 'One table of the results as CSV', tags: ['learning'], params: TableParams, errors: [400, 401, 403] })
  async csv(@Input('params') params: z.infer<typeof TableParams>, @Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    void reply.header('content-disposition', `attachment; filename="learning-${params.table}.csv"`);
    return this.results.csv(params.allianceId, params.table);
  }
}
