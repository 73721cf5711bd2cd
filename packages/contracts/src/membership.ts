import { z } from 'zod';
import { CountryCode, Id, pageOf, PageQuery, Timestamp } from './common';
import { AllianceRole, MembershipStatus } from './roles';

/** A request to join an alliance or one of its peer groups, as coordinators and leads see it. */
export const JoinRequestKind = z.enum(['alliance', 'group']);
export type JoinRequestKind = z.infer<typeof JoinRequestKind>;

export const JoinRequest = z
  .object({
    id: Id,
    kind: JoinRequestKind,
    allianceId: Id,
    allianceName: z.string(),
    groupId: Id.nullable(),
    groupName: z.string().nullable(),
    personId: Id,
    personName: z.string(),
    country: CountryCode.nullable(),
    organisationName: z.string().nullable(),
    message: z.string(),
    createdAt: Timestamp,
  })
  .meta({ id: 'JoinRequest' });
export type JoinRequest = z.infer<typeof JoinRequest>;

export const JoinRequestList = z.object({ items: z.array(JoinRequest) }).meta({ id: 'JoinRequestList' });
export type JoinRequestList = z.infer<typeof JoinRequestList>;

export const AllianceJoinRequestBody = z
  .strictObject({ message: z.string().trim().max(1000).optional() })
  .meta({ id: 'AllianceJoinRequestBody' });

export const Decision = z.enum(['approve', 'reject']);
export type Decision = z.infer<typeof Decision>;

/** One click per request, or many at once; a rejection carries a reason the person reads. */
export const DecideRequests = z
  .strictObject({
    decisions: z
      .array(
        z.strictObject({
          requestId: Id,
          kind: JoinRequestKind,
          decision: Decision,
          reason: z.string().trim().max(500).optional(),
        }),
      )
      .min(1)
      .max(200),
  })
  .superRefine((body, ctx) => {
    body.decisions.forEach((d, i) => {
      if (d.decision === 'reject' && !d.reason) {
        ctx.addIssue({ code: 'custom', path: ['decisions', i, 'reason'], message: 'Give a reason for a rejection' });
      }
    });
  })
  .meta({ id: 'DecideRequests' });
export type DecideRequests = z.infer<typeof DecideRequests>;

export const DecisionOutcome = z.object({
  requestId: Id,
  ok: z.boolean(),
  error: z.string().optional(),
});
export const DecideRequestsResult = z.object({ results: z.array(DecisionOutcome) }).meta({ id: 'DecideRequestsResult' });
export type DecideRequestsResult = z.infer<typeof DecideRequestsResult>;

export const MemberRow = z
  .object({
    personId: Id,
    name: z.string(),
    email: z.string(),
    country: CountryCode.nullable(),
    organisationName: z.string().nullable(),
    role: AllianceRole,
    status: MembershipStatus,
    groupCount: z.number().int(),
    joinedAt: Timestamp,
  })
  .meta({ id: 'MemberRow' });
export type MemberRow = z.infer<typeof MemberRow>;

export const MembersQuery = PageQuery.extend({
  q: z.string().trim().max(100).optional(),
  country: CountryCode.optional(),
  role: AllianceRole.optional(),
  status: MembershipStatus.optional(),
  groupId: Id.optional(),
  sort: z.enum(['name', 'country', 'role', 'joinedAt']).default('name'),
  order: z.enum(['asc', 'desc']).default('asc'),
}).strict();
export type MembersQuery = z.infer<typeof MembersQuery>;

export const MembersPage = pageOf(MemberRow).meta({ id: 'MembersPage' });
export type MembersPage = z.infer<typeof MembersPage>;

export const ChangeMembershipRequest = z
  .strictObject({
    role: AllianceRole.optional(),
    status: MembershipStatus.optional(),
    reason: z.string().trim().max(500).optional(),
  })
  .refine((b) => b.role !== undefined || b.status !== undefined, { error: 'Change the role or the status' })
  .meta({ id: 'ChangeMembershipRequest' });
export type ChangeMembershipRequest = z.infer<typeof ChangeMembershipRequest>;

export const AuditAction = z.enum([
  'alliance.invited',
  'alliance.joined',
  'alliance.requested',
  'alliance.request-approved',
  'alliance.request-rejected',
  'alliance.role-changed',
  'alliance.suspended',
  'alliance.reinstated',
  'alliance.removed',
  'group.created',
  'group.updated',
  'group.joined',
  'group.requested',
  'group.request-approved',
  'group.request-rejected',
  'group.invited',
  'group.left',
  'group.removed',
  'group.role-changed',
]);
export type AuditAction = z.infer<typeof AuditAction>;

export const AuditEntry = z
  .object({
    id: Id,
    at: Timestamp,
    action: AuditAction,
    actorId: Id.nullable(),
    actorName: z.string().nullable(),
    subjectId: Id.nullable(),
    subjectName: z.string().nullable(),
    groupId: Id.nullable(),
    groupName: z.string().nullable(),
    before: z.record(z.string(), z.unknown()).nullable(),
    after: z.record(z.string(), z.unknown()).nullable(),
    reason: z.string().nullable(),
  })
  .meta({ id: 'AuditEntry' });
export type AuditEntry = z.infer<typeof AuditEntry>;

export const AuditQuery = PageQuery.extend({
  personId: Id.optional(),
  action: AuditAction.optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
}).strict();
export type AuditQuery = z.infer<typeof AuditQuery>;

export const AuditPage = pageOf(AuditEntry).meta({ id: 'AuditPage' });
export type AuditPage = z.infer<typeof AuditPage>;

export const AllianceStats = z
  .object({
    membersByCountry: z.array(z.object({ country: CountryCode.nullable(), count: z.number().int() })),
    membersByRole: z.array(z.object({ role: AllianceRole, count: z.number().int() })),
    growth: z.array(z.object({ month: z.string().describe('YYYY-MM'), total: z.number().int() })),
    groupsByActivity: z.array(z.object({ groupId: Id, name: z.string(), members: z.number().int(), joinedLast30Days: z.number().int() })),
  })
  .meta({ id: 'AllianceStats' });
export type AllianceStats = z.infer<typeof AllianceStats>;

export const RemoveRequest = z.strictObject({ reason: z.string().trim().max(500).optional() }).meta({ id: 'RemoveRequest' });
