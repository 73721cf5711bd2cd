import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  ExchangeDraft,
  type CountryCode,
  type CreateExchangeRequest,
  type ExchangeDetail,
  type ExchangesPage,
  type ExchangesQuery,
  type Organisation,
  type RegistrationStatus,
  type SetExchangeStatus,
  type UpdateExchangeRequest,
} from '@peerhub/contracts';
import { can, isAdmin, localDays, toLocal, type Actor } from '@peerhub/domain';
import { DataSource, In, type EntityManager } from 'typeorm';
import { OrganisationEntity } from '../alliances/organisation.entity';
import { toOrganisation } from '../alliances/organisations.repository';
import { AppError, forbidden, validationFailed } from '../common/app-error';
import { AgendaItemEntity } from './agenda-item.entity';
import { ExchangeAccess, isInvited } from './exchange-access';
import { ExchangeNotices } from './exchange-notices';
import { NO_COUNTS, registrationCounts, type ExchangeCounts } from './exchange-counts';
import { toExchangeDetail, toExchangeSummary } from './exchange.mapper';
import { ExchangeEntity } from './exchange.entity';

type Draft = ReturnType<typeof ExchangeDraft.parse>;

@Injectable()
export class ExchangesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ExchangeAccess,
    private readonly notices: ExchangeNotices,
  ) {}

  async create(actor: Actor, request: CreateExchangeRequest): Promise<ExchangeDetail> {
    if (!can(actor, 'exchange.create', { allianceId: request.allianceId })) throw forbidden('Only the alliance coordinators organise exchanges');
    const id = await this.dataSource.transaction((manager) => this.insertDraft(manager, actor.personId, request));
    await this.notices.invite(id, request.inviteeIds ?? [], actor.personId);
    return this.detail(actor, id);
  }

  /** Saves a draft exchange inside the caller's transaction (a match creates one pre-filled from its need). */
  async insertDraft(manager: EntityManager, organiserId: string, request: CreateExchangeRequest): Promise<string> {
    const parsed = ExchangeDraft.safeParse(request);
    if (!parsed.success) throw validationFailed(parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })));
    const draft = parsed.data;
    await this.checkReferences(manager, draft);
    const saved = await manager.save(manager.create(ExchangeEntity, { ...fields(draft), allianceId: draft.allianceId, status: 'draft', sequence: 0, organiserId }));
    await this.replaceAgenda(manager, saved.id, draft);
    return saved.id;
  }

  /** Applies the changes and checks the whole again with the same rules; nothing is saved unless all of it holds. */
  async update(actor: Actor, id: string, changes: UpdateExchangeRequest): Promise<ExchangeDetail> {
    let invitedBefore: string[] = [];
    const changed = await this.dataSource.transaction(async (manager) => {
      const exchange = await this.access.authorize(actor, 'exchange.manage', id, manager, true);
      if (exchange.status === 'cancelled' || exchange.status === 'completed') throw new AppError('CONFLICT', `This exchange is ${exchange.status}: it can no longer be edited`, 409);
      invitedBefore = [...exchange.inviteeIds];
      const agenda = await manager.find(AgendaItemEntity, { where: { exchangeId: id }, order: { startsAt: 'ASC' } });
      const current = {
        ...fields(exchange),
        allianceId: exchange.allianceId,
        agenda: agenda.map((a) => ({ startsAt: a.startsAt.toISOString(), endsAt: a.endsAt.toISOString(), topic: a.topic, speakers: a.speakers, materials: a.materials })),
        startsAt: exchange.startsAt.toISOString(),
        endsAt: exchange.endsAt.toISOString(),
      };
      const parsed = ExchangeDraft.safeParse({ ...current, ...changes });
      if (!parsed.success) throw validationFailed(parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })));
      const draft = parsed.data;
      await this.checkReferences(manager, draft);
      if (draft.capacity !== null) {
        const [{ going }] = await manager.query<[{ going: number }]>(`SELECT count(*)::int AS going FROM exchange_participant WHERE exchange_id = $1 AND status = 'going'`, [id]);
        if (draft.capacity < going) throw new AppError('CONFLICT', `${going} people are already going: the capacity cannot be lower`, 409);
      }
      const next = fields(draft);
      const calendarChanged =
        exchange.startsAt.getTime() !== next.startsAt.getTime() ||
        exchange.endsAt.getTime() !== next.endsAt.getTime() ||
        exchange.timezone !== next.timezone ||
        exchange.title !== next.title ||
        exchange.venue !== next.venue ||
        exchange.meetingUrl !== next.meetingUrl;
      Object.assign(exchange, next, { sequence: exchange.sequence + (calendarChanged || changes.agenda ? 1 : 0) });
      await manager.save(ExchangeEntity, exchange);
      if (changes.agenda) await this.replaceAgenda(manager, id, draft);
      return calendarChanged && exchange.status === 'published' ? exchange : null;
    });
    // After the commit: participants hear of the change and the reminder follows the new time.
    if (changed) {
      await this.notices.announce(changed, 'changed');
      await this.notices.planReminder(changed);
    }
    if (changes.inviteeIds) await this.notices.invite(id, changes.inviteeIds.filter((personId) => !invitedBefore.includes(personId)), actor.personId);
    return this.detail(actor, id);
  }

  async setStatus(actor: Actor, id: string, body: SetExchangeStatus): Promise<ExchangeDetail> {
    const updated = await this.dataSource.transaction(async (manager) => {
      const exchange = await this.access.authorize(actor, 'exchange.manage', id, manager, true);
      const allowed: Record<string, string[]> = { draft: ['published', 'cancelled'], published: ['cancelled', 'completed'], cancelled: [], completed: [] };
      if (!allowed[exchange.status]!.includes(body.status)) {
        throw new AppError('CONFLICT', `A ${exchange.status} exchange cannot become ${body.status}`, 409);
      }
      await manager.update(ExchangeEntity, { id }, { status: body.status, sequence: exchange.sequence + 1 });
      return { id: exchange.id, startsAt: exchange.startsAt, status: body.status, sequence: exchange.sequence + 1 };
    });
    if (updated.status === 'published') await this.notices.planReminder(updated);
    if (updated.status === 'cancelled') await this.notices.announce(updated, 'cancelled');
    return this.detail(actor, id);
  }

  async detail(actor: Actor, id: string): Promise<ExchangeDetail> {
    const exchange = await this.access.load(actor, id);
    const [agenda, counts, mine, organisations, alliance, invited, invitees] = await Promise.all([
      this.dataSource.getRepository(AgendaItemEntity).find({ where: { exchangeId: id }, order: { startsAt: 'ASC' } }),
      this.counts([id]).then((m) => m.get(id) ?? NO_COUNTS),
      this.myStatuses([id], actor.personId).then((m) => m.get(id) ?? null),
      this.organisations([...(exchange.hostOrganisationId ? [exchange.hostOrganisationId] : []), ...exchange.coOrganiserIds]),
      this.dataSource.query<Array<{ name: string }>>('SELECT name FROM alliance WHERE id = $1', [exchange.allianceId]),
      isInvited(this.dataSource.manager, exchange, actor.personId),
      this.dataSource.query<Array<{ id: string; name: string; country: CountryCode | null }>>('SELECT id, name, country FROM person WHERE id = ANY($1) ORDER BY name', [exchange.inviteeIds]),
    ]);
    return toExchangeDetail(exchange, { counts, myStatus: mine, invited, invitees, agenda, organisations, allianceName: alliance[0]?.name ?? '' });
  }

  /**
   * Exchanges of my alliances I may see: the SQL form of the `exchange.view` policy (drafts only
   * when I organise them, coordinate, or was invited by name or through a linked group).
   */
  async list(actor: Actor, query: ExchangesQuery): Promise<ExchangesPage> {
    const active = actor.memberships.filter((m) => m.status === 'active').map((m) => m.allianceId);
    const coordinated = actor.memberships.filter((m) => m.status === 'active' && m.role === 'coordinator').map((m) => m.allianceId);
    const myGroups = (
      await this.dataSource.query<Array<{ group_id: string }>>(`SELECT group_id FROM group_membership WHERE person_id = $1 AND state = 'active'`, [actor.personId])
    ).map((r) => r.group_id);
    const qb = this.dataSource.getRepository(ExchangeEntity).createQueryBuilder('e');
    if (!isAdmin(actor)) {
      qb.where(
        `e.alliance_id = ANY(:active) AND (e.status <> 'draft' OR e.organiser_id = :me OR e.alliance_id = ANY(:coordinated) OR :me = ANY(e.invitee_ids) OR e.group_ids && :myGroups::uuid[])`,
        { active, me: actor.personId, coordinated, myGroups },
      );
    }
    if (query.allianceId) qb.andWhere('e.alliance_id = :allianceId', { allianceId: query.allianceId });
    if (query.status) qb.andWhere('e.status = :status', { status: query.status });
    if (query.from) qb.andWhere('e.ends_at >= :from', { from: query.from });
    if (query.to) qb.andWhere('e.starts_at < :to', { to: query.to });
    if (query.mine) {
      qb.andWhere(`(e.organiser_id = :me OR EXISTS (SELECT 1 FROM exchange_participant p WHERE p.exchange_id = e.id AND p.person_id = :me AND p.status <> 'declined'))`, { me: actor.personId });
    }
    const [rows, total] = await qb.orderBy('e.starts_at', 'ASC').skip((query.page - 1) * query.pageSize).take(query.pageSize).getManyAndCount();
    const ids = rows.map((r) => r.id);
    const [counts, mine] = await Promise.all([this.counts(ids), this.myStatuses(ids, actor.personId)]);
    const invited = (e: ExchangeEntity) => e.inviteeIds.includes(actor.personId) || e.groupIds.some((g) => myGroups.includes(g));
    return { items: rows.map((r) => toExchangeSummary(r, counts.get(r.id) ?? NO_COUNTS, mine.get(r.id) ?? null, invited(r))), total, page: query.page, pageSize: query.pageSize };
  }

  counts(ids: string[]): Promise<Map<string, ExchangeCounts>> {
    return registrationCounts(this.dataSource, ids);
  }

  private async myStatuses(ids: string[], personId: string): Promise<Map<string, RegistrationStatus>> {
    if (ids.length === 0) return new Map();
    const rows = await this.dataSource.query<Array<{ exchange_id: string; status: RegistrationStatus }>>(
      'SELECT exchange_id, status FROM exchange_participant WHERE exchange_id = ANY($1) AND person_id = $2',
      [ids, personId],
    );
    return new Map(rows.map((r) => [r.exchange_id, r.status]));
  }

  private async organisations(ids: string[]): Promise<Map<string, Organisation>> {
    if (ids.length === 0) return new Map();
    const rows = await this.dataSource.getRepository(OrganisationEntity).findBy({ id: In(ids) });
    return new Map(rows.map((o) => [o.id, toOrganisation(o)]));
  }

  /** Organisations exist, linked groups belong to the alliance, and every session falls on one of the exchange's days. */
  private async checkReferences(manager: EntityManager, draft: Draft): Promise<void> {
    const orgIds = [...new Set([...(draft.hostOrganisationId ? [draft.hostOrganisationId] : []), ...draft.coOrganiserIds])];
    if (orgIds.length) {
      const found = await manager.countBy(OrganisationEntity, { id: In(orgIds) });
      if (found !== orgIds.length) throw validationFailed([{ path: 'coOrganiserIds', message: 'Unknown organisation' }]);
    }
    if (draft.inviteeIds.length) {
      const [{ count }] = await manager.query<[{ count: number }]>(
        `SELECT count(*)::int AS count FROM alliance_membership WHERE person_id = ANY($1) AND alliance_id = $2 AND status = 'active'`,
        [draft.inviteeIds, draft.allianceId],
      );
      if (count !== new Set(draft.inviteeIds).size) throw validationFailed([{ path: 'inviteeIds', message: 'Invite only people of this alliance' }]);
    }
    if (draft.groupIds.length) {
      const [{ count }] = await manager.query<[{ count: number }]>('SELECT count(*)::int AS count FROM peer_group WHERE id = ANY($1) AND alliance_id = $2', [draft.groupIds, draft.allianceId]);
      if (count !== new Set(draft.groupIds).size) throw validationFailed([{ path: 'groupIds', message: 'Link only peer groups of this alliance' }]);
    }
    const days = new Set(localDays(new Date(draft.startsAt), new Date(draft.endsAt), draft.timezone));
    const first = [...days][0];
    const last = [...days].at(-1);
    const issues = draft.agenda.flatMap((item, i) => {
      const day = toLocal(new Date(item.startsAt), draft.timezone).date;
      return days.has(day) ? [] : [{ path: `agenda.${i}.startsAt`, message: `This session is on ${day}, outside the exchange's days (${first} to ${last}, ${draft.timezone})` }];
    });
    if (issues.length) throw validationFailed(issues);
  }

  private async replaceAgenda(manager: EntityManager, exchangeId: string, draft: Draft): Promise<void> {
    await manager.delete(AgendaItemEntity, { exchangeId });
    if (draft.agenda.length === 0) return;
    await manager.insert(
      AgendaItemEntity,
      draft.agenda.map((a) => ({ exchangeId, startsAt: new Date(a.startsAt), endsAt: new Date(a.endsAt), topic: a.topic, speakers: a.speakers, materials: a.materials })),
    );
  }
}

type StoredField =
  | 'type'
  | 'title'
  | 'description'
  | 'learningObjectives'
  | 'hostCountry'
  | 'hostOrganisationId'
  | 'coOrganiserIds'
  | 'format'
  | 'venue'
  | 'meetingUrl'
  | 'timezone'
  | 'capacity'
  | 'requiresApproval'
  | 'groupIds'
  | 'inviteeIds';

/** The stored columns, from a checked draft or from the exchange as stored. */
function fields(d: Pick<ExchangeEntity, StoredField> & { startsAt: string | Date; endsAt: string | Date }) {
  return {
    type: d.type,
    title: d.title,
    description: d.description,
    learningObjectives: d.learningObjectives,
    hostCountry: d.hostCountry,
    hostOrganisationId: d.hostOrganisationId,
    coOrganiserIds: d.coOrganiserIds,
    format: d.format,
    venue: d.venue,
    meetingUrl: d.meetingUrl,
    startsAt: new Date(d.startsAt),
    endsAt: new Date(d.endsAt),
    timezone: d.timezone,
    capacity: d.capacity,
    requiresApproval: d.requiresApproval,
    groupIds: d.groupIds,
    inviteeIds: d.inviteeIds,
  };
}
