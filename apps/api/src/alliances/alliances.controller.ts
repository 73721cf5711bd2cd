import { Controller, Get } from '@nestjs/common';
import { AllianceDetail, AllianceList, COUNTRIES, CountryList, Id, OrganisationList, TOPICS, TopicList } from '@peerhub/contracts';
import { z } from 'zod';
import { Policy } from '../common/access.decorators';
import { Endpoint, Input } from '../common/endpoint.decorator';
import { AlliancesService } from './alliances.service';
import { OrganisationsRepository, toOrganisation } from './organisations.repository';

const AllianceParams = z.object({ id: Id });

/** The alliance directory: alliances, their countries and organisations, and the reference lists. */
@Controller()
export class AlliancesController {
  constructor(
    private readonly alliances: AlliancesService,
    private readonly organisations: OrganisationsRepository,
  ) {}

  @Get('alliances')
  @Policy('directory.browse')
  @Endpoint({ summary: 'All alliances', tags: ['alliances'], response: AllianceList, errors: [401] })
  async list(): Promise<z.infer<typeof AllianceList>> {
    return { items: await this.alliances.list() };
  }

  @Get('alliances/:id')
  @Policy('alliance.view', (request) => ({ allianceId: String((request.params as { id?: string }).id) }), { hideWhenRefused: true })
  @Endpoint({ summary: 'One alliance: countries, organisations, coordinators, people by country', tags: ['alliances'], params: AllianceParams, response: AllianceDetail, errors: [401, 404] })
  detail(@Input('params') params: z.infer<typeof AllianceParams>): Promise<AllianceDetail> {
    return this.alliances.detail(params.id);
  }

  @Get('countries')
  @Policy('directory.browse')
  @Endpoint({ summary: 'Countries (ISO 3166-1 alpha-2)', tags: ['reference'], response: CountryList, errors: [401] })
  countries(): z.infer<typeof CountryList> {
    return { items: [...COUNTRIES] };
  }

  @Get('topics')
  @Policy('directory.browse')
  @Endpoint({ summary: 'Learning topics', tags: ['reference'], response: TopicList, errors: [401] })
  topics(): z.infer<typeof TopicList> {
    return { items: [...TOPICS] };
  }

  @Get('organisations')
  @Policy('directory.browse')
  @Endpoint({ summary: 'Organisations: ministries, academies, research centres, the hub, international organisations', tags: ['reference'], response: OrganisationList, errors: [401] })
  async listOrganisations(): Promise<z.infer<typeof OrganisationList>> {
    return { items: (await this.organisations.all()).map(toOrganisation) };
  }
}
