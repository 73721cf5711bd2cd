import { CreateLearningNeedRequest, type LearningFormat, type LearningNeed } from '@peerhub/contracts';
import { t } from '../../../i18n/locale-store';
import { validateWith } from '../../../lib/form';

/** The need form: the request's fields as Mantine holds them (months as "YYYY-MM" strings). */
export interface NeedFormValues {
  allianceId: string;
  title: string;
  challenge: string;
  topics: string[];
  outcomes: string;
  addedValue: string;
  formats: string[];
  languages: string[];
  /** The language the need is written in (search stems it in that language). */
  language: string;
  timeFrom: string;
  timeTo: string;
  organisation: string;
}

const monthOf = (date: Date) => `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}`;

/** A new need: the person's own languages, written in the page's, and a time frame from next month to six months on. */
export function newNeedValues(allianceId: string, languages: readonly string[], writtenIn = 'en', today = new Date()): NeedFormValues {
  return {
    allianceId,
    title: '',
    challenge: '',
    topics: [],
    outcomes: '',
    addedValue: '',
    formats: [],
    languages: [...languages],
    language: writtenIn,
    timeFrom: monthOf(new Date(today.getFullYear(), today.getMonth() + 1, 1)),
    timeTo: monthOf(new Date(today.getFullYear(), today.getMonth() + 6, 1)),
    organisation: '',
  };
}

export function valuesOf(need: LearningNeed): NeedFormValues {
  return {
    allianceId: need.allianceId,
    title: need.title,
    challenge: need.challenge,
    topics: need.topics,
    outcomes: need.outcomes,
    addedValue: need.addedValue,
    formats: need.formats,
    languages: need.languages,
    language: need.language,
    timeFrom: need.timeFrom,
    timeTo: need.timeTo,
    organisation: need.organisation,
  };
}

/** The CreateLearningNeedRequest the form stands for (without allianceId it is a whole UpdateLearningNeedRequest). */
export function toRequest(v: NeedFormValues): CreateLearningNeedRequest {
  return {
    allianceId: v.allianceId,
    title: v.title,
    challenge: v.challenge,
    topics: v.topics as CreateLearningNeedRequest['topics'],
    outcomes: v.outcomes,
    addedValue: v.addedValue,
    formats: v.formats as LearningFormat[],
    languages: v.languages as CreateLearningNeedRequest['languages'],
    language: v.language as NonNullable<CreateLearningNeedRequest['language']>,
    timeFrom: v.timeFrom,
    timeTo: v.timeTo,
    organisation: v.organisation,
  };
}

/** Zod's generic wording, said the way a person acts on it; the contract's own messages pass through. */
function friendly(message: string): string {
  const max = /expected (?:string|array) to have <=(\d+)/.exec(message);
  if (max) return t(/array/.test(message) ? 'learning.form.error.maxChoices' : 'learning.form.error.maxCharacters', { max: Number(max[1]), limit: max[1] ?? '' });
  if (/Invalid input: expected string|Invalid string/i.test(message)) return t('learning.form.error.month');
  if (/Invalid option|Invalid input: expected "|Invalid UUID/i.test(message)) return t('learning.form.error.pickOne');
  return message;
}

/** Errors from the contract or the API, keyed by field ("topics.0" is shown on "topics"). */
export function formErrors(errors: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [path, message] of Object.entries(errors)) {
    const field = path.split('.')[0] ?? path;
    out[field] ??= friendly(message);
  }
  return out;
}

export function validateNeed(v: NeedFormValues): Record<string, string> {
  const errors = formErrors(validateWith(CreateLearningNeedRequest, toRequest)(v));
  if (!v.allianceId) errors.allianceId = t('learning.form.error.pickAlliance');
  return errors;
}
