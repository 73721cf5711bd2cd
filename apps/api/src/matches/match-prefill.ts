import type { CountryCode, CreateExchangeRequest, CreateGroupRequest, ExchangeType, LearningFormat } from '@peerhub/contracts';
import { fromLocal } from '@peerhub/domain';
import type { LearningNeedEntity } from '../learning-needs/learning-need.entity';

const EXCHANGE_TYPE: Record<LearningFormat, ExchangeType> = {
  'study-visit': 'study-visit',
  'expert-mission': 'expert-mission',
  workshop: 'workshop',
  webinar: 'webinar',
  'paired-calls': 'webinar',
};

/** The match's peer group: invite-only, led by the learner, about the need's topics. */
export function prefilledGroup(need: LearningNeedEntity, learnerId: string): CreateGroupRequest {
  return {
    name: `Match: ${need.title}`.slice(0, 120),
    topics: need.topics as CreateGroupRequest['topics'],
    purpose: need.challenge.slice(0, 2000),
    visibility: 'invite-only',
    leadIds: [learnerId],
  };
}

/**
 * The match's draft exchange, for the coordinator to finish: the need's first format, title and
 * outcomes, hosted by the first peer (their country and time zone), on the first weekday of the
 * time frame, 10:00–16:00 in the host's zone. Online formats wait for a link, so the draft says
 * "to be agreed" as an in-person venue until the organiser chooses.
 */
export function prefilledExchange(need: LearningNeedEntity, host: { country: string; timezone: string }, groupId: string | null, inviteeIds: string[]): CreateExchangeRequest {
  const day = firstWeekday(need.timeFrom);
  const objectives = need.outcomes
    .split(/\n+/)
    .map((line) => line.replace(/^[-*•\d.)\s]+/, '').trim())
    .filter((line) => line.length >= 3)
    .slice(0, 12)
    .map((line) => line.slice(0, 300));
  return {
    allianceId: need.allianceId,
    type: EXCHANGE_TYPE[need.formats[0] ?? 'workshop'],
    title: need.title.slice(0, 200),
    description: [need.challenge, need.addedValue && `Added value sought: ${need.addedValue}`].filter(Boolean).join('\n\n').slice(0, 10_000),
    learningObjectives: objectives,
    hostCountry: host.country as CountryCode,
    format: 'in-person',
    venue: 'To be agreed',
    startsAt: fromLocal({ date: day, time: '10:00' }, host.timezone).toISOString(),
    endsAt: fromLocal({ date: day, time: '16:00' }, host.timezone).toISOString(),
    timezone: host.timezone,
    groupIds: groupId ? [groupId] : [],
    inviteeIds,
  };
}

/** The first Monday-to-Friday date of a month "2027-03". */
function firstWeekday(month: string): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  for (let d = 1; d <= 7; d++) {
    const weekday = new Date(Date.UTC(year, m - 1, d)).getUTCDay();
    if (weekday !== 0 && weekday !== 6) return `${month}-${String(d).padStart(2, '0')}`;
  }
  return `${month}-01`;
}
