import { Controller, Get, Header } from '@nestjs/common';
import { AuditPage, AuditQuery, Id } from '@peerhub/contracts';
import { z } from 'zod';
import { allianceFromParam, Policy } from '../common/access.decorators';
import { Endpoint, Input } from '../common/endpoint.decorator';
import { AuditService } from './audit.service';

const AllianceParams = z.object({ allianceId: Id });

@Controller('alliances/:allianceId/audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @Policy('alliance.read-audit', allianceFromParam)
  @Endpoint({ summary: 'The membership audit log, filtered by person, action and dates', tags: ['membership'], params: AllianceParams, query: AuditQuery, response: AuditPage, errors: [400, 401, 403] })
  page(@Input('params') params: z.infer<typeof AllianceParams>, @Input('query') query: AuditQuery): Promise<AuditPage> {
    return this.audit.page(params.allianceId, query);
  }

  @Get('export.csv')
  @Policy('alliance.read-audit', allianceFromParam)
  @Header('content-type', 'text/csv; charset=utf-8')
  @Header('content-disposition', 'attachment; filename="audit-log.csv"')
  @Endpoint({ summary: 'The filtered audit log as CSV', tags: ['membership'], params: AllianceParams, query: AuditQuery, errors: [400, 401, 403] })
  export(@Input('params') params: z.infer<typeof AllianceParams>, @Input('query') query: AuditQuery): Promise<string> {
    return this.audit.csv(params.allianceId, query);
  }
}
