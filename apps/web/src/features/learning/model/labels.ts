import type { LearningFormat, LearningNeedStatus, MatchParty, MatchReason, ProposalStatus } from '@peerhub/contracts';
import { formatNumber } from '../../../i18n/format';
import { currentFormattingLocale, t } from '../../../i18n/locale-store';

// Functions, not constants: the labels are built in the language on screen.

const NEED_STATUS_COLOR: Record<LearningNeedStatus, string> = {
  draft: 'gray',
  open: 'blue',
  matched: 'teal',
  'in-progress': 'grape',
  closed: 'dark',
};

export const needStatus = (status: LearningNeedStatus): { label: string; color: string; description: string } => ({
  label: t(`learning.needStatus.${status}.label`),
  color: NEED_STATUS_COLOR[status],
  description: t(`learning.needStatus.${status}.description`),
});

export const needStatusOptions = () => (Object.keys(NEED_STATUS_COLOR) as LearningNeedStatus[]).map((s) => ({ value: s, label: needStatus(s).label }));

const FORMATS: readonly LearningFormat[] = ['study-visit', 'expert-mission', 'workshop', 'webinar', 'paired-calls'];

export const formatName = (format: LearningFormat): string => t(`learning.format.${format}`);

export const formatOptions = () => FORMATS.map((f) => ({ value: f, label: formatName(f) }));

const PROPOSAL_STATUS_COLOR: Record<ProposalStatus, string> = {
  proposed: 'orange',
  accepted: 'teal',
  declined: 'red',
  expired: 'gray',
};

export const proposalStatus = (status: ProposalStatus): { label: string; color: string } => ({ label: t(`learning.proposalStatus.${status}`), color: PROPOSAL_STATUS_COLOR[status] });

const ANSWER_COLOR: Record<MatchParty['answer'], string> = {
  pending: 'orange',
  accepted: 'teal',
  declined: 'red',
};

export const answerLabel = (answer: MatchParty['answer']): { label: string; color: string } => ({ label: t(`learning.answer.${answer}`), color: ANSWER_COLOR[answer] });

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

/** A score or points: whole numbers as they are, others with one decimal ("15", "8.8"; "8,8" in Russian). */
export const formatScore = (n: number): string => (Number.isInteger(n) ? formatNumber(n) : formatNumber(n, { minimumFractionDigits: 1, maximumFractionDigits: 1 }));

/** "+15", "+8.8", "−5": the points a reason adds (a true minus sign for screen readers and looks). */
export function formatPoints(points: number): string {
  const text = formatScore(Math.abs(points));
  return points < 0 ? `−${text}` : `+${text}`;
}

const monthFormats = new Map<string, Intl.DateTimeFormat>();
function monthFormat(): Intl.DateTimeFormat {
  const locale = currentFormattingLocale();
  let format = monthFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' });
    monthFormats.set(locale, format);
  }
  return format;
}

const dateOf = (month: string): Date | null => {
  const [year, m] = month.split('-').map(Number);
  return year && m ? new Date(Date.UTC(year, m - 1, 1)) : null;
};

/** "2027-03" → "Mar 2027" ("март 2027 г." in Russian). */
export function formatMonth(month: string): string {
  const date = dateOf(month);
  return date ? monthFormat().format(date) : month;
}

/** "Mar – Jun 2027", "Nov 2027 – Feb 2028", "Mar 2027". */
export function formatTimeFrame(from: string, to: string): string {
  if (from === to) return formatMonth(from);
  const [fromYear] = from.split('-');
  const [toYear] = to.split('-');
  const [start, end] = [dateOf(from), dateOf(to)];
  if (fromYear !== toYear || !start || !end) return `${formatMonth(from)} – ${formatMonth(to)}`;
  // One year: the language puts the months and the year in its own order ("2027 ж. нау. – мау." in Kazakh).
  const part = (date: Date, type: 'month' | 'year') => monthFormat().formatToParts(date).find((p) => p.type === type)?.value ?? '';
  return t('learning.timeFrame.sameYear', { fromMonth: part(start, 'month'), toMonth: part(end, 'month'), year: part(end, 'year') });
}
