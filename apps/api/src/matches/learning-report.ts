import type { Match } from '@peerhub/contracts';

const average = (scores: number[]) => (scores.length ? scores.reduce((a, b) => a + b, 0) / scores.length : null);
const one = (n: number | null) => (n === null ? '–' : n.toFixed(1));

/**
 * The learning report as plain text (the mail to authorisers): who took part, each objective with
 * the self-assessed level before and after, and the action plans with their status.
 */
export function learningReportText(match: Match): string {
  const people = match.members.map((m) => `${m.name} (${m.side})`).join(', ');
  const objectives = match.objectives.map((o) => {
    const before = average(o.assessments.filter((a) => a.phase === 'before').map((a) => a.score));
    const after = average(o.assessments.filter((a) => a.phase === 'after').map((a) => a.score));
    return `- ${o.text}: ${one(before)} → ${one(after)} (self-assessed, 1–5)`;
  });
  const commitments = match.commitments.map((c) => `- ${c.text} — ${c.owner}, due ${c.dueDate}: ${c.status}${c.sharedForward ? `; shared: ${c.sharedForward}` : ''}`);
  return [
    `Learning report: ${match.needTitle}`,
    `Taking part: ${people}.`,
    '',
    'Learning objectives (before → after):',
    ...(objectives.length ? objectives : ['- none were set']),
    '',
    'Action plan:',
    ...(commitments.length ? commitments : ['- no commitments were written']),
  ].join('\n');
}
