import type { AuthorisationStatus, CommitmentStatus } from '@peerhub/contracts';
import { formatNumber } from '../../../i18n/format';
import { t } from '../../../i18n/locale-store';

// Functions, not constants: the labels are built in the language on screen.

const COMMITMENT_COLOR: Record<CommitmentStatus, string> = {
  planned: 'gray',
  'in-progress': 'blue',
  done: 'teal',
  dropped: 'red',
};

export const commitmentStatus = (status: CommitmentStatus): { label: string; color: string } => ({ label: t(`matches.commitmentStatus.${status}`), color: COMMITMENT_COLOR[status] });

export const commitmentOptions = () => (Object.keys(COMMITMENT_COLOR) as CommitmentStatus[]).map((value) => ({ value, label: commitmentStatus(value).label }));

const AUTHORISATION_COLOR: Record<AuthorisationStatus, string> = {
  'not-needed': 'gray',
  pending: 'yellow',
  approved: 'teal',
  refused: 'red',
};

export const authorisation = (status: AuthorisationStatus): { label: string; color: string } => ({ label: t(`matches.authorisation.${status}`), color: AUTHORISATION_COLOR[status] });

/** The self-assessment scale, in words beside each number. */
export const scale = () => (['1', '2', '3', '4', '5'] as const).map((value) => ({ value, label: value, description: t(`matches.scale.${value}`) }));

export const average = (scores: number[]) => (scores.length ? scores.reduce((a, b) => a + b, 0) / scores.length : null);

/** A level with one decimal: "3.5" ("3,5" in Russian). */
export const oneDecimal = (n: number): string => formatNumber(n, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
