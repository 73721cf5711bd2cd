import { z } from 'zod';
import { CountryCode, Id, pageOf, PageQuery, TimeZone, Timestamp } from './common';
import { Organisation } from './alliances';
import { AuthorisationStatus } from './learning';
import { ExchangeType } from './roles';

export const ExchangeFormat = z.enum(['in-person', 'online', 'hybrid']);
export type ExchangeFormat = z.infer<typeof ExchangeFormat>;

export const ExchangeStatus = z.enum(['draft', 'published', 'cancelled', 'completed']);
export type ExchangeStatus = z.infer<typeof ExchangeStatus>;

export const Material = z.strictObject({ title: z.string().trim().min(1).max(200), url: z.url({ protocol: /^https?$/ }).max(500) });

export const AgendaItemInput = z.strictObject({
  startsAt: Timestamp,
  endsAt: Timestamp,
  topic: z.string().trim().min(2).max(300),
  speakers: z.array(z.string().trim().min(2).max(120)).max(10).default([]),
  materials: z.array(Material).max(10).default([]),
});
export type AgendaItemInput = z.infer<typeof AgendaItemInput>;

/** The fields as they are checked; defaults are added only where an exchange is created. */
const exchangeShape = {
  allianceId: Id,
  type: ExchangeType,
  title: z.string().trim().min(3).max(200),
  description: z.string().trim().max(10_000),
  learningObjectives: z.array(z.string().trim().min(3).max(300)).max(12),
  hostCountry: CountryCode,
  hostOrganisationId: Id.nullable(),
  coOrganiserIds: z.array(Id).max(10),
  format: ExchangeFormat,
  venue: z.string().trim().max(300),
  meetingUrl: z.url({ protocol: /^https$/, error: 'Use an https:// meeting link' }).max(500).nullable(),
  startsAt: Timestamp,
  endsAt: Timestamp,
  timezone: TimeZone.describe("The host's IANA time zone"),
  capacity: z.number().int().min(1).max(10_000).nullable(),
  requiresApproval: z.boolean(),
  groupIds: z.array(Id).max(20),
  inviteeIds: z.array(Id).max(200).describe('People invited by name (besides the members of the linked groups)'),
  agenda: z.array(AgendaItemInput).max(100),
};

const ExchangeFields = z.strictObject({
  ...exchangeShape,
  description: exchangeShape.description.default(''),
  learningObjectives: exchangeShape.learningObjectives.default([]),
  hostOrganisationId: exchangeShape.hostOrganisationId.default(null),
  coOrganiserIds: exchangeShape.coOrganiserIds.default([]),
  venue: exchangeShape.venue.default(''),
  meetingUrl: exchangeShape.meetingUrl.default(null),
  capacity: exchangeShape.capacity.default(null),
  requiresApproval: exchangeShape.requiresApproval.default(false),
  groupIds: exchangeShape.groupIds.default([]),
  inviteeIds: exchangeShape.inviteeIds.default([]),
  agenda: exchangeShape.agenda.default([]),
});

/** The rules every exchange keeps, whether created or edited: checked on the whole result. */
function exchangeRules(e: z.infer<typeof ExchangeFields>, ctx: z.RefinementCtx) {
  const start = Date.parse(e.startsAt);
  const end = Date.parse(e.endsAt);
  if (end <= start) ctx.addIssue({ code: 'custom', path: ['endsAt'], message: 'The end must come after the start' });
  if (e.format !== 'online' && !e.venue) ctx.addIssue({ code: 'custom', path: ['venue'], message: 'Say where it takes place' });
  if (e.format !== 'in-person' && !e.meetingUrl) ctx.addIssue({ code: 'custom', path: ['meetingUrl'], message: 'Give the meeting link' });
  e.agenda.forEach((item, i) => {
    if (Date.parse(item.endsAt) <= Date.parse(item.startsAt)) ctx.addIssue({ code: 'custom', path: ['agenda', i, 'endsAt'], message: 'A session must end after it starts' });
  });
}

export const CreateExchangeRequest = ExchangeFields.superRefine(exchangeRules).meta({ id: 'CreateExchangeRequest' });
export type CreateExchangeRequest = z.input<typeof CreateExchangeRequest>;

/** Any subset of the fields; the service re-checks the rules on the edited whole. */
export const UpdateExchangeRequest = z.strictObject(exchangeShape).omit({ allianceId: true }).partial().meta({ id: 'UpdateExchangeRequest' });
export type UpdateExchangeRequest = z.infer<typeof UpdateExchangeRequest>;

/** The edited whole, checked again with the same rules. */
export const ExchangeDraft = ExchangeFields.superRefine(exchangeRules);

export const RegistrationStatus = z.enum(['going', 'maybe', 'declined', 'waitlisted', 'pending-approval']);
export type RegistrationStatus = z.infer<typeof RegistrationStatus>;

export const RegisterRequest = z.strictObject({ answer: z.enum(['going', 'maybe', 'declined']) }).meta({ id: 'RegisterRequest' });
export type RegisterRequest = z.infer<typeof RegisterRequest>;

/** My answer to an exchange as it landed: going may become waitlisted or pending approval; promoted: who took the seat I left. */
export const RegistrationAnswer = z.object({ status: RegistrationStatus, promoted: Id.nullable() }).meta({ id: 'RegistrationAnswer' });
export type RegistrationAnswer = z.infer<typeof RegistrationAnswer>;

/** A registration after its authoriser's decision: unchanged when approved, declined when refused. */
export const AuthorisedRegistration = z.object({ status: RegistrationStatus }).meta({ id: 'AuthorisedRegistration' });
export type AuthorisedRegistration = z.infer<typeof AuthorisedRegistration>;

export const AgendaItem = z.object({
  id: Id,
  startsAt: Timestamp,
  endsAt: Timestamp,
  topic: z.string(),
  speakers: z.array(z.string()),
  materials: z.array(z.object({ title: z.string(), url: z.string() })),
});
export type AgendaItem = z.infer<typeof AgendaItem>;

export const ExchangeSummary = z
  .object({
    id: Id,
    allianceId: Id,
    type: ExchangeType,
    title: z.string(),
    hostCountry: CountryCode,
    format: ExchangeFormat,
    startsAt: Timestamp,
    endsAt: Timestamp,
    timezone: z.string(),
    status: ExchangeStatus,
    capacity: z.number().int().nullable(),
    going: z.number().int(),
    waitlisted: z.number().int(),
    myStatus: RegistrationStatus.nullable(),
    groupIds: z.array(Id).describe('The linked peer groups'),
    invited: z.boolean().describe('I was invited by name or belong to one of the linked groups'),
  })
  .meta({ id: 'ExchangeSummary' });
export type ExchangeSummary = z.infer<typeof ExchangeSummary>;

export const ExchangeDetail = ExchangeSummary.extend({
  allianceName: z.string(),
  description: z.string(),
  learningObjectives: z.array(z.string()),
  hostOrganisation: Organisation.nullable(),
  coOrganisers: z.array(Organisation),
  venue: z.string(),
  meetingUrl: z.string().nullable(),
  requiresApproval: z.boolean(),
  invitees: z.array(z.object({ id: Id, name: z.string(), country: CountryCode.nullable() })).describe('The people invited by name'),
  agenda: z.array(AgendaItem),
  organiserId: Id.nullable(),
  maybe: z.number().int(),
  pending: z.number().int(),
  sequence: z.number().int().describe('Revision number, as in the .ics SEQUENCE'),
}).meta({ id: 'ExchangeDetail' });
export type ExchangeDetail = z.infer<typeof ExchangeDetail>;

export const ExchangesQuery = PageQuery.extend({
  allianceId: Id.optional(),
  mine: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
  from: Timestamp.optional(),
  to: Timestamp.optional(),
  status: ExchangeStatus.optional(),
}).strict();
export type ExchangesQuery = z.infer<typeof ExchangesQuery>;

export const ExchangesPage = pageOf(ExchangeSummary).meta({ id: 'ExchangesPage' });
export type ExchangesPage = z.infer<typeof ExchangesPage>;

export const Participant = z
  .object({
    personId: Id,
    name: z.string(),
    country: CountryCode.nullable(),
    organisationName: z.string().nullable(),
    status: RegistrationStatus,
    attended: z.boolean().nullable(),
    registeredAt: Timestamp,
    authorisation: AuthorisationStatus.describe("Whether the person's authoriser (their manager at home) approved their taking part"),
  })
  .meta({ id: 'Participant' });
export type Participant = z.infer<typeof Participant>;

/** My personal calendar feed: whether it is on, its secret address, when that address was made. */
export const CalendarFeed = z
  .object({
    active: z.boolean(),
    url: z.string().nullable().describe('Null when the feed is off, or when its address can no longer be shown (make a new one)'),
    createdAt: Timestamp.nullable(),
  })
  .meta({ id: 'CalendarFeed' });
export type CalendarFeed = z.infer<typeof CalendarFeed>;

export const ParticipantList = z.object({ items: z.array(Participant) }).meta({ id: 'ParticipantList' });
export type ParticipantList = z.infer<typeof ParticipantList>;

export const SetExchangeStatus = z.strictObject({ status: z.enum(['published', 'cancelled', 'completed']), reason: z.string().trim().max(500).optional() }).meta({ id: 'SetExchangeStatus' });
export type SetExchangeStatus = z.infer<typeof SetExchangeStatus>;

export const PollAnswerValue = z.enum(['yes', 'if-need-be', 'no']);
export type PollAnswerValue = z.infer<typeof PollAnswerValue>;

export const SetPollSlots = z
  .strictObject({
    slots: z
      .array(z.strictObject({ startsAt: Timestamp, endsAt: Timestamp }))
      .min(2, { error: 'Propose at least two times' })
      .max(20),
  })
  .superRefine((body, ctx) =>
    body.slots.forEach((slot, i) => {
      if (Date.parse(slot.endsAt) <= Date.parse(slot.startsAt)) ctx.addIssue({ code: 'custom', path: ['slots', i, 'endsAt'], message: 'The end must come after the start' });
    }),
  )
  .meta({ id: 'SetPollSlots' });
export type SetPollSlots = z.infer<typeof SetPollSlots>;

export const AnswerPoll = z
  .strictObject({ answers: z.array(z.strictObject({ slotId: Id, answer: PollAnswerValue })).min(1).max(20) })
  .meta({ id: 'AnswerPoll' });
export type AnswerPoll = z.infer<typeof AnswerPoll>;

export const PollSlot = z.object({
  id: Id,
  startsAt: Timestamp,
  endsAt: Timestamp,
  yes: z.number().int(),
  ifNeedBe: z.number().int(),
  no: z.number().int(),
  myAnswer: PollAnswerValue.nullable(),
});
export type PollSlot = z.infer<typeof PollSlot>;

export const Poll = z
  .object({ slots: z.array(PollSlot), bestSlotId: Id.nullable(), respondents: z.number().int() })
  .meta({ id: 'Poll' });
export type Poll = z.infer<typeof Poll>;

/** What came out of an exchange, written by its organiser afterwards. */
export const ExchangeOutcomes = z
  .strictObject({
    outcomes: z.string().trim().max(10_000),
    recommendations: z.string().trim().max(10_000),
    materials: z.array(Material).max(30),
  })
  .meta({ id: 'ExchangeOutcomes' });
export type ExchangeOutcomes = z.infer<typeof ExchangeOutcomes>;

const Score = z.number().int().min(1, { error: 'Use the 1–5 scale' }).max(5, { error: 'Use the 1–5 scale' });

/** A participant's short feedback form. */
export const ExchangeFeedback = z
  .strictObject({
    overall: Score.describe('How useful was the exchange overall'),
    relevance: Score.describe('How relevant to my reform work'),
    organisation: Score.describe('How well organised'),
    willApply: z.string().trim().max(2000).default('').describe('What I will apply at home'),
    comments: z.string().trim().max(2000).default(''),
  })
  .meta({ id: 'ExchangeFeedback' });
export type ExchangeFeedback = z.input<typeof ExchangeFeedback>;

export const FeedbackSummary = z
  .object({
    responses: z.number().int(),
    participants: z.number().int(),
    averages: z.object({ overall: z.number().nullable(), relevance: z.number().nullable(), organisation: z.number().nullable() }),
    distribution: z.array(z.object({ score: z.number().int(), overall: z.number().int(), relevance: z.number().int(), organisation: z.number().int() })),
    willApply: z.array(z.string()),
    comments: z.array(z.string()),
  })
  .meta({ id: 'FeedbackSummary' });
export type FeedbackSummary = z.infer<typeof FeedbackSummary>;

export const ExchangeAfterwards = z
  .object({ outcomes: z.string(), recommendations: z.string(), materials: z.array(z.object({ title: z.string(), url: z.string() })), myFeedbackGiven: z.boolean() })
  .meta({ id: 'ExchangeAfterwards' });
export type ExchangeAfterwards = z.infer<typeof ExchangeAfterwards>;
