import { CreateExchangeRequest, type ExchangeDetail } from '@peerhub/contracts';
import { localDays } from '@peerhub/domain';
import { randomId } from '@mantine/hooks';
import { t } from '../../../i18n/locale-store';
import { validateWith } from '../../../lib/form';
import { mainZoneOf } from './labels';
import { instantOf } from './time';
import { toLocal } from '@peerhub/domain';

export interface MaterialValues {
  title: string;
  url: string;
}

export interface SessionValues {
  key: string;
  /** YYYY-MM-DD in the host's zone: one of the exchange's days. */
  day: string;
  start: string;
  end: string;
  topic: string;
  speakers: string[];
  materials: MaterialValues[];
}

/** The form: dates and times are wall-clock values in the host's zone (`timezone`), turned into instants on submit. */
export interface ExchangeFormValues {
  allianceId: string;
  type: string;
  title: string;
  description: string;
  learningObjectives: string[];
  hostCountry: string;
  hostOrganisationId: string | null;
  coOrganiserIds: string[];
  format: string;
  venue: string;
  meetingUrl: string;
  timezone: string;
  startDate: string;
  startTime: string;
  endDate: string;
  endTime: string;
  capacity: number | string;
  requiresApproval: boolean;
  groupIds: string[];
  inviteeIds: string[];
  agenda: SessionValues[];
}

export const emptySession = (day: string): SessionValues => ({ key: randomId(), day, start: '09:00', end: '10:30', topic: '', speakers: [], materials: [] });

export function newExchangeValues(allianceId: string, country: string | null): ExchangeFormValues {
  return {
    allianceId,
    type: 'workshop',
    title: '',
    description: '',
    learningObjectives: [''],
    hostCountry: country ?? '',
    hostOrganisationId: null,
    coOrganiserIds: [],
    format: 'in-person',
    venue: '',
    meetingUrl: '',
    timezone: mainZoneOf(country),
    startDate: '',
    startTime: '09:00',
    endDate: '',
    endTime: '17:00',
    capacity: '',
    requiresApproval: false,
    groupIds: [],
    inviteeIds: [],
    agenda: [],
  };
}

/** An exchange as the form shows it: its instants as wall-clock values in its host's zone. */
export function valuesOf(e: ExchangeDetail): ExchangeFormValues {
  const start = toLocal(new Date(e.startsAt), e.timezone);
  const end = toLocal(new Date(e.endsAt), e.timezone);
  return {
    allianceId: e.allianceId,
    type: e.type,
    title: e.title,
    description: e.description,
    learningObjectives: e.learningObjectives.length ? e.learningObjectives : [''],
    hostCountry: e.hostCountry,
    hostOrganisationId: e.hostOrganisation?.id ?? null,
    coOrganiserIds: e.coOrganisers.map((o) => o.id),
    format: e.format,
    venue: e.venue,
    meetingUrl: e.meetingUrl ?? '',
    timezone: e.timezone,
    startDate: start.date,
    startTime: start.time,
    endDate: end.date,
    endTime: end.time,
    capacity: e.capacity ?? '',
    requiresApproval: e.requiresApproval,
    groupIds: e.groupIds,
    inviteeIds: e.invitees.map((p) => p.id),
    agenda: e.agenda.map((a) => {
      const s = toLocal(new Date(a.startsAt), e.timezone);
      return { key: a.id, day: s.date, start: s.time, end: toLocal(new Date(a.endsAt), e.timezone).time, topic: a.topic, speakers: a.speakers, materials: a.materials };
    }),
  };
}

/** The exchange's days in its host's zone, once start and end are filled in. */
export function exchangeDays(v: Pick<ExchangeFormValues, 'startDate' | 'startTime' | 'endDate' | 'endTime' | 'timezone'>): string[] {
  const start = instantOf(v.startDate, v.startTime, v.timezone);
  const end = instantOf(v.endDate, v.endTime, v.timezone);
  if (!start || !end || end <= start) return v.startDate ? [v.startDate] : [];
  return localDays(new Date(start), new Date(end), v.timezone);
}

/** Blank objective lines are left out; their indices are kept to put errors back on the right line. */
const keptObjectives = (v: ExchangeFormValues) => v.learningObjectives.map((text, index) => ({ text, index })).filter((o) => o.text.trim() !== '');

/** The request the form stands for (CreateExchangeRequest; without allianceId it is a whole UpdateExchangeRequest). */
export function toRequest(v: ExchangeFormValues) {
  const at = (date: string, time: string) => instantOf(date, time, v.timezone) ?? '';
  return {
    allianceId: v.allianceId,
    type: v.type,
    title: v.title,
    description: v.description,
    learningObjectives: keptObjectives(v).map((o) => o.text),
    hostCountry: v.hostCountry,
    hostOrganisationId: v.hostOrganisationId || null,
    coOrganiserIds: v.coOrganiserIds,
    format: v.format,
    venue: v.format === 'online' ? '' : v.venue.trim(),
    meetingUrl: v.format === 'in-person' ? null : v.meetingUrl.trim() || null,
    startsAt: at(v.startDate, v.startTime),
    endsAt: at(v.endDate, v.endTime),
    timezone: v.timezone,
    capacity: v.capacity === '' ? null : Number(v.capacity),
    requiresApproval: v.requiresApproval,
    groupIds: v.groupIds,
    inviteeIds: v.inviteeIds,
    agenda: v.agenda.map((s) => ({ startsAt: at(s.day, s.start), endsAt: at(s.day, s.end), topic: s.topic, speakers: s.speakers, materials: s.materials })),
  };
}

/** Zod's generic wording, said the way a person acts on it. */
function friendly(message: string): string {
  const min = /expected (?:string|array) to have >=(\d+)/.exec(message);
  if (min) return min[1] === '1' ? t('exchanges.validation.fillIn') : t('exchanges.validation.atLeast', { min: Number(min[1]) });
  const max = /expected (?:string|array) to have <=(\d+)/.exec(message);
  if (max) return t('exchanges.validation.atMost', { max: Number(max[1]) });
  if (/Invalid ISO datetime/i.test(message)) return t('exchanges.validation.dateTime');
  if (/Invalid URL/i.test(message)) return t('exchanges.validation.url');
  if (/Invalid option|Invalid input: expected "/i.test(message)) return t('exchanges.validation.pickOne');
  return message;
}

/** Errors keyed by the request's paths, renamed to the form's (objective lines) and reworded. */
export function formErrors(v: ExchangeFormValues, errors: Record<string, string>): Record<string, string> {
  const kept = keptObjectives(v);
  const out: Record<string, string> = {};
  for (const [path, message] of Object.entries(errors)) {
    const objective = /^learningObjectives\.(\d+)$/.exec(path);
    const key = objective ? `learningObjectives.${kept[Number(objective[1])]?.index ?? objective[1]}` : path;
    out[key] ??= friendly(message);
  }
  return out;
}

export function validateExchange(v: ExchangeFormValues): Record<string, string> {
  const errors = formErrors(v, validateWith(CreateExchangeRequest, toRequest)(v));
  if (!v.allianceId) errors.allianceId = t('exchanges.validation.pickAlliance');
  return errors;
}
