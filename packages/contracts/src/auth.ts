import { z } from 'zod';
import { CountryCode, Email, Id, LanguageCode, Password, TimeZone } from './common';
import { Me } from './people';
import { AllianceRole } from './roles';

export const LoginRequest = z
  .strictObject({
    email: Email,
    password: z.string().min(1, { error: 'Enter your password' }).max(200),
  })
  .meta({ id: 'LoginRequest' });
export type LoginRequest = z.infer<typeof LoginRequest>;

/** Answer to sign-in, refresh and invitation acceptance. The refresh token travels in an httpOnly cookie only. */
export const SessionResponse = z
  .object({
    accessToken: z.string(),
    tokenType: z.literal('Bearer'),
    expiresIn: z.number().int().describe('Seconds until the access token expires'),
    person: Me,
  })
  .meta({ id: 'SessionResponse' });
export type SessionResponse = z.infer<typeof SessionResponse>;

export const PasswordResetRequest = z.strictObject({ email: Email }).meta({ id: 'PasswordResetRequest' });
export type PasswordResetRequest = z.infer<typeof PasswordResetRequest>;

export const PasswordResetConfirm = z
  .strictObject({ token: z.string().min(10).max(200), password: Password })
  .meta({ id: 'PasswordResetConfirm' });
export type PasswordResetConfirm = z.infer<typeof PasswordResetConfirm>;

export const AcceptedResponse = z.object({ accepted: z.literal(true), message: z.string() });
export type AcceptedResponse = z.infer<typeof AcceptedResponse>;

export const CreateInvitationRequest = z
  .strictObject({
    email: Email,
    name: z.string().trim().min(2).max(120),
    allianceId: Id,
    role: AllianceRole,
    country: CountryCode.optional(),
    organisationId: Id.optional(),
    message: z.string().trim().max(1000).optional(),
  })
  .meta({ id: 'CreateInvitationRequest' });
export type CreateInvitationRequest = z.infer<typeof CreateInvitationRequest>;

export const InvitationStatus = z.enum(['pending', 'accepted', 'expired', 'revoked']);
export type InvitationStatus = z.infer<typeof InvitationStatus>;

export const Invitation = z
  .object({
    id: Id,
    email: z.string(),
    name: z.string(),
    allianceId: Id,
    allianceName: z.string(),
    role: AllianceRole,
    status: InvitationStatus,
    invitedByName: z.string(),
    expiresAt: z.string(),
    createdAt: z.string(),
  })
  .meta({ id: 'Invitation' });
export type Invitation = z.infer<typeof Invitation>;

export const InvitationList = z.object({ items: z.array(Invitation) }).meta({ id: 'InvitationList' });
export type InvitationList = z.infer<typeof InvitationList>;

export const InvitationTokenQuery = z.strictObject({ token: z.string().min(10).max(200) });

/** What the invitee sees before accepting: enough to recognise the invitation, nothing more. */
export const InvitationPreview = z
  .object({
    email: z.string(),
    name: z.string(),
    allianceName: z.string(),
    role: AllianceRole,
    invitedByName: z.string(),
    country: CountryCode.nullable(),
    hasAccount: z.boolean().describe('True when the e-mail already has an account: accepting then only adds the membership'),
    expiresAt: z.string(),
  })
  .meta({ id: 'InvitationPreview' });
export type InvitationPreview = z.infer<typeof InvitationPreview>;

export const AcceptInvitationRequest = z
  .strictObject({
    token: z.string().min(10).max(200),
    name: z.string().trim().min(2).max(120),
    password: Password,
    country: CountryCode.nullable().optional(),
    timezone: TimeZone,
    languages: z.array(LanguageCode).max(12).optional(),
  })
  .meta({ id: 'AcceptInvitationRequest' });
export type AcceptInvitationRequest = z.infer<typeof AcceptInvitationRequest>;

/** A spreadsheet of invitees: one header row (name, email, country, organisation, role), up to 2,000 rows. */
export const ImportPreviewRequest = z
  .strictObject({ csv: z.string().min(1, { error: 'The file is empty' }).max(1_000_000, { error: 'The file is larger than 1 MB' }) })
  .meta({ id: 'ImportPreviewRequest' });
export type ImportPreviewRequest = z.infer<typeof ImportPreviewRequest>;

export const ImportRow = z.object({
  line: z.number().int().describe('Line in the file (the header is line 1)'),
  name: z.string(),
  email: z.string(),
  country: z.string(),
  organisation: z.string(),
  role: z.string(),
  organisationId: Id.nullable(),
  errors: z.array(z.string()).describe('Empty when the row can be invited'),
});
export type ImportRow = z.infer<typeof ImportRow>;

export const ImportPreview = z
  .object({ rows: z.array(ImportRow), validCount: z.number().int(), invalidCount: z.number().int(), fileErrors: z.array(z.string()) })
  .meta({ id: 'ImportPreview' });
export type ImportPreview = z.infer<typeof ImportPreview>;

export const InviteBatchRequest = z
  .strictObject({ invitations: z.array(CreateInvitationRequest).min(1).max(50) })
  .meta({ id: 'InviteBatchRequest' });
export type InviteBatchRequest = z.infer<typeof InviteBatchRequest>;

export const InviteBatchResult = z
  .object({ results: z.array(z.object({ email: z.string(), ok: z.boolean(), error: z.string().optional() })) })
  .meta({ id: 'InviteBatchResult' });
export type InviteBatchResult = z.infer<typeof InviteBatchResult>;
