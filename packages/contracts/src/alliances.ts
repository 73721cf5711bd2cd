import { z } from 'zod';
import { CountryCode, Id } from './common';
import { PersonProfile, TopicSlug } from './people';
import { OrganisationKind } from './roles';

export const Country = z.object({ code: CountryCode, name: z.string(), nameRu: z.string() }).meta({ id: 'Country' });
export type Country = z.infer<typeof Country>;

export const Organisation = z
  .object({ id: Id, name: z.string(), kind: OrganisationKind, country: CountryCode.nullable() })
  .meta({ id: 'Organisation' });
export type Organisation = z.infer<typeof Organisation>;

export const Topic = z.object({ slug: TopicSlug, name: z.string(), nameRu: z.string() }).meta({ id: 'Topic' });
export type Topic = z.infer<typeof Topic>;

export const AllianceSummary = z
  .object({
    id: Id,
    name: z.string(),
    theme: z.string(),
    launchYear: z.number().int(),
    secretariat: Organisation.nullable(),
    countries: z.array(CountryCode),
    memberCount: z.number().int(),
  })
  .meta({ id: 'AllianceSummary' });
export type AllianceSummary = z.infer<typeof AllianceSummary>;

export const AllianceDetail = AllianceSummary.extend({
  description: z.string(),
  topics: z.array(TopicSlug),
  organisations: z.array(Organisation),
  coordinators: z.array(PersonProfile),
  peopleByCountry: z.array(z.object({ country: CountryCode.nullable(), count: z.number().int() })),
}).meta({ id: 'AllianceDetail' });
export type AllianceDetail = z.infer<typeof AllianceDetail>;

export const AllianceList = z.object({ items: z.array(AllianceSummary) }).meta({ id: 'AllianceList' });
export const CountryList = z.object({ items: z.array(Country) }).meta({ id: 'CountryList' });
export const OrganisationList = z.object({ items: z.array(Organisation) }).meta({ id: 'OrganisationList' });
export const TopicList = z.object({ items: z.array(Topic) }).meta({ id: 'TopicList' });
