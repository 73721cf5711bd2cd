import type { CountryCode, LanguageCode, Me, PersonProfile, TopicSlug } from '@peerhub/contracts';
import type { AllianceMembershipEntity } from '../alliances/alliance-membership.entity';
import type { PersonEntity } from './person.entity';

export type MembershipWithAlliance = Pick<AllianceMembershipEntity, 'allianceId' | 'role' | 'status'> & { allianceName: string };

/** The only way a person leaves the API: as the profile others see… */
export function toPersonProfile(person: PersonEntity, memberships: MembershipWithAlliance[]): PersonProfile {
  return {
    id: person.id,
    name: person.name,
    country: person.country as CountryCode | null,
    organisationId: person.organisationId,
    organisationName: person.organisation?.name ?? null,
    position: person.position,
    languages: person.languages as LanguageCode[],
    timezone: person.timezone,
    expertiseTopics: person.expertiseTopics as TopicSlug[],
    availability: person.availability,
    bio: person.bio,
    avatarUrl: person.avatarUrl,
    memberships: memberships.map(({ allianceId, allianceName, role, status }) => ({ allianceId, allianceName, role, status })),
  };
}

/** …or as the signed-in person sees themselves. */
export function toMe(person: PersonEntity, memberships: MembershipWithAlliance[]): Me {
  return {
    ...toPersonProfile(person, memberships),
    email: person.email,
    platformRole: person.platformRole,
    locale: person.locale,
    createdAt: person.createdAt.toISOString(),
  };
}
