import type { CountryCode, GroupDetail, GroupMember, GroupStanding, GroupSummary, TopicSlug } from '@peerhub/contracts';
import type { GroupSubject } from '@peerhub/domain';
import type { GroupMembershipEntity } from './group-membership.entity';
import type { GroupCounts } from './groups.repository';
import type { PeerGroupEntity } from './peer-group.entity';

export function standingOf(membership: GroupMembershipEntity | null | undefined): GroupStanding {
  if (!membership) return 'none';
  if (membership.state === 'active') return membership.role === 'lead' ? 'lead' : 'member';
  return membership.state;
}

/** The policy subject of a group, as seen by one person. */
export function groupSubject(group: PeerGroupEntity, counts: GroupCounts, standing: GroupStanding): GroupSubject {
  return {
    allianceId: group.allianceId,
    visibility: group.visibility,
    status: group.status,
    standing,
    memberCount: counts.memberCount,
    memberLimit: group.memberLimit,
    leadCount: counts.leadCount,
  };
}

export function toGroupSummary(group: PeerGroupEntity, counts: GroupCounts, standing: GroupStanding): GroupSummary {
  return {
    id: group.id,
    allianceId: group.allianceId,
    allianceName: group.alliance?.name ?? '',
    name: group.name,
    topics: group.topics as TopicSlug[],
    purpose: group.purpose,
    visibility: group.visibility,
    status: group.status,
    memberLimit: group.memberLimit,
    memberCount: counts.memberCount,
    countries: counts.countries as CountryCode[],
    standing,
    createdAt: group.createdAt.toISOString(),
  };
}

export function toGroupMember(m: GroupMembershipEntity): GroupMember {
  return {
    personId: m.personId,
    name: m.person?.name ?? '',
    country: (m.person?.country ?? null) as CountryCode | null,
    organisationName: m.person?.organisation?.name ?? null,
    role: m.role,
    joinedAt: m.createdAt.toISOString(),
  };
}

export function toGroupDetail(summary: GroupSummary, members: GroupMembershipEntity[], leadCount: number): GroupDetail {
  return { ...summary, members: members.map(toGroupMember), leadCount };
}
