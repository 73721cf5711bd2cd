import { Controller, Delete, Get, Patch, Post, Put, Req, Res } from '@nestjs/common';
import {
  CaseStudyAttachment,
  CaseStudyComment,
  CaseStudyCommentList,
  CaseStudyCompareQuery,
  CaseStudyDetail,
  CaseStudyDiff,
  CaseStudyPage,
  CaseStudySearchQuery,
  CaseStudyStatus,
  CaseStudyVersion,
  CaseStudyVersionList,
  CreateCaseStudyComment,
  CreateCaseStudyRequest,
  Id,
  UpdateCaseStudyRequest,
} from '@peerhub/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { Policy } from '../common/access.decorators';
import { Endpoint, Input } from '../common/endpoint.decorator';
import { CurrentActor, type AuthenticatedActor } from '../common/request-actor';
import { readUpload, sendDownload } from '../common/uploads';
import { CaseStudiesService } from './case-studies.service';
import { CaseStudyCommentsService } from './case-study-comments.service';
import { CASE_STUDY_UPLOADS, CaseStudyFilesService } from './case-study-files.service';
import { CaseStudyVersionsService } from './case-study-versions.service';

const Params = z.object({ id: Id });
const AttachmentParams = z.object({ id: Id, attachmentId: Id });
const CommentParams = z.object({ id: Id, commentId: Id });
const VersionParams = z.object({ id: Id, version: z.coerce.number().int().min(1) });
const StatusBody = z.strictObject({ status: CaseStudyStatus });

/** The case study library. Each study's visibility is its own policy, applied by the service (404). */
@Controller('case-studies')
export class CaseStudiesController {
  constructor(
    private readonly caseStudies: CaseStudiesService,
    private readonly files: CaseStudyFilesService,
    private readonly versions: CaseStudyVersionsService,
    private readonly comments: CaseStudyCommentsService,
  ) {}

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

  @Post(':id/attachments')
  @Policy('directory.browse')
  @Endpoint({ summary: 'Add a file to my case study (multipart/form-data, field "file"; PDF, slides, documents, images; 20 MB; typed from its content)', tags: ['case studies'], params: Params, response: CaseStudyAttachment, status: 201, errors: [400, 401, 403, 404, 409, 413, 415] })
  async upload(@CurrentActor() actor: AuthenticatedActor, @Input('params') params: z.infer<typeof Params>, @Req() request: FastifyRequest): Promise<CaseStudyAttachment> {
    return this.files.upload(actor, params.id, await readUpload(request, CASE_STUDY_UPLOADS));
  }

  @Get(':id/attachments/:attachmentId')
  @Policy('directory.browse')
  @Endpoint({ summary: 'Download a file of a case study I may read (always as an attachment)', tags: ['case studies'], params: AttachmentParams, errors: [401, 404] })
  async download(@CurrentActor() actor: AuthenticatedActor, @Input('params') params: z.infer<typeof AttachmentParams>, @Res() reply: FastifyReply): Promise<void> {
    await sendDownload(reply, await this.files.download(actor, params.id, params.attachmentId));
  }

  @Delete(':id/attachments/:attachmentId')
  @Policy('directory.browse')
  @Endpoint({ summary: 'Remove a file from my case study', tags: ['case studies'], params: AttachmentParams, status: 204, errors: [401, 403, 404] })
  removeFile(@CurrentActor() actor: AuthenticatedActor, @Input('params') params: z.infer<typeof AttachmentParams>): Promise<void> {
    return this.files.remove(actor, params.id, params.attachmentId);
  }

  @Get(':id/versions')
  @Policy('directory.browse')
  @Endpoint({ summary: 'The versions of my case study, newest first (one per save that changed something)', tags: ['case studies'], params: Params, response: CaseStudyVersionList, errors: [401, 403, 404] })
  listVersions(@CurrentActor() actor: AuthenticatedActor, @Input('params') params: z.infer<typeof Params>): Promise<CaseStudyVersionList> {
    return this.versions.list(actor, params.id);
  }

  @Get(':id/versions/compare')
  @Policy('directory.browse')
  @Endpoint({ summary: 'What changed between two versions of my case study, field by field, word by word', tags: ['case studies'], params: Params, query: CaseStudyCompareQuery, response: CaseStudyDiff, errors: [400, 401, 403, 404] })
  compare(@CurrentActor() actor: AuthenticatedActor, @Input('params') params: z.infer<typeof Params>, @Input('query') query: CaseStudyCompareQuery): Promise<CaseStudyDiff> {
    return this.versions.compare(actor, params.id, query.from, query.to);
  }

  @Get(':id/versions/:version')
  @Policy('directory.browse')
  @Endpoint({ summary: 'One version of my case study, whole', tags: ['case studies'], params: VersionParams, response: CaseStudyVersion, errors: [400, 401, 403, 404] })
  version(@CurrentActor() actor: AuthenticatedActor, @Input('params') params: z.infer<typeof VersionParams>): Promise<CaseStudyVersion> {
    return this.versions.get(actor, params.id, params.version);
  }

  @Get(':id/comments')
  @Policy('directory.browse')
  @Endpoint({ summary: 'The comments on a case study I may read, oldest first (new ones arrive live after case-study:watch)', tags: ['case studies'], params: Params, response: CaseStudyCommentList, errors: [401, 404] })
  listComments(@CurrentActor() actor: AuthenticatedActor, @Input('params') params: z.infer<typeof Params>): Promise<CaseStudyCommentList> {
    return this.comments.list(actor, params.id);
  }

  @Post(':id/comments')
  @Policy('directory.browse')
  @Endpoint({ summary: 'Comment on a published case study I may read; everyone watching it sees the comment live', tags: ['case studies'], params: Params, body: CreateCaseStudyComment, response: CaseStudyComment, status: 201, errors: [400, 401, 404, 409] })
  comment(@CurrentActor() actor: AuthenticatedActor, @Input('params') params: z.infer<typeof Params>, @Input('body') body: CreateCaseStudyComment): Promise<CaseStudyComment> {
    return this.comments.create(actor, params.id, body.body);
  }

  @Delete(':id/comments/:commentId')
  @Policy('directory.browse')
  @Endpoint({ summary: 'Delete my comment', tags: ['case studies'], params: CommentParams, status: 204, errors: [401, 404] })
  removeComment(@CurrentActor() actor: AuthenticatedActor, @Input('params') params: z.infer<typeof CommentParams>): Promise<void> {
    return this.comments.remove(actor, params.id, params.commentId);
  }
}
