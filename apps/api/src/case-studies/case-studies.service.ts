import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CaseStudyDetail, CaseStudyPage, CaseStudySearchQuery, CreateCaseStudyRequest, UpdateCaseStudyRequest } from '@peerhub/contracts';
import { CreateCaseStudyRequest as CreateSchema } from '@peerhub/contracts';
import type { Actor } from '@peerhub/domain';
import { DataSource, In, type SelectQueryBuilder } from 'typeorm';
import { validationFailed } from '../common/app-error';
import { searchQuery } from '../common/text-search';
import { PersonEntity } from '../people/person.entity';
import { RealtimeSessions } from '../realtime/realtime-sessions';
import { CaseStudyAccess } from './case-study-access';
import { CaseStudyFilesService } from './case-study-files.service';
import { CaseStudyVersionsService, contentOf } from './case-study-versions.service';
import { toCaseStudyDetail, toCaseStudySummary } from './case-study.mapper';
import { CaseStudyEntity } from './case-study.entity';

const QUERY = searchQuery('q');
/** Beyond this many matches the total reads "1,000+". */
const COUNT_CAP = 1000;
const CONFIG = 'peerhub_text_config(cs.language)';

@Injectable()
export class CaseStudiesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: CaseStudyAccess,
    private readonly versions: CaseStudyVersionsService,
    private readonly files: CaseStudyFilesService,
    private readonly realtime: RealtimeSessions,
  ) {}

  /** A new draft, and its first version. */
  async create(actor: Actor, request: CreateCaseStudyRequest): Promise<CaseStudyDetail> {
    const input = CreateSchema.parse(request);
    await this.checkScope(actor, input);
    const id = await this.dataSource.transaction(async (manager) => {
      const saved = await manager.getRepository(CaseStudyEntity).save({ ...input, authorId: actor.personId, status: 'draft', version: 1, publishedAt: null });
      await this.versions.record(manager, saved.id, actor.personId);
      return saved.id;
    });
    return this.detail(actor, id);
  }

  /**
   * Every save that changes something is a new version (a save that changes nothing, such as an
   * autosave with nothing new, keeps the current one). The number comes from the row itself, so
   * two saves at once get two versions.
   */
  async update(actor: Actor, id: string, changes: UpdateCaseStudyRequest): Promise<CaseStudyDetail> {
    const { study } = await this.access.load(actor, id, 'case-study.edit');
    const next = { visibility: changes.visibility ?? study.visibility, allianceId: changes.allianceId ?? study.allianceId, groupId: changes.groupId ?? study.groupId };
    if (next.visibility === 'alliance' && !next.allianceId) throw validationFailed([{ path: 'allianceId', message: 'Choose the alliance that may read it' }]);
    if (next.visibility === 'group' && !next.groupId) throw validationFailed([{ path: 'groupId', message: 'Choose the group that may read it' }]);
    await this.checkScope(actor, next);
    const before = contentOf(study);
    const after = { ...before, ...changes };
    if (JSON.stringify(before) !== JSON.stringify(contentOf(after))) {
      await this.dataSource.transaction(async (manager) => {
        await manager.createQueryBuilder().update(CaseStudyEntity).set({ ...changes, version: () => 'version + 1' }).where('id = :id', { id }).execute();
        await this.versions.record(manager, id, actor.personId);
      });
    }
    if (next.visibility !== study.visibility || next.allianceId !== study.allianceId || next.groupId !== study.groupId) this.realtime.recheckCaseStudyWatchers(id);
    return this.detail(actor, id);
  }

  async setStatus(actor: Actor, id: string, status: 'draft' | 'published'): Promise<CaseStudyDetail> {
    const { study } = await this.access.load(actor, id, 'case-study.edit');
    await this.dataSource.getRepository(CaseStudyEntity).update({ id }, { status, publishedAt: status === 'published' ? (study.publishedAt ?? new Date()) : study.publishedAt });
    if (status !== study.status) this.realtime.recheckCaseStudyWatchers(id);
    return this.detail(actor, id);
  }

  async detail(actor: Actor, id: string): Promise<CaseStudyDetail> {
    const { study } = await this.access.load(actor, id, 'case-study.view');
    const contacts = study.contactIds.length
      ? (await this.dataSource.getRepository(PersonEntity).find({ where: { id: In(study.contactIds) }, select: { id: true, name: true } })).map((p) => ({ personId: p.id, name: p.name }))
      : [];
    return toCaseStudyDetail(study, contacts, await this.files.listOf(study.id));
  }

  /**
   * The library: only what the person may read, matched in its own language. Two steps, so that the
   * costly highlighting runs for the page shown only: ranked ids from the index, then the page.
   */
  async search(actor: Actor, query: CaseStudySearchQuery): Promise<CaseStudyPage> {
    const active = actor.memberships.filter((m) => m.status === 'active').map((m) => m.allianceId);
    const coordinated = actor.memberships.filter((m) => m.status === 'active' && m.role === 'coordinator').map((m) => m.allianceId);
    const q = query.q?.trim() || null;
    const qb = this.dataSource
      .getRepository(CaseStudyEntity)
      .createQueryBuilder('cs')
      .select('cs.id', 'id')
      .where(
        `(cs.author_id = :me OR (cs.status = 'published' AND (cs.visibility = 'everyone' OR (cs.alliance_id = ANY(:active) AND (cs.visibility = 'alliance' OR cs.alliance_id = ANY(:coordinated)
           OR EXISTS (SELECT 1 FROM group_membership gm WHERE gm.group_id = cs.group_id AND gm.person_id = :me AND gm.state = 'active'))))))`,
        { me: actor.personId, active, coordinated },
      );
    if (query.mine) qb.andWhere('cs.author_id = :me');
    if (query.country) qb.andWhere('cs.country = :country', { country: query.country });
    if (query.topic) qb.andWhere(':topic = ANY(cs.topics)', { topic: query.topic });
    if (query.allianceId) qb.andWhere('cs.alliance_id = :allianceId', { allianceId: query.allianceId });
    if (query.language) qb.andWhere('cs.language = :language', { language: query.language });
    if (query.year) qb.andWhere('cs.year = :year', { year: query.year });
    const matching = q ? qb.clone().andWhere(`cs.search @@ ${QUERY}`, { q }) : qb.clone();
    const { total, totalCapped } = await this.cappedCount(matching);
    const offset = (query.page - 1) * query.pageSize;
    const ids = q && query.sort === 'relevance' ? await this.byRelevance(qb, q, offset, query.pageSize) : await this.ordered(matching, query.sort, offset, query.pageSize);
    if (ids.length === 0) return { items: [], total, totalCapped, page: query.page, pageSize: query.pageSize };

    const studies = new Map((await this.dataSource.getRepository(CaseStudyEntity).find({ where: { id: In(ids) }, relations: { author: true, organisation: true } })).map((c) => [c.id, c]));
    const highlights = q
      ? new Map(
          (
            await this.dataSource.query<Array<{ id: string; highlight: string }>>(
              `SELECT cs.id, ts_headline(${CONFIG}, cs.summary || ' … ' || cs.body, ${QUERY.replaceAll(':q', '$2')}, 'StartSel=«, StopSel=», MaxFragments=2, MaxWords=25, MinWords=8, FragmentDelimiter=" … "') AS highlight
                 FROM case_study cs WHERE cs.id = ANY($1)`,
              [ids, q],
            )
          ).map((r) => [r.id, r.highlight]),
        )
      : new Map<string, string>();
    return {
      items: ids.flatMap((id) => {
        const c = studies.get(id);
        return c ? [{ ...toCaseStudySummary(c), highlight: highlights.get(id) ?? c.summary }] : [];
      }),
      total,
      totalCapped,
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  /**
   * Counting every match of a broad phrase costs as much as the search itself, and nobody reads
   * past a thousand: the count stops at COUNT_CAP and says so ("1,000+").
   */
  private async cappedCount(matching: SelectQueryBuilder<CaseStudyEntity>): Promise<{ total: number; totalCapped: boolean }> {
    const [sql, params] = matching.clone().select('1').orderBy().limit(COUNT_CAP + 1).getQueryAndParameters();
    const [{ n }] = await this.dataSource.query<[{ n: number }]>(`SELECT count(*)::int AS n FROM (${sql}) AS capped`, params);
    return n > COUNT_CAP ? { total: COUNT_CAP, totalCapped: true } : { total: n, totalCapped: false };
  }

  /**
   * Studies whose title or summary match come first, ranked on that small vector (kept in the row,
   * with its own index); then those that match only in the body or the lessons, newest first.
   * Neither step reads the full document vector of thousands of matches.
   */
  private async byRelevance(filtered: SelectQueryBuilder<CaseStudyEntity>, q: string, offset: number, limit: number): Promise<string[]> {
    const inHead = filtered.clone().andWhere(`cs.search_head @@ ${QUERY}`, { q });
    const headTotal = await inHead.clone().getCount();
    const ids: string[] = [];
    if (offset < headTotal) {
      const rows = await inHead
        .clone()
        .select('cs.id', 'id')
        .addSelect(`ts_rank(cs.search_head, ${QUERY})`, 'rank')
        .orderBy('rank', 'DESC')
        .addOrderBy('cs.published_at', 'DESC', 'NULLS LAST')
        .addOrderBy('cs.id', 'ASC')
        .offset(offset)
        .limit(limit)
        .getRawMany<{ id: string }>();
      ids.push(...rows.map((r) => r.id));
    }
    if (ids.length < limit) {
      const rows = await filtered
        .clone()
        .andWhere(`cs.search @@ ${QUERY} AND NOT (cs.search_head @@ ${QUERY})`, { q })
        .select('cs.id', 'id')
        .orderBy('cs.published_at', 'DESC', 'NULLS LAST')
        .addOrderBy('cs.id', 'ASC')
        .offset(Math.max(0, offset - headTotal))
        .limit(limit - ids.length)
        .getRawMany<{ id: string }>();
      ids.push(...rows.map((r) => r.id));
    }
    return ids;
  }

  private async ordered(matching: SelectQueryBuilder<CaseStudyEntity>, sort: CaseStudySearchQuery['sort'], offset: number, limit: number): Promise<string[]> {
    const ordered = matching.clone().select('cs.id', 'id');
    if (sort === 'title') ordered.orderBy('cs.title', 'ASC');
    else ordered.orderBy('cs.published_at', 'DESC', 'NULLS LAST');
    const rows = await ordered.addOrderBy('cs.id', 'ASC').offset(offset).limit(limit).getRawMany<{ id: string }>();
    return rows.map((r) => r.id);
  }

  /** A case study shared with one alliance or group must be shared by one of its members, with a group of that alliance. */
  private async checkScope(actor: Actor, c: { visibility: string; allianceId: string | null; groupId: string | null }): Promise<void> {
    if (c.visibility === 'everyone') return;
    if (!c.allianceId || !actor.memberships.some((m) => m.allianceId === c.allianceId && m.status === 'active')) {
      throw validationFailed([{ path: 'allianceId', message: 'Share only with an alliance you belong to' }]);
    }
    if (c.visibility === 'group') {
      const [row] = await this.dataSource.query<Array<{ ok: boolean }>>('SELECT true AS ok FROM peer_group WHERE id = $1 AND alliance_id = $2', [c.groupId, c.allianceId]);
      if (!row) throw validationFailed([{ path: 'groupId', message: 'Choose a group of that alliance' }]);
    }
  }
}
