import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CountryCode, Match, MatchList, PersonBrief, UiLocale } from '@peerhub/contracts';
import type { Actor } from '@peerhub/domain';
import { DataSource, In } from 'typeorm';
import { CommitmentEntity } from '../action-plans/commitment.entity';
import { LearningNeedEntity } from '../learning-needs/learning-need.entity';
import { MatchActivityEntity } from '../learning-plans/match-activity.entity';
import { MatchObjectiveEntity } from '../learning-plans/match-objective.entity';
import { SelfAssessmentEntity } from '../learning-plans/self-assessment.entity';
import { composeMail } from '../mail/compose-mail';
import { recipientLocale, textsIn } from '../mail/mail-messages';
import { MailService } from '../mail/mail.service';
import { MatchAccess, type LoadedMatch } from './match-access';
import { MatchProposalEntity } from './match-proposal.entity';
import { learningReportText } from './learning-report';

/** Nothing from a party of an active match for this long flags them to the coordinator. */
export const QUIET_AFTER_DAYS = 30;
const DAY_MS = 86_400_000;

/**
 * The match's workspace: who takes part (and who has gone quiet), its learning plan, the
 * self-assessments, the action plans. Closing it closes the need and sends the learning report
 * to the parties' authorisers.
 */
@Injectable()
export class MatchWorkspaceService {
  private readonly logger = new Logger('Matches');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: MatchAccess,
    private readonly mail: MailService,
  ) {}

  async detail(actor: Actor, matchId: string): Promise<Match> {
    return this.present(await this.access.load(actor, matchId));
  }

  /** The matches I take part in, authorise, or (as coordinator) broker. */
  async mine(actor: Actor): Promise<MatchList> {
    const coordinated = actor.memberships.filter((m) => m.status === 'active' && (m.role === 'coordinator' || actor.platformRole === 'admin')).map((m) => m.allianceId);
    const rows = await this.dataSource.query<Array<{ id: string }>>(
      `SELECT DISTINCT p.id, p.decided_at FROM match_proposal p JOIN learning_need n ON n.id = p.need_id LEFT JOIN match_party mp ON mp.proposal_id = p.id
        WHERE p.status = 'accepted' AND (n.alliance_id = ANY($2) OR mp.person_id = $1 OR mp.authoriser_id = $1)
        ORDER BY p.decided_at DESC NULLS LAST LIMIT 100`,
      [actor.personId, coordinated],
    );
    return { items: await this.presentMany(await this.access.loadMany(actor, rows.map((r) => r.id))) };
  }

  async close(actor: Actor, matchId: string): Promise<Match> {
    const loaded = await this.access.load(actor, matchId, 'match.close');
    await this.dataSource.transaction(async (manager) => {
      await manager.update(MatchProposalEntity, { id: matchId }, { closedAt: new Date() });
      await manager.update(LearningNeedEntity, { id: loaded.need.id }, { status: 'closed' });
    });
    const match = await this.present(await this.access.load(actor, matchId));
    await this.sendReport(match);
    return match;
  }

  /** Every authoriser of a party receives the learning report when the match closes, in their language. */
  private async sendReport(match: Match): Promise<void> {
    const authoriserIds = [...new Set(match.members.flatMap((m) => (m.authoriser ? [m.authoriser.personId] : [])))];
    if (authoriserIds.length === 0) return;
    const authorisers = await this.dataSource.query<Array<{ name: string; email: string; locale: UiLocale | null }>>('SELECT name, email, locale FROM person WHERE id = ANY($1)', [authoriserIds]);
    const link = this.mail.link(`/learning/matches/${match.id}/report`);
    for (const authoriser of authorisers) {
      const locale = recipientLocale(authoriser.locale);
      const t = textsIn(locale);
      const mail = composeMail({
        to: authoriser.email,
        kind: 'learning-report',
        locale,
        name: authoriser.name,
        subject: t('mail.report.title', { title: match.needTitle }),
        paragraphs: [learningReportText(match, locale), t('mail.report.printable', { link })],
        link,
      });
      await this.mail.send(mail).catch((error: unknown) => this.logger.warn({ err: error, matchId: match.id }, 'learning report not sent'));
    }
  }

  async present(loaded: LoadedMatch): Promise<Match> {
    return (await this.presentMany([loaded]))[0]!;
  }

  /** Many matches in one pass: each kind of row is read once for all of them, not once per match. */
  private async presentMany(loaded: LoadedMatch[]): Promise<Match[]> {
    if (loaded.length === 0) return [];
    const matchIds = loaded.map((l) => l.match.id);
    const [objectives, activities, commitments] = await Promise.all([
      this.dataSource.getRepository(MatchObjectiveEntity).find({ where: { matchId: In(matchIds) }, order: { createdAt: 'ASC' } }),
      this.dataSource.getRepository(MatchActivityEntity).find({ where: { matchId: In(matchIds) }, order: { dueDate: 'ASC', createdAt: 'ASC' } }),
      this.dataSource.getRepository(CommitmentEntity).find({ where: { matchId: In(matchIds) }, order: { dueDate: 'ASC', createdAt: 'ASC' } }),
    ]);
    const assessments = objectives.length ? await this.dataSource.getRepository(SelfAssessmentEntity).find({ where: { objectiveId: In(objectives.map((o) => o.id)) } }) : [];
    const agendaIds = objectives.flatMap((o) => (o.agendaItemId ? [o.agendaItemId] : []));
    const topics = new Map(
      agendaIds.length ? (await this.dataSource.query<Array<{ id: string; topic: string }>>('SELECT id, topic FROM exchange_agenda_item WHERE id = ANY($1)', [agendaIds])).map((a) => [a.id, a.topic]) : [],
    );
    const personIds = [
      ...new Set([
        ...loaded.flatMap((l) => l.parties.flatMap((p) => (p.authoriserId ? [p.personId, p.authoriserId] : [p.personId]))),
        ...activities.map((a) => a.responsibleId),
        ...commitments.map((c) => c.authorId),
      ]),
    ];
    const people = new Map(
      (await this.dataSource.query<Array<{ id: string; name: string; country: string | null }>>('SELECT id, name, country FROM person WHERE id = ANY($1)', [personIds])).map((p) => [p.id, p]),
    );
    const brief = (id: string): PersonBrief => {
      const p = people.get(id);
      return { personId: id, name: p?.name ?? 'Former member', country: (p?.country ?? null) as CountryCode | null };
    };
    const lastActive = await this.lastActivity(matchIds);
    return loaded.map(({ match, need, parties, subject }) => {
      const active = subject.status === 'active';
      const settledLongAgo = (match.decidedAt?.getTime() ?? Date.now()) < Date.now() - QUIET_AFTER_DAYS * DAY_MS;
      return {
        id: match.id,
        needId: need.id,
        needTitle: need.title,
        allianceId: need.allianceId,
        status: subject.status,
        groupId: match.groupId,
        exchangeId: match.exchangeId,
        members: [...parties]
          .sort((a, b) => (a.side === b.side ? 0 : a.side === 'learner' ? -1 : 1))
          .map((p) => {
            const at = lastActive.get(`${match.id}:${p.personId}`) ?? null;
            return {
              ...brief(p.personId),
              side: p.side,
              authoriser: p.authoriserId ? brief(p.authoriserId) : null,
              authorisation: p.authorisation,
              lastActiveAt: at?.toISOString() ?? null,
              quiet: active && settledLongAgo && (!at || at.getTime() < Date.now() - QUIET_AFTER_DAYS * DAY_MS),
            };
          }),
        objectives: objectives
          .filter((o) => o.matchId === match.id)
          .map((o) => ({
            id: o.id,
            text: o.text,
            agendaItemId: o.agendaItemId,
            agendaTopic: o.agendaItemId ? (topics.get(o.agendaItemId) ?? null) : null,
            assessments: assessments.filter((a) => a.objectiveId === o.id).map((a) => ({ personId: a.personId, phase: a.phase, score: a.score, note: a.note })),
          })),
        activities: activities.filter((a) => a.matchId === match.id).map((a) => ({ id: a.id, title: a.title, dueDate: a.dueDate, responsible: brief(a.responsibleId), done: a.done })),
        commitments: commitments
          .filter((c) => c.matchId === match.id)
          .map((c) => ({
            id: c.id,
            author: brief(c.authorId),
            text: c.text,
            owner: c.owner,
            dueDate: c.dueDate,
            status: c.status,
            sharedForward: c.sharedForward,
            updatedAt: c.updatedAt.toISOString(),
          })),
        acceptedAt: match.decidedAt?.toISOString() ?? null,
        closedAt: match.closedAt?.toISOString() ?? null,
      };
    });
  }

  /** The last sign of each party of each match, keyed "match:person": an answer, an assessment, a commitment, a message in the match's group. */
  private async lastActivity(matchIds: string[]): Promise<Map<string, Date>> {
    const rows = await this.dataSource.query<Array<{ match_id: string; person_id: string; at: Date | null }>>(
      `SELECT activity.match_id, activity.person_id, max(activity.at) AS at FROM (
         SELECT proposal_id AS match_id, person_id, answered_at AS at FROM match_party WHERE proposal_id = ANY($1)
         UNION ALL SELECT o.match_id, sa.person_id, sa.updated_at FROM self_assessment sa JOIN match_objective o ON o.id = sa.objective_id WHERE o.match_id = ANY($1)
         UNION ALL SELECT match_id, author_id, updated_at FROM commitment WHERE match_id = ANY($1)
         UNION ALL SELECT mp.proposal_id, m.author_id, m.created_at FROM match_party mp JOIN match_proposal p ON p.id = mp.proposal_id
           JOIN conversation c ON c.group_id = p.group_id JOIN message m ON m.conversation_id = c.id AND m.author_id = mp.person_id
          WHERE mp.proposal_id = ANY($1)
       ) activity
       JOIN match_party party ON party.proposal_id = activity.match_id AND party.person_id = activity.person_id
       GROUP BY activity.match_id, activity.person_id`,
      [matchIds],
    );
    return new Map(rows.flatMap((r) => (r.at ? [[`${r.match_id}:${r.person_id}`, new Date(r.at)] as const] : [])));
  }
}

