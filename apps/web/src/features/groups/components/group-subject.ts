import type { GroupDetail, GroupSummary, GroupVisibility } from '@peerhub/contracts';
import type { GroupSubject } from '@peerhub/domain';

/** What the group policies decide on, from what the page already holds (a summary does not count leads). */
export function groupSubject(group: GroupSummary | GroupDetail): GroupSubject {
  return {
    allianceId: group.allianceId,
    visibility: group.visibility,
    status: group.status,
    standing: group.standing,
    memberCount: group.memberCount,
    memberLimit: group.memberLimit,
    leadCount: 'leadCount' in group ? group.leadCount : 0,
  };
}

export const VISIBILITY: Record<GroupVisibility, { label: string; color: string; description: string }> = {
  open: { label: 'Open', color: 'teal', description: 'Anyone in the alliance can join' },
  'by-request': { label: 'By request', color: 'blue', description: 'Members ask to join; a lead or coordinator decides' },
  'invite-only': { label: 'Invite only', color: 'grape', description: 'Only invited people can join; hidden from others' },
};

export const VISIBILITY_OPTIONS = (Object.keys(VISIBILITY) as GroupVisibility[]).map((v) => ({ value: v, label: `${VISIBILITY[v].label} · ${VISIBILITY[v].description}` }));
