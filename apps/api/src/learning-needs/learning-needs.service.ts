import { searchQuery } from '../common/text-search';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  CreateLearningNeedRequest as CreateSchema,
  UpdateLearningNeedRequest as UpdateSchema,
  type CreateLearningNeedRequest,
  type LearningNeed,
  type LearningNeedPage,
  type LearningNeedsQuery,
  type SetLearningNeedStatus,
  type UpdateLearningNeedRequest,
} from '@peerhub/contracts';
import { can, whyNot, type Actor } from '@peerhub/domain';
import { DataSource, In } from 'typeorm';
import { AllianceEntity } from '../alliances/alliance.entity';
import { AppError, conflict, forbidden, validationFailed } from '../common/app-error';
import { PersonEntity } from '../people/person.entity';
import { LearningNeedAccess } from './learning-need-access';
import { LearningNeedEntity } from './learning-need.entity';
import { toLearningNeed } from './learning-need.mapper';

/** Learning needs: posted by a civil servant (or a coordinator for an agency), seen by the alliance's coordinators. */
@Injectable()
export class LearningNeedsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: LearningNeedAccess,
  ) {}

  async create(actor: Actor, request: CreateLearningNeedRequest): Promise<LearningNeed> {
    const input = CreateSchema.parse(request);
    if (!can(actor, 'learning-need.create', { allianceId: input.allianceId })) {
      throw forbidden(whyNot(actor, 'learning-need.create', { allianceId: input.allianceId }) ?? undefined);
    }
    const saved = await this.dataSource.getRepository(LearningNeedEntity).save({ ...input, authorId: actor.personId, status: 'draft' });
    return this.detail(actor, saved.id);
  }

  /** Edits are checked again as a whole (the time frame must still end after it starts). */
  async update(actor: Actor, id: string, changes: UpdateLearningNeedRequest): Promise<LearningNeed> {
    const { need } = await this.access.load(actor, id, 'learning-need.edit');
    const frame = UpdateSchema.safeParse({ timeFrom: changes.timeFrom ?? need.timeFrom, timeTo: changes.timeTo ?? need.timeTo });
    if (!frame.success) throw validationFailed(frame.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })));
    await this.dataSource.getRepository(LearningNeedEntity).update({ id }, changes);
    return this.detail(actor, id);
  }

  async setStatus(actor: Actor, id: string, { status }: SetLearningNeedStatus): Promise<LearningNeed> {
    const { need } = await this.access.load(actor, id, 'learning-need.edit');
    if (status === 'draft' && need.status !== 'open') throw conflict('Only an open need that has no match yet can go back to draft');
    if (status === 'open' && need.status !== 'draft') throw conflict(`This learning need is already ${need.status === 'in-progress' ? 'in progress' : need.status}: it cannot be posted again`);
    await this.dataSource.getRepository(LearningNeedEntity).update({ id }, { status });
    return this.detail(actor, id);
  }

  async detail(actor: Actor, id: string): Promise<LearningNeed> {
    const { need } = await this.access.load(actor, id);
    return (await this.present([need]))[0]!;
  }

  /** Coordinators see every need of their alliances; others their own and those they are proposed for. */
  async list(actor: Actor, query: LearningNeedsQuery): Promise<LearningNeedPage> {
    const active = actor.memberships.filter((m) => m.status === 'active').map((m) => m.allianceId);
    const coordinated = actor.platformRole === 'admin' ? active : actor.memberships.filter((m) => m.status === 'active' && m.role === 'coordinator').map((m) => m.allianceId);
    const qb = this.dataSource
      .getRepository(LearningNeedEntity)
      .createQueryBuilder('n')
      .where('n.alliance_id = ANY(:active)', { active })
      .andWhere(
        `(n.alliance_id = ANY(:coordinated) OR n.author_id = :me
          OR (n.status <> 'draft' AND EXISTS (SELECT 1 FROM match_party mp JOIN match_proposal p ON p.id = mp.proposal_id WHERE p.need_id = n.id AND mp.person_id = :me)))`,
        { coordinated, me: actor.personId },
      );
    if (query.allianceId) qb.andWhere('n.alliance_id = :allianceId', { allianceId: query.allianceId });
    if (query.status) qb.andWhere('n.status = :status', { status: query.status });
    if (query.topic) qb.andWhere(':topic = ANY(n.topics)', { topic: query.topic });
    if (query.mine === 'true') qb.andWhere('n.author_id = :me', { me: actor.personId });
    if (query.language) qb.andWhere('n.language = :language', { language: query.language });
    if (query.q) qb.andWhere(`n.search @@ ${searchQuery('q')}`, { q: query.q });
    const [needs, total] = await qb
      .orderBy('n.updated_at', 'DESC')
      .addOrderBy('n.id')
      .skip((query.page - 1) * query.pageSize)
      .take(query.pageSize)
      .getManyAndCount();
    return { items: await this.present(needs), total, page: query.page, pageSize: query.pageSize };
  }

  private async present(needs: LearningNeedEntity[]): Promise<LearningNeed[]> {
    if (needs.length === 0) return [];
    const [alliances, authors, counts] = await Promise.all([
      this.dataSource.getRepository(AllianceEntity).find({ where: { id: In([...new Set(needs.map((n) => n.allianceId))]) }, select: { id: true, name: true } }),
      this.dataSource.getRepository(PersonEntity).find({ where: { id: In([...new Set(needs.map((n) => n.authorId))]) }, select: { id: true, name: true, country: true } }),
      this.dataSource.query<Array<{ need_id: string; count: number }>>(`SELECT need_id, count(*)::int AS count FROM match_proposal WHERE need_id = ANY($1) GROUP BY need_id`, [needs.map((n) => n.id)]),
    ]);
    const allianceName = new Map(alliances.map((a) => [a.id, a.name]));
    const author = new Map(authors.map((p) => [p.id, p]));
    const proposals = new Map(counts.map((c) => [c.need_id, c.count]));
    return needs.map((n) => {
      const who = author.get(n.authorId);
      if (!who) throw new AppError('INTERNAL', 'A learning need lost its author', 500);
      return toLearningNeed(n, { allianceName: allianceName.get(n.allianceId) ?? '', author: { name: who.name, country: who.country }, proposals: proposals.get(n.id) ?? 0 });
    });
  }
}
