import { Controller, Get, Patch } from '@nestjs/common';
import { Id, Me, PeoplePage, PeopleQuery, PersonProfile, UpdateProfileRequest } from '@peerhub/contracts';
import { z } from 'zod';
import { Policy } from '../common/access.decorators';
import { Endpoint, Input } from '../common/endpoint.decorator';
import { CurrentActor, type AuthenticatedActor } from '../common/request-actor';
import { PeopleService } from './people.service';

const PersonParams = z.object({ id: Id });

@Controller()
export class PeopleController {
  constructor(private readonly people: PeopleService) {}

  @Get('me')
  @Policy('account.self')
  @Endpoint({ summary: 'The signed-in person', tags: ['people'], response: Me, errors: [401] })
  me(@CurrentActor() actor: AuthenticatedActor): Promise<Me> {
    return this.people.me(actor);
  }

  @Patch('me')
  @Policy('account.self')
  @Endpoint({ summary: 'Edit my profile', tags: ['people'], body: UpdateProfileRequest, response: Me, errors: [400, 401] })
  updateMe(@CurrentActor() actor: AuthenticatedActor, @Input('body') body: UpdateProfileRequest): Promise<Me> {
    return this.people.updateMe(actor, body);
  }

  @Get('people')
  @Policy('directory.browse')
  @Endpoint({ summary: 'Search the people directory (people who share an alliance with me)', tags: ['people'], query: PeopleQuery, response: PeoplePage, errors: [400, 401] })
  search(@CurrentActor() actor: AuthenticatedActor, @Input('query') query: PeopleQuery): Promise<PeoplePage> {
    return this.people.search(actor, query);
  }

  @Get('people/:id')
  @Policy('directory.browse')
  @Endpoint({ summary: "A person's profile (404 when they share no alliance with me)", tags: ['people'], params: PersonParams, response: PersonProfile, errors: [401, 404] })
  get(@CurrentActor() actor: AuthenticatedActor, @Input('params') params: z.infer<typeof PersonParams>): Promise<PersonProfile> {
    return this.people.get(actor, params.id);
  }
}
