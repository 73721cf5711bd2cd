import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { PeopleQuery } from '@peerhub/contracts';
import { activeAllianceIds, isAdmin, type Actor } from '@peerhub/domain';
import type { DataSource, SelectQueryBuilder } from 'typeorm';
import { AllianceMembershipEntity } from '../alliances/alliance-membership.entity';
import type { MembershipWithAlliance } from './person.mapper';
import { PersonEntity } from './person.entity';
import { containing } from '../common/sql';


/** Queries over people; the visibility rule of `person.view` is applied here in SQL for lists. */
@Injectable()
export class PeopleRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  findById(id: string): Promise<PersonEntity | null> {
    return this.dataSource.getRepository(PersonEntity).findOne({ where: { id }, relations: { organisation: true } });
  }

  findByEmail(email: string): Promise<PersonEntity | null> {
    return this.dataSource.getRepository(PersonEntity).findOne({ where: { email: email.toLowerCase() } });
  }

  async save(person: PersonEntity): Promise<PersonEntity> {
    return this.dataSource.getRepository(PersonEntity).save(person);
  }

  /** Memberships with their alliance names, grouped by person. */
  async membershipsOf(personIds: string[]): Promise<Map<string, MembershipWithAlliance[]>> {
    const byPerson = new Map<string, MembershipWithAlliance[]>(personIds.map((id) => [id, []]));
    if (personIds.length === 0) return byPerson;
    const rows = await this.dataSource
      .getRepository(AllianceMembershipEntity)
      .createQueryBuilder('m')
      .innerJoinAndSelect('m.alliance', 'a')
      .where('m.person_id = ANY(:ids)', { ids: personIds })
      .orderBy('a.launch_year', 'ASC')
      .getMany();
    for (const m of rows) {
      byPerson.get(m.personId)?.push({ allianceId: m.allianceId, allianceName: m.alliance?.name ?? '', role: m.role, status: m.status });
    }
    return byPerson;
  }

  async search(actor: Actor, query: PeopleQuery): Promise<{ people: PersonEntity[]; total: number }> {
    const qb = this.dataSource
      .getRepository(PersonEntity)
      .createQueryBuilder('p')
      .leftJoinAndSelect('p.organisation', 'o');
    this.onlyVisibleTo(qb, actor);
    if (query.q) {
      qb.andWhere('(p.name ILIKE :q OR o.name ILIKE :q OR p.position ILIKE :q)', { q: containing(query.q) });
    }
    if (query.country) qb.andWhere('p.country = :country', { country: query.country });
    if (query.topic) qb.andWhere(':topic = ANY(p.expertise_topics)', { topic: query.topic });
    if (query.language) qb.andWhere(':language = ANY(p.languages)', { language: query.language });
    if (query.allianceId || query.role) {
      const conditions = ['m2.person_id = p.id', "m2.status = 'active'"];
      if (query.allianceId) conditions.push('m2.alliance_id = :allianceId');
      if (query.role) conditions.push('m2.role = :role');
      qb.andWhere(`EXISTS (SELECT 1 FROM alliance_membership m2 WHERE ${conditions.join(' AND ')})`, {
        allianceId: query.allianceId,
        role: query.role,
      });
    }
    const [people, total] = await qb
      .orderBy('p.name', 'ASC')
      .addOrderBy('p.id', 'ASC')
      .skip((query.page - 1) * query.pageSize)
      .take(query.pageSize)
      .getManyAndCount();
    return { people, total };
  }

  /** Admins see everyone; others see active members of the alliances they are active in. */
  private onlyVisibleTo(qb: SelectQueryBuilder<PersonEntity>, actor: Actor): void {
    if (isAdmin(actor)) return;
    qb.andWhere(
      `EXISTS (SELECT 1 FROM alliance_membership mv WHERE mv.person_id = p.id AND mv.status = 'active' AND mv.alliance_id = ANY(:visibleAlliances))`,
      { visibleAlliances: activeAllianceIds(actor) },
    );
  }
}
