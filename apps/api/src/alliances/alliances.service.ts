import { Injectable } from '@nestjs/common';
import type { AllianceDetail, AllianceSummary, CountryCode, TopicSlug } from '@peerhub/contracts';
import { notFound } from '../common/app-error';
import { PeopleRepository } from '../people/people.repository';
import { toPersonProfile } from '../people/person.mapper';
import type { AllianceEntity } from './alliance.entity';
import { AlliancesRepository } from './alliances.repository';
import { toOrganisation } from './organisations.repository';

@Injectable()
export class AlliancesService {
  constructor(
    private readonly alliances: AlliancesRepository,
    private readonly people: PeopleRepository,
  ) {}

  async list(): Promise<AllianceSummary[]> {
    const alliances = await this.alliances.all();
    const ids = alliances.map((a) => a.id);
    const [countries, counts] = await Promise.all([this.alliances.countriesOf(ids), this.alliances.activeMemberCounts(ids)]);
    return alliances.map((a) => toSummary(a, countries.get(a.id) ?? [], counts.get(a.id) ?? 0));
  }

  async detail(id: string): Promise<AllianceDetail> {
    const alliance = await this.alliances.findById(id);
    if (!alliance) throw notFound('Alliance');
    const [countries, counts, organisations, coordinatorIds, peopleByCountry] = await Promise.all([
      this.alliances.countriesOf([id]),
      this.alliances.activeMemberCounts([id]),
      this.alliances.organisationsOf(id),
      this.alliances.coordinatorIds(id),
      this.alliances.peopleByCountry(id),
    ]);
    const coordinators = await Promise.all(coordinatorIds.map((personId) => this.people.findById(personId)));
    const memberships = await this.people.membershipsOf(coordinatorIds);
    return {
      ...toSummary(alliance, countries.get(id) ?? [], counts.get(id) ?? 0),
      description: alliance.description,
      topics: alliance.topics as TopicSlug[],
      organisations: organisations.map(toOrganisation),
      coordinators: coordinators.flatMap((p) => (p ? [toPersonProfile(p, memberships.get(p.id) ?? [])] : [])),
      peopleByCountry: peopleByCountry.map((r) => ({ country: r.country as CountryCode | null, count: r.count })),
    };
  }
}

function toSummary(a: AllianceEntity, countries: string[], memberCount: number): AllianceSummary {
  return {
    id: a.id,
    name: a.name,
    theme: a.theme,
    launchYear: a.launchYear,
    secretariat: a.secretariat ? toOrganisation(a.secretariat) : null,
    countries: countries as CountryCode[],
    memberCount,
  };
}
