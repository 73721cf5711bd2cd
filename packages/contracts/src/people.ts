import { z } from 'zod';
import { CountryCode, Id, LanguageCode, pageOf, PageQuery, TimeZone, Timestamp } from './common';
import { UiLocale } from './locales';
import { AllianceRole, MembershipStatus, PlatformRole } from './roles';
import { TOPIC_SLUGS } from './topics';

export const TopicSlug = z.enum(TOPIC_SLUGS, { error: 'Unknown topic' });
export type TopicSlug = z.infer<typeof TopicSlug>;

/** Whether a person takes on new peer-learning matches (the matching leaves out the unavailable). */
export const Availability = z.enum(['available', 'limited', 'unavailable']);
export type Availability = z.infer<typeof Availability>;

export const Membership = z.object({
  allianceId: Id,
  allianceName: z.string(),
  role: AllianceRole,
  status: MembershipStatus,
});
export type Membership = z.infer<typeof Membership>;

/** What any signed-in person who may see this person is shown. */
export const PersonProfile = z
  .object({
    id: Id,
    name: z.string(),
    country: CountryCode.nullable(),
    organisationId: Id.nullable(),
    organisationName: z.string().nullable(),
    position: z.string(),
    languages: z.array(LanguageCode),
    timezone: z.string(),
    expertiseTopics: z.array(TopicSlug),
    availability: Availability,
    bio: z.string(),
    avatarUrl: z.string().nullable(),
    memberships: z.array(Membership),
  })
  .meta({ id: 'PersonProfile' });
export type PersonProfile = z.infer<typeof PersonProfile>;

/** The signed-in person: their profile plus what only they see. */
export const Me = PersonProfile.extend({
  email: z.string(),
  platformRole: PlatformRole,
  /** The language of Peerhub's pages and mails for them; null follows their browser. */
  locale: UiLocale.nullable(),
  createdAt: Timestamp,
}).meta({ id: 'Me' });
export type Me = z.infer<typeof Me>;

export const UpdateProfileRequest = z
  .strictObject({
    name: z.string().trim().min(2).max(120),
    country: CountryCode.nullable(),
    organisationId: Id.nullable(),
    position: z.string().trim().max(160),
    languages: z.array(LanguageCode).max(12),
    timezone: TimeZone,
    locale: UiLocale.nullable(),
    expertiseTopics: z.array(TopicSlug).max(12),
    availability: Availability,
    bio: z.string().trim().max(2000),
    avatarUrl: z
      .url({ protocol: /^https$/, error: 'Use an https:// address for the avatar' })
      .max(500)
      .nullable(),
  })
  .partial()
  .meta({ id: 'UpdateProfileRequest' });
export type UpdateProfileRequest = z.infer<typeof UpdateProfileRequest>;

export const PeopleQuery = PageQuery.extend({
  q: z.string().trim().max(100).optional(),
  country: CountryCode.optional(),
  topic: TopicSlug.optional(),
  language: LanguageCode.optional(),
  role: AllianceRole.optional(),
  allianceId: Id.optional(),
}).strict();
export type PeopleQuery = z.infer<typeof PeopleQuery>;

export const PeoplePage = pageOf(PersonProfile).meta({ id: 'PeoplePage' });
export type PeoplePage = z.infer<typeof PeoplePage>;
