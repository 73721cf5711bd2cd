import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { whyNot, can, type Actor, type LearningNeedSubject } from '@peerhub/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { AppError, notFound } from '../common/app-error';
import { LearningNeedEntity } from './learning-need.entity';

export interface LoadedNeed {
  need: LearningNeedEntity;
  subject: LearningNeedSubject;
}

type NeedAction = 'learning-need.view' | 'learning-need.edit' | 'learning-need.match';

/** Loads a learning need as the person stands with it; a need they may not see is "not found". */
@Injectable()
export class LearningNeedAccess {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async load(actor: Actor, needId: string, action: NeedAction = 'learning-need.view', manager: EntityManager = this.dataSource.manager): Promise<LoadedNeed> {
    const need = await manager.findOneBy(LearningNeedEntity, { id: needId });
    if (!need) throw notFound('Learning need');
    const subject = await this.subjectOf(actor, need, manager);
    if (!can(actor, 'learning-need.view', subject)) throw notFound('Learning need');
    if (action !== 'learning-need.view' && !can(actor, action, subject)) {
      throw new AppError('FORBIDDEN', whyNot(actor, action, subject) ?? 'You may not do this with this learning need', 403);
    }
    return { need, subject };
  }

  async subjectOf(actor: Actor, need: LearningNeedEntity, manager: EntityManager = this.dataSource.manager): Promise<LearningNeedSubject> {
    const [row] = await manager.query<Array<{ party: boolean }>>(
      `SELECT EXISTS (SELECT 1 FROM match_party mp JOIN match_proposal p ON p.id = mp.proposal_id WHERE p.need_id = $1 AND mp.person_id = $2) AS party`,
      [need.id, actor.personId],
    );
    return { allianceId: need.allianceId, status: need.status, author: need.authorId === actor.personId, party: row?.party ?? false };
  }
}
