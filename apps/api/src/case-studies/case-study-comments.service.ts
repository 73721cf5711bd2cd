import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CaseStudyComment, CaseStudyCommentList } from '@peerhub/contracts';
import { can, type Actor } from '@peerhub/domain';
import type { DataSource } from 'typeorm';
import { notFound } from '../common/app-error';
import { caseStudyRoom, RealtimeSessions } from '../realtime/realtime-sessions';
import { CaseStudyAccess } from './case-study-access';
import { CaseStudyCommentEntity } from './case-study-comment.entity';

const LATEST = 500;

const toComment = (c: CaseStudyCommentEntity): CaseStudyComment => ({
  id: c.id,
  caseStudyId: c.caseStudyId,
  authorId: c.authorId,
  authorName: c.author?.name ?? null,
  body: c.body,
  createdAt: c.createdAt.toISOString(),
});

/**
 * Comments on a case study, live: stored first, then sent to every connection watching the study
 * (`case-study:watch` joined them to its room after the same read check).
 */
@Injectable()
export class CaseStudyCommentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: CaseStudyAccess,
    private readonly realtime: RealtimeSessions,
  ) {}

  async list(actor: Actor, caseStudyId: string): Promise<CaseStudyCommentList> {
    await this.access.load(actor, caseStudyId, 'case-study.view');
    const rows = await this.dataSource.getRepository(CaseStudyCommentEntity).find({ where: { caseStudyId }, relations: { author: true }, order: { createdAt: 'DESC', id: 'DESC' }, take: LATEST });
    return { items: rows.reverse().map(toComment) };
  }

  async create(actor: Actor, caseStudyId: string, body: string): Promise<CaseStudyComment> {
    await this.access.load(actor, caseStudyId, 'case-study.comment');
    const repository = this.dataSource.getRepository(CaseStudyCommentEntity);
    const saved = await repository.save({ caseStudyId, authorId: actor.personId, body });
    const comment = toComment((await repository.findOne({ where: { id: saved.id }, relations: { author: true } }))!);
    this.realtime.emitTo(caseStudyRoom(caseStudyId), 'case-study:comment', comment);
    return comment;
  }

  async remove(actor: Actor, caseStudyId: string, commentId: string): Promise<void> {
    const { subject } = await this.access.load(actor, caseStudyId, 'case-study.view');
    const comment = await this.dataSource.getRepository(CaseStudyCommentEntity).findOneBy({ id: commentId, caseStudyId });
    if (!comment) throw notFound('Comment');
    if (!can(actor, 'case-study.remove-comment', { ...subject, commentAuthorId: comment.authorId })) throw notFound('Comment');
    await this.dataSource.getRepository(CaseStudyCommentEntity).delete({ id: commentId });
    this.realtime.emitTo(caseStudyRoom(caseStudyId), 'case-study:comment-removed', { caseStudyId, commentId });
  }
}
