import type { GroupDetail, GroupSummary, GroupVisibility } from '@peerhub/contracts';
import type { GroupSubject } from '@peerhub/domain';
import { t } from '../../../i18n/locale-store';

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

const VISIBILITY_COLORS: Record<GroupVisibility, string> = { open: 'teal', 'by-request': 'blue', 'invite-only': 'grape' };

/** Who can join, in the language on screen (functions, not constants: the language can change). */
export function visibility(v: GroupVisibility): { label: string; color: string; description: string } {
  return { label: t(`groups.visibility.${v}`), color: VISIBILITY_COLORS[v], description: t(`groups.visibility.${v}.description`) };
}

export const visibilityOptions = () =>
  (Object.keys(VISIBILITY_COLORS) as GroupVisibility[]).map((v) => ({ value: v, label: `${visibility(v).label} · ${visibility(v).description}` }));
