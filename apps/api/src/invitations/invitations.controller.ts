import { Controller, Delete, Get, Post, Req, Res } from '@nestjs/common';
import {
  AcceptInvitationRequest,
  CreateInvitationRequest,
  Id,
  ImportPreview,
  ImportPreviewRequest,
  Invitation,
  InvitationList,
  InvitationPreview,
  InvitationTokenQuery,
  InviteBatchRequest,
  InviteBatchResult,
  SessionResponse,
} from '@peerhub/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { allianceFromParam, Policy, Public } from '../common/access.decorators';
import { Endpoint, Input } from '../common/endpoint.decorator';
import { PageLanguage } from '../common/page-language';
import { CurrentActor, type AuthenticatedActor } from '../common/request-actor';
import { SignInResponder } from '../auth/sign-in-responder';
import { InvitationsService } from './invitations.service';
import { InviteeImportService } from './invitee-import.service';

const AllianceParams = z.object({ allianceId: Id });
const InvitationParams = z.object({ allianceId: Id, id: Id });

@Controller()
export class InvitationsController {
  constructor(
    private readonly invitations: InvitationsService,
    private readonly signIn: SignInResponder,
    private readonly importer: InviteeImportService,
  ) {}

  @Post('alliances/:allianceId/invitations/import/preview')
  @Policy('alliance.invite', allianceFromParam)
  @Endpoint({ summary: 'Check a CSV of invitees row by row (nothing is sent)', tags: ['invitations'], params: AllianceParams, body: ImportPreviewRequest, response: ImportPreview, errors: [400, 401, 403] })
  previewImport(@Input('params') params: z.infer<typeof AllianceParams>, @Input('body') body: ImportPreviewRequest): Promise<ImportPreview> {
    return this.importer.preview(params.allianceId, body.csv);
  }

  @Post('alliances/:allianceId/invitations/batch')
  @Policy('alliance.invite', allianceFromParam)
  @Endpoint({ summary: 'Invite up to 50 people; each row is answered on its own', tags: ['invitations'], params: AllianceParams, body: InviteBatchRequest, response: InviteBatchResult, errors: [400, 401, 403] })
  batch(
    @CurrentActor() actor: AuthenticatedActor,
    @Input('params') params: z.infer<typeof AllianceParams>,
    @Input('body') body: InviteBatchRequest,
    @PageLanguage() pageLanguage: string | null,
  ): Promise<InviteBatchResult> {
    return this.importer.inviteBatch(actor, params.allianceId, body, pageLanguage);
  }

  @Post('alliances/:allianceId/invitations')
  @Policy('alliance.invite', allianceFromParam)
  @Endpoint({ summary: 'Invite someone to the alliance (sends the e-mail)', tags: ['invitations'], params: AllianceParams, body: CreateInvitationRequest, response: Invitation, status: 201, errors: [400, 401, 403, 404, 409] })
  invite(
    @CurrentActor() actor: AuthenticatedActor,
    @Input('params') params: z.infer<typeof AllianceParams>,
    @Input('body') body: CreateInvitationRequest,
    @PageLanguage() pageLanguage: string | null,
  ): Promise<Invitation> {
    return this.invitations.invite(actor, params.allianceId, body, pageLanguage);
  }

  @Get('alliances/:allianceId/invitations')
  @Policy('alliance.manage-invitations', allianceFromParam)
  @Endpoint({ summary: "The alliance's invitations", tags: ['invitations'], params: AllianceParams, response: InvitationList, errors: [401, 403] })
  async list(@Input('params') params: z.infer<typeof AllianceParams>): Promise<InvitationList> {
    return { items: await this.invitations.list(params.allianceId) };
  }

  @Delete('alliances/:allianceId/invitations/:id')
  @Policy('alliance.manage-invitations', allianceFromParam)
  @Endpoint({ summary: 'Revoke a pending invitation', tags: ['invitations'], params: InvitationParams, status: 204, errors: [401, 403, 404] })
  async revoke(@Input('params') params: z.infer<typeof InvitationParams>): Promise<void> {
    await this.invitations.revoke(params.allianceId, params.id);
  }

  @Get('invitations/preview')
  @Public()
  @Endpoint({ summary: 'What an invitation link is for, before accepting it', tags: ['invitations'], query: InvitationTokenQuery, response: InvitationPreview, errors: [400, 404, 409, 410] })
  preview(@Input('query') query: z.infer<typeof InvitationTokenQuery>): Promise<InvitationPreview> {
    return this.invitations.preview(query.token);
  }

  @Post('invitations/accept')
  @Public()
  @Endpoint({ summary: 'Accept an invitation: creates the account and signs in', tags: ['invitations'], body: AcceptInvitationRequest, response: SessionResponse, status: 201, errors: [400, 401, 404, 409, 410] })
  async accept(
    @Input('body') body: AcceptInvitationRequest,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SessionResponse> {
    const personId = await this.invitations.accept(body);
    return this.signIn.startSession(personId, request, reply);
  }
}
