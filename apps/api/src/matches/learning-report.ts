import { formattingLocale, type CommitmentStatus, type Match, type UiLocale } from '@peerhub/contracts';
import { mailDate, textsIn } from '../mail/mail-messages';

/** ICU select keys cannot hold a hyphen. */
const STATUS_KEY = { planned: 'planned', 'in-progress': 'inProgress', done: 'done', dropped: 'dropped' } as const satisfies Record<CommitmentStatus, string>;

const average = (scores: number[]) => (scores.length ? scores.reduce((a, b) => a + b, 0) / scores.length : null);

/**
 * The learning report as plain text (the mail to authorisers), in the reader's language: who took
 * part, each objective with the self-assessed level before and after, and the action plans with
 * their status. What the parties wrote (objectives, commitments) stays as written.
 */
export function learningReportText(match: Match, locale: UiLocale): string {
  const t = textsIn(locale);
  const score = new Intl.NumberFormat(formattingLocale(locale), { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const one = (n: number | null) => (n === null ? '–' : score.format(n));
  const people = match.members.map((m) => t('mail.report.person', { name: m.name, side: m.side })).join(', ');
  const objectives = match.objectives.map((o) => {
    const before = average(o.assessments.filter((a) => a.phase === 'before').map((a) => a.score));
    const after = average(o.assessments.filter((a) => a.phase === 'after').map((a) => a.score));
    return t('mail.report.objective', { text: o.text, before: one(before), after: one(after) });
  });
  const commitments = match.commitments.map((c) => {
    const commitment = t('mail.report.commitment', { text: c.text, owner: c.owner, dueDate: mailDate(locale, c.dueDate), status: STATUS_KEY[c.status] });
    return c.sharedForward ? t('mail.report.sharedForward', { commitment, shared: c.sharedForward }) : commitment;
  });
  return [
    t('mail.report.title', { title: match.needTitle }),
    t('mail.report.takingPart', { people }),
    '',
    t('mail.report.objectives'),
    ...(objectives.length ? objectives : [t('mail.report.noObjectives')]),
    '',
    t('mail.report.actionPlan'),
    ...(commitments.length ? commitments : [t('mail.report.noCommitments')]),
  ].join('\n');
}
