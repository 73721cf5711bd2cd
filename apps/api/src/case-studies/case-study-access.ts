import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { can, whyNot, type Actor, type CaseStudySubject } from '@peerhub/domain';
import type { DataSource } from 'typeorm';
import { AppError, forbidden, notFound } from '../common/app-error';
import { CaseStudyEntity } from './case-study.entity';

type StudyAction = 'case-study.view' | 'case-study.edit' | 'case-study.history' | 'case-study.comment';

/**
 * Applies a case study's own policy for every part of the feature (the study, its files, versions
 * and comments): a study the person may not read does not exist for them (404); one they may read
 * but not change answers 403 (or 409 with the reason, for comments on a draft).
 */
@Injectable()
export class CaseStudyAccess {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async load(actor: Actor, id: string, action: StudyAction = 'case-study.view'): Promise<{ study: CaseStudyEntity; subject: CaseStudySubject }> {
    const study = await this.dataSource.getRepository(CaseStudyEntity).findOne({ where: { id }, relations: { author: true, organisation: true } });
    if (!study) throw notFound('Case study');
    const subject = await this.subjectOf(actor, study);
    if (!can(actor, 'case-study.view', subject)) throw notFound('Case study');
    if (action === 'case-study.comment' && !can(actor, action, subject)) throw new AppError('CONFLICT', whyNot(actor, action, subject) ?? 'You cannot comment here', 409);
    if (action === 'case-study.edit' && !can(actor, action, subject)) throw forbidden('Only the author may change a case study');
    if (action === 'case-study.history' && !can(actor, action, subject)) throw forbidden('Only the author may see earlier versions');
    return { study, subject };
  }

  async subjectOf(actor: Actor, study: CaseStudyEntity): Promise<CaseStudySubject> {
    const inGroup = study.groupId
      ? (await this.dataSource.query<unknown[]>(`SELECT 1 FROM group_membership WHERE group_id = $1 AND person_id = $2 AND state = 'active'`, [study.groupId, actor.personId])).length > 0
      : false;
    return { status: study.status, visibility: study.visibility, allianceId: study.allianceId, inGroup, author: study.authorId === actor.personId };
  }
}
