import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AllianceCountryEntity } from './alliance-country.entity';
import { AllianceMembershipEntity } from './alliance-membership.entity';
import { AllianceOrganisationEntity } from './alliance-organisation.entity';
import { AllianceEntity } from './alliance.entity';

@Injectable()
export class AlliancesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  all(): Promise<AllianceEntity[]> {
    return this.dataSource.getRepository(AllianceEntity).find({ relations: { secretariat: true }, order: { launchYear: 'ASC', name: 'ASC' } });
  }

  findById(id: string): Promise<AllianceEntity | null> {
    return this.dataSource.getRepository(AllianceEntity).findOne({ where: { id }, relations: { secretariat: true } });
  }

  exists(id: string): Promise<boolean> {
    return this.dataSource.getRepository(AllianceEntity).existsBy({ id });
  }

  async countriesOf(allianceIds: string[]): Promise<Map<string, string[]>> {
    const rows = await this.dataSource
      .getRepository(AllianceCountryEntity)
      .createQueryBuilder('c')
      .where('c.alliance_id = ANY(:ids)', { ids: allianceIds })
      .orderBy('c.country')
      .getMany();
    const map = new Map<string, string[]>(allianceIds.map((id) => [id, []]));
    rows.forEach((r) => map.get(r.allianceId)?.push(r.country));
    return map;
  }

  async activeMemberCounts(allianceIds: string[]): Promise<Map<string, number>> {
    const rows = await this.dataSource
      .getRepository(AllianceMembershipEntity)
      .createQueryBuilder('m')
      .select('m.alliance_id', 'allianceId')
      .addSelect('COUNT(*)::int', 'count')
      .where('m.alliance_id = ANY(:ids)', { ids: allianceIds })
      .andWhere("m.status = 'active'")
      .groupBy('m.alliance_id')
      .getRawMany<{ allianceId: string; count: number }>();
    return new Map(rows.map((r) => [r.allianceId, r.count]));
  }

  organisationsOf(allianceId: string) {
    return this.dataSource
      .getRepository(AllianceOrganisationEntity)
      .find({ where: { allianceId }, relations: { organisation: true } })
      .then((rows) => rows.flatMap((r) => (r.organisation ? [r.organisation] : [])).sort((a, b) => a.name.localeCompare(b.name)));
  }

  /** Person ids of the alliance's active coordinators. */
  async coordinatorIds(allianceId: string): Promise<string[]> {
    const rows = await this.dataSource
      .getRepository(AllianceMembershipEntity)
      .findBy({ allianceId, role: 'coordinator', status: 'active' });
    return rows.map((r) => r.personId);
  }

  async peopleByCountry(allianceId: string): Promise<Array<{ country: string | null; count: number }>> {
    return this.dataSource
      .createQueryBuilder()
      .select('p.country', 'country')
      .addSelect('COUNT(*)::int', 'count')
      .from('alliance_membership', 'm')
      .innerJoin('person', 'p', 'p.id = m.person_id')
      .where('m.alliance_id = :allianceId', { allianceId })
      .andWhere("m.status = 'active'")
      .groupBy('p.country')
      .orderBy('count', 'DESC')
      .addOrderBy('p.country')
      .getRawMany();
  }
}
