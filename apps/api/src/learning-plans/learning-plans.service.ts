import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AddActivityRequest, AddObjectiveRequest, AssessmentPhase, Match, SelfAssessmentRequest, UpdateActivityRequest } from '@peerhub/contracts';
import { AddObjectiveRequest as ObjectiveSchema, SelfAssessmentRequest as AssessmentSchema } from '@peerhub/contracts';
import type { Actor } from '@peerhub/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { AppError, notFound, validationFailed } from '../common/app-error';
import { LearningNeedEntity } from '../learning-needs/learning-need.entity';
import { MatchAccess, type LoadedMatch } from '../matches/match-access';
import { MatchWorkspaceService } from '../matches/match-workspace.service';
import { MatchActivityEntity } from './match-activity.entity';
import { MatchObjectiveEntity } from './match-objective.entity';
import { SelfAssessmentEntity } from './self-assessment.entity';

/** A match's learning plan: objectives (tied to sessions of its exchange), a timeline with who does what, self-assessments. */
@Injectable()
export class LearningPlansService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: MatchAccess,
    private readonly workspace: MatchWorkspaceService,
  ) {}

  async addObjective(actor: Actor, matchId: string, request: AddObjectiveRequest): Promise<Match> {
    const input = ObjectiveSchema.parse(request);
    const loaded = await this.access.load(actor, matchId, 'match.plan');
    if (input.agendaItemId) {
      const [item] = await this.dataSource.query<Array<{ id: string }>>('SELECT id FROM exchange_agenda_item WHERE id = $1 AND exchange_id = $2', [input.agendaItemId, loaded.match.exchangeId]);
      if (!item) throw validationFailed([{ path: 'agendaItemId', message: "Choose a session of this match's exchange" }]);
    }
    await this.dataSource.transaction(async (manager) => {
      await manager.insert(MatchObjectiveEntity, { matchId, text: input.text, agendaItemId: input.agendaItemId });
      await startLearning(manager, loaded);
    });
    return this.workspace.detail(actor, matchId);
  }

  /** My own level on an objective, before or after; answering again replaces my earlier answer. */
  async assess(actor: Actor, matchId: string, objectiveId: string, phase: AssessmentPhase, request: SelfAssessmentRequest): Promise<Match> {
    const input = AssessmentSchema.parse(request);
    const loaded = await this.access.load(actor, matchId, 'match.plan');
    if (!loaded.subject.party) throw new AppError('FORBIDDEN', 'Only the learner and the peers assess themselves', 403);
    const objective = await this.dataSource.getRepository(MatchObjectiveEntity).findOneBy({ id: objectiveId, matchId });
    if (!objective) throw notFound('Learning objective');
    await this.dataSource.getRepository(SelfAssessmentEntity).upsert({ objectiveId, personId: actor.personId, phase, score: input.score, note: input.note }, ['objectiveId', 'personId', 'phase']);
    return this.workspace.detail(actor, matchId);
  }

  async addActivity(actor: Actor, matchId: string, request: AddActivityRequest): Promise<Match> {
    const loaded = await this.access.load(actor, matchId, 'match.plan');
    if (!loaded.parties.some((p) => p.personId === request.responsibleId)) {
      throw validationFailed([{ path: 'responsibleId', message: 'The person responsible must be the learner or one of the peers' }]);
    }
    await this.dataSource.getRepository(MatchActivityEntity).insert({ matchId, title: request.title, dueDate: request.dueDate, responsibleId: request.responsibleId });
    return this.workspace.detail(actor, matchId);
  }

  async updateActivity(actor: Actor, matchId: string, activityId: string, request: UpdateActivityRequest): Promise<Match> {
    await this.access.load(actor, matchId, 'match.plan');
    const result = await this.dataSource.getRepository(MatchActivityEntity).update({ id: activityId, matchId }, { done: request.done });
    if (!result.affected) throw notFound('Activity');
    return this.workspace.detail(actor, matchId);
  }
}

/** The first piece of a plan moves the need from "matched" to "in progress". */
export async function startLearning(manager: EntityManager, loaded: LoadedMatch): Promise<void> {
  await manager.update(LearningNeedEntity, { id: loaded.need.id, status: 'matched' }, { status: 'in-progress' });
}
