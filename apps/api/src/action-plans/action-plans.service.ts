import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AddCommitmentRequest, Match, UpdateCommitmentRequest } from '@peerhub/contracts';
import { can, type Actor } from '@peerhub/domain';
import { DataSource } from 'typeorm';
import { AppError, notFound } from '../common/app-error';
import { JobQueue } from '../jobs/job-queue';
import { startLearning } from '../learning-plans/learning-plans.service';
import { NotificationsService } from '../notifications/notifications.service';
import { MatchAccess } from '../matches/match-access';
import { MatchWorkspaceService } from '../matches/match-workspace.service';
import { CommitmentEntity } from './commitment.entity';

const CHECK_IN = 'action-plan-check-in';
/** The method's follow-up: check in on the action plan 1, 3 and 6 months after the exchange. */
export const CHECK_IN_MONTHS = [1, 3, 6] as const;

interface CheckInJob {
  matchId: string;
  personId: string;
  months: number;
}

/** Action plans: what each learner commits to change at home, who owns it, by when, and how it went. */
@Injectable()
export class ActionPlansService implements OnModuleInit {
  private readonly logger = new Logger('ActionPlans');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: MatchAccess,
    private readonly workspace: MatchWorkspaceService,
    private readonly jobs: JobQueue,
    private readonly notifications: NotificationsService,
  ) {}

  onModuleInit(): void {
    this.jobs.handle<CheckInJob>(CHECK_IN, (job) => this.checkIn(job));
  }

  async add(actor: Actor, matchId: string, request: AddCommitmentRequest): Promise<Match> {
    const loaded = await this.access.load(actor, matchId, 'match.plan');
    if (!loaded.subject.party) throw new AppError('FORBIDDEN', 'Action plans are written by the learner and the peers', 403);
    const first = !(await this.dataSource.getRepository(CommitmentEntity).existsBy({ matchId, authorId: actor.personId }));
    await this.dataSource.transaction(async (manager) => {
      await manager.insert(CommitmentEntity, { matchId, authorId: actor.personId, text: request.text, owner: request.owner, dueDate: request.dueDate });
      await startLearning(manager, loaded);
    });
    if (first) await this.scheduleCheckIns(matchId, actor.personId, loaded.match.exchangeId);
    return this.workspace.detail(actor, matchId);
  }

  /** The author updates their commitment (status, what was shared forward); coordinators may too. */
  async update(actor: Actor, matchId: string, commitmentId: string, changes: UpdateCommitmentRequest): Promise<Match> {
    const loaded = await this.access.load(actor, matchId, 'match.plan');
    const commitment = await this.dataSource.getRepository(CommitmentEntity).findOneBy({ id: commitmentId, matchId });
    if (!commitment) throw notFound('Commitment');
    const coordinator = can(actor, 'learning-need.match', { allianceId: loaded.need.allianceId, status: 'matched', author: false, party: false });
    if (commitment.authorId !== actor.personId && !coordinator) throw new AppError('FORBIDDEN', 'Only its author (or a coordinator) updates a commitment', 403);
    await this.dataSource.getRepository(CommitmentEntity).update({ id: commitmentId }, changes);
    return this.workspace.detail(actor, matchId);
  }

  /** Check-ins count from the end of the match's exchange, or from today when there is none (yet). */
  private async scheduleCheckIns(matchId: string, personId: string, exchangeId: string | null): Promise<void> {
    const [exchange] = exchangeId ? await this.dataSource.query<Array<{ ends_at: Date }>>('SELECT ends_at FROM exchange WHERE id = $1', [exchangeId]) : [];
    const from = exchange && exchange.ends_at.getTime() < Date.now() ? new Date(exchange.ends_at) : new Date();
    for (const months of CHECK_IN_MONTHS) {
      const at = new Date(from);
      at.setUTCMonth(at.getUTCMonth() + months);
      await this.jobs.send(CHECK_IN, { matchId, personId, months } satisfies CheckInJob, { startAfter: at, singletonKey: `${matchId}:${personId}:${months}` });
    }
  }

  /** A reminder to update the action plan, while the match is open and something is still to do. */
  private async checkIn(job: CheckInJob): Promise<void> {
    const [row] = await this.dataSource.query<Array<{ name: string; email: string; title: string; open: number }>>(
      `SELECT pe.name, pe.email, n.title,
              (SELECT count(*)::int FROM commitment c WHERE c.match_id = p.id AND c.author_id = pe.id AND c.status IN ('planned', 'in-progress')) AS open
         FROM match_proposal p JOIN learning_need n ON n.id = p.need_id JOIN person pe ON pe.id = $2
        WHERE p.id = $1 AND p.closed_at IS NULL`,
      [job.matchId, job.personId],
    );
    if (!row || row.open === 0) return;
    await this.notifications.notify({
      kind: 'check-in',
      recipientIds: [job.personId],
      actorId: null,
      title: row.title,
      link: `/learning/matches/${job.matchId}`,
      params: { months: String(job.months), open: String(row.open) },
      dedupeKey: `check-in:${job.matchId}:${job.months}`,
    });
    this.logger.log({ matchId: job.matchId, months: job.months }, 'action plan check-in sent');
  }
}
