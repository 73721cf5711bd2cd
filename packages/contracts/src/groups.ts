import { z } from 'zod';
import { CountryCode, Id, pageOf, PageQuery, Timestamp } from './common';
import { TopicSlug } from './people';

export const GroupVisibility = z.enum(['open', 'by-request', 'invite-only']);
export type GroupVisibility = z.infer<typeof GroupVisibility>;

export const GroupStatus = z.enum(['active', 'archived']);
export type GroupStatus = z.infer<typeof GroupStatus>;

export const GroupRole = z.enum(['lead', 'member']);
export type GroupRole = z.infer<typeof GroupRole>;

/** Where the viewer stands with a group. */
export const GroupStanding = z.enum(['none', 'requested', 'invited', 'member', 'lead']);
export type GroupStanding = z.infer<typeof GroupStanding>;

export const CreateGroupRequest = z
  .strictObject({
    name: z.string().trim().min(3).max(120),
    topics: z.array(TopicSlug).min(1, { error: 'Pick at least one topic' }).max(6),
    purpose: z.string().trim().min(10, { error: 'Say in a sentence what the group is for' }).max(2000),
    visibility: GroupVisibility,
    memberLimit: z.number().int().min(2).max(500).nullable().optional(),
    leadIds: z.array(Id).max(5).optional().describe('People to make leads; the creator is a lead unless others are named'),
  })
  .meta({ id: 'CreateGroupRequest' });
export type CreateGroupRequest = z.infer<typeof CreateGroupRequest>;

export const UpdateGroupRequest = z
  .strictObject({
    name: z.string().trim().min(3).max(120),
    topics: z.array(TopicSlug).min(1).max(6),
    purpose: z.string().trim().min(10).max(2000),
    visibility: GroupVisibility,
    memberLimit: z.number().int().min(2).max(500).nullable(),
    status: GroupStatus,
  })
  .partial()
  .meta({ id: 'UpdateGroupRequest' });
export type UpdateGroupRequest = z.infer<typeof UpdateGroupRequest>;

export const GroupSummary = z
  .object({
    id: Id,
    allianceId: Id,
    allianceName: z.string(),
    name: z.string(),
    topics: z.array(TopicSlug),
    purpose: z.string(),
    visibility: GroupVisibility,
    status: GroupStatus,
    memberLimit: z.number().int().nullable(),
    memberCount: z.number().int(),
    countries: z.array(CountryCode),
    standing: GroupStanding,
    createdAt: Timestamp,
  })
  .meta({ id: 'GroupSummary' });
export type GroupSummary = z.infer<typeof GroupSummary>;

export const GroupMember = z
  .object({
    personId: Id,
    name: z.string(),
    country: CountryCode.nullable(),
    organisationName: z.string().nullable(),
    role: GroupRole,
    joinedAt: Timestamp,
  })
  .meta({ id: 'GroupMember' });
export type GroupMember = z.infer<typeof GroupMember>;

export const GroupDetail = GroupSummary.extend({
  members: z.array(GroupMember),
  leadCount: z.number().int(),
}).meta({ id: 'GroupDetail' });
export type GroupDetail = z.infer<typeof GroupDetail>;

export const GroupsQuery = PageQuery.extend({
  allianceId: Id.optional(),
  q: z.string().trim().max(100).optional(),
  topic: TopicSlug.optional(),
  mine: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
  status: GroupStatus.optional(),
}).strict();
export type GroupsQuery = z.infer<typeof GroupsQuery>;

export const GroupsPage = pageOf(GroupSummary).meta({ id: 'GroupsPage' });
export type GroupsPage = z.infer<typeof GroupsPage>;

export const GroupJoinRequestBody = z.strictObject({ message: z.string().trim().max(1000).optional() }).meta({ id: 'GroupJoinRequestBody' });
export const InviteToGroupRequest = z.strictObject({ personIds: z.array(Id).min(1).max(100) }).meta({ id: 'InviteToGroupRequest' });
export const InviteToGroupResult = z.object({ invited: z.number().int().describe('New invitations; people already in or invited are skipped') }).meta({ id: 'InviteToGroupResult' });
export type InviteToGroupResult = z.infer<typeof InviteToGroupResult>;
export const SetGroupRoleRequest = z.strictObject({ role: GroupRole }).meta({ id: 'SetGroupRoleRequest' });
