import { z } from 'zod';

/** Platform-wide role: admins run the platform; everyone else is a user. */
export const PlatformRole = z.enum(['admin', 'user']);
export type PlatformRole = z.infer<typeof PlatformRole>;

/** Role inside one alliance; one person may hold different roles in different alliances. */
export const AllianceRole = z.enum(['coordinator', 'expert', 'member']);
export type AllianceRole = z.infer<typeof AllianceRole>;

export const MembershipStatus = z.enum(['active', 'suspended']);
export type MembershipStatus = z.infer<typeof MembershipStatus>;

/** Kinds of P2P learning events (used by exchanges). */
export const ExchangeType = z.enum(['workshop', 'study-visit', 'webinar', 'expert-mission', 'conference']);
export type ExchangeType = z.infer<typeof ExchangeType>;

export const OrganisationKind = z.enum([
  'ministry',
  'agency',
  'academy',
  'research-centre',
  'hub',
  'international-organisation',
]);
export type OrganisationKind = z.infer<typeof OrganisationKind>;
