import { Injectable } from '@nestjs/common';
import type { Me, PeoplePage, PeopleQuery, PersonProfile, UpdateProfileRequest } from '@peerhub/contracts';
import { can, type Actor } from '@peerhub/domain';
import { notFound, validationFailed } from '../common/app-error';
import { OrganisationsRepository } from '../alliances/organisations.repository';
import { PeopleRepository } from './people.repository';
import { toMe, toPersonProfile } from './person.mapper';

@Injectable()
export class PeopleService {
  constructor(
    private readonly people: PeopleRepository,
    private readonly organisations: OrganisationsRepository,
  ) {}

  async me(actor: Actor): Promise<Me> {
    const person = await this.people.findById(actor.personId);
    if (!person) throw notFound('Person');
    const memberships = await this.people.membershipsOf([person.id]);
    return toMe(person, memberships.get(person.id) ?? []);
  }

  async updateMe(actor: Actor, changes: UpdateProfileRequest): Promise<Me> {
    const person = await this.people.findById(actor.personId);
    if (!person) throw notFound('Person');
    if (changes.organisationId && !(await this.organisations.exists(changes.organisationId))) {
      throw validationFailed([{ path: 'organisationId', message: 'Unknown organisation' }]);
    }
    Object.assign(person, changes);
    if (changes.organisationId !== undefined) person.organisation = undefined;
    await this.people.save(person);
    return this.me(actor);
  }

  async search(actor: Actor, query: PeopleQuery): Promise<PeoplePage> {
    const { people, total } = await this.people.search(actor, query);
    const memberships = await this.people.membershipsOf(people.map((p) => p.id));
    return {
      items: people.map((p) => toPersonProfile(p, memberships.get(p.id) ?? [])),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  /** A person the actor may not see does not exist for them: 404, never 403. */
  async get(actor: Actor, id: string): Promise<PersonProfile> {
    const person = await this.people.findById(id);
    if (!person) throw notFound('Person');
    const memberships = (await this.people.membershipsOf([id])).get(id) ?? [];
    const allianceIds = memberships.filter((m) => m.status === 'active').map((m) => m.allianceId);
    if (!can(actor, 'person.view', { personId: id, allianceIds })) throw notFound('Person');
    return toPersonProfile(person, memberships);
  }
}
