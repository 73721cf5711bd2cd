import type { LearningFormat, LearningNeedStatus, MatchParty, MatchReason, ProposalStatus } from '@peerhub/contracts';

export const NEED_STATUS: Record<LearningNeedStatus, { label: string; color: string; description: string }> = {
  draft: { label: 'Draft', color: 'gray', description: 'Only you and the coordinators see it; post it when it is ready' },
  open: { label: 'Open', color: 'blue', description: 'Posted: the coordinators look for peers to match' },
  matched: { label: 'Matched', color: 'teal', description: 'Everyone accepted a match' },
  'in-progress': { label: 'In progress', color: 'grape', description: 'The match is working together' },
  closed: { label: 'Closed', color: 'dark', description: 'No longer looking for peers' },
};

export const NEED_STATUS_OPTIONS = (Object.keys(NEED_STATUS) as LearningNeedStatus[]).map((s) => ({ value: s, label: NEED_STATUS[s].label }));

export const FORMAT_NAMES: Record<LearningFormat, string> = {
  'study-visit': 'Study visit',
  'expert-mission': 'Expert mission',
  workshop: 'Workshop',
  webinar: 'Webinar',
  'paired-calls': 'Paired calls',
};

export const FORMAT_OPTIONS = (Object.keys(FORMAT_NAMES) as LearningFormat[]).map((f) => ({ value: f, label: FORMAT_NAMES[f] }));

export const PROPOSAL_STATUS: Record<ProposalStatus, { label: string; color: string }> = {
  proposed: { label: 'Waiting for answers', color: 'orange' },
  accepted: { label: 'Accepted', color: 'teal' },
  declined: { label: 'Declined', color: 'red' },
  expired: { label: 'Expired', color: 'gray' },
};

export const ANSWER: Record<MatchParty['answer'], { label: string; color: string }> = {
  pending: { label: 'Pending', color: 'orange' },
  accepted: { label: 'Accepted', color: 'teal' },
  declined: { label: 'Declined', color: 'red' },
};

/** Each scoring factor's colour, so the same kind of reason reads the same everywhere. */
export const FACTOR_COLOR: Record<MatchReason['factor'], string> = {
  topics: 'peerhub',
  experience: 'grape',
  languages: 'blue',
  'time-zone': 'cyan',
  availability: 'teal',
  feedback: 'yellow',
  country: 'gray',
};

/** "+15", "+8.8", "−5": the points a reason adds (a true minus sign for screen readers and looks). */
export function formatPoints(points: number): string {
  const value = Math.abs(points);
  const text = Number.isInteger(value) ? String(value) : value.toFixed(1);
  return points < 0 ? `−${text}` : `+${text}`;
}

const MONTH = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });

/** "2027-03" → "Mar 2027". */
export function formatMonth(month: string): string {
  const [year, m] = month.split('-').map(Number);
  if (!year || !m) return month;
  return MONTH.format(new Date(Date.UTC(year, m - 1, 1)));
}

/** "Mar – Jun 2027", "Nov 2027 – Feb 2028", "Mar 2027". */
export function formatTimeFrame(from: string, to: string): string {
  if (from === to) return formatMonth(from);
  const [fromYear] = from.split('-');
  const [toYear] = to.split('-');
  return fromYear === toYear ? `${formatMonth(from).split(' ')[0]} – ${formatMonth(to)}` : `${formatMonth(from)} – ${formatMonth(to)}`;
}
