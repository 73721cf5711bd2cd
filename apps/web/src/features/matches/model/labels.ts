import type { AuthorisationStatus, CommitmentStatus } from '@peerhub/contracts';

export const COMMITMENT_STATUS: Record<CommitmentStatus, { label: string; color: string }> = {
  planned: { label: 'Planned', color: 'gray' },
  'in-progress': { label: 'In progress', color: 'blue' },
  done: { label: 'Done', color: 'teal' },
  dropped: { label: 'Dropped', color: 'red' },
};
export const COMMITMENT_OPTIONS = Object.entries(COMMITMENT_STATUS).map(([value, { label }]) => ({ value, label }));

export const AUTHORISATION: Record<AuthorisationStatus, { label: string; color: string }> = {
  'not-needed': { label: 'No authoriser', color: 'gray' },
  pending: { label: 'Awaiting authoriser', color: 'yellow' },
  approved: { label: 'Authorised', color: 'teal' },
  refused: { label: 'Not authorised', color: 'red' },
};

/** The self-assessment scale, in words beside each number. */
export const SCALE = [
  { value: '1', label: '1', description: 'New to me' },
  { value: '2', label: '2', description: 'I know the basics' },
  { value: '3', label: '3', description: 'I could do it with help' },
  { value: '4', label: '4', description: 'I could do it' },
  { value: '5', label: '5', description: 'I could teach it' },
];

export const average = (scores: number[]) => (scores.length ? scores.reduce((a, b) => a + b, 0) / scores.length : null);
