import { z } from 'zod';
import { CountryCode, Id, LanguageCode, pageOf, PageQuery, Timestamp } from './common';
import { TopicSlug } from './people';

/** How peers may work together on a need (the P2P Learning Guide's formats). */
export const LearningFormat = z.enum(['study-visit', 'expert-mission', 'workshop', 'webinar', 'paired-calls']);
export type LearningFormat = z.infer<typeof LearningFormat>;

/** draft → open → matched (a proposal was accepted) → in progress → closed. */
export const LearningNeedStatus = z.enum(['draft', 'open', 'matched', 'in-progress', 'closed']);
export type LearningNeedStatus = z.infer<typeof LearningNeedStatus>;

/** A month, "2027-03": time frames are months, not days. */
export const YearMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'Use a month such as 2027-03' });

const needShape = {
  allianceId: Id,
  title: z.string().trim().min(5, { error: 'Give the need a short title (5 characters or more)' }).max(160),
  challenge: z.string().trim().min(20, { error: 'Describe the reform challenge in a few sentences (20 characters or more)' }).max(5000),
  topics: z.array(TopicSlug).min(1, { error: 'Pick at least one topic' }).max(6),
  outcomes: z.string().trim().min(10, { error: 'Say what you want to be able to do afterwards' }).max(2000),
  addedValue: z.string().trim().max(2000),
  formats: z.array(LearningFormat).min(1, { error: 'Pick at least one way of working together' }),
  languages: z.array(LanguageCode).min(1, { error: 'Pick at least one language you can work in' }),
  language: LanguageCode.describe('The language the need is written in; search stems it in that language'),
  timeFrom: YearMonth,
  timeTo: YearMonth,
  organisation: z.string().trim().max(200).describe('The agency the need is posted for, when a coordinator posts it on its behalf'),
};

const timeFrameRule = (need: { timeFrom?: string | undefined; timeTo?: string | undefined }, ctx: z.RefinementCtx) => {
  if (need.timeFrom && need.timeTo && need.timeTo < need.timeFrom) ctx.addIssue({ code: 'custom', path: ['timeTo'], message: 'The time frame must end after it starts' });
};

export const CreateLearningNeedRequest = z
  .strictObject({ ...needShape, addedValue: needShape.addedValue.default(''), organisation: needShape.organisation.default(''), language: needShape.language.default('en') })
  .superRefine(timeFrameRule)
  .meta({ id: 'CreateLearningNeedRequest' });
export type CreateLearningNeedRequest = z.input<typeof CreateLearningNeedRequest>;

export const UpdateLearningNeedRequest = z
  .strictObject(needShape)
  .omit({ allianceId: true })
  .partial()
  .superRefine(timeFrameRule)
  .meta({ id: 'UpdateLearningNeedRequest' });
export type UpdateLearningNeedRequest = z.infer<typeof UpdateLearningNeedRequest>;

/** What the author (or a coordinator) may set; matched and in progress follow from proposals. */
export const SetLearningNeedStatus = z.strictObject({ status: z.enum(['draft', 'open', 'closed']) }).meta({ id: 'SetLearningNeedStatus' });
export type SetLearningNeedStatus = z.infer<typeof SetLearningNeedStatus>;

export const PersonBrief = z.object({ personId: Id, name: z.string(), country: CountryCode.nullable() });
export type PersonBrief = z.infer<typeof PersonBrief>;

export const LearningNeed = z
  .object({
    id: Id,
    allianceId: Id,
    allianceName: z.string(),
    author: PersonBrief,
    title: z.string(),
    challenge: z.string(),
    topics: z.array(TopicSlug),
    outcomes: z.string(),
    addedValue: z.string(),
    formats: z.array(LearningFormat),
    languages: z.array(LanguageCode),
    language: LanguageCode,
    timeFrom: YearMonth,
    timeTo: YearMonth,
    organisation: z.string(),
    status: LearningNeedStatus,
    proposals: z.number().int().describe('Match proposals made for it'),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .meta({ id: 'LearningNeed' });
export type LearningNeed = z.infer<typeof LearningNeed>;

export const LearningNeedsQuery = PageQuery.extend({
  allianceId: Id.optional(),
  status: LearningNeedStatus.optional(),
  topic: TopicSlug.optional(),
  mine: z.enum(['true', 'false']).optional().describe('Only the needs I posted'),
  q: z.string().trim().max(200).optional().describe('Words of the title, challenge or outcomes, in any of the alliance languages'),
  language: LanguageCode.optional().describe('Only needs written in this language'),
});
export type LearningNeedsQuery = z.infer<typeof LearningNeedsQuery>;

export const LearningNeedPage = pageOf(LearningNeed).meta({ id: 'LearningNeedPage' });
export type LearningNeedPage = z.infer<typeof LearningNeedPage>;

/** One point-earning reason of a suggestion, e.g. "speaks Russian" (+15). */
export const MatchReason = z.object({
  factor: z.enum(['topics', 'experience', 'languages', 'time-zone', 'availability', 'feedback', 'country']),
  points: z.number(),
  text: z.string(),
});
export type MatchReason = z.infer<typeof MatchReason>;

export const PeerSuggestion = z.object({
  personId: Id,
  name: z.string(),
  country: CountryCode.nullable(),
  organisation: z.string().nullable(),
  position: z.string(),
  timeZone: z.string(),
  score: z.number(),
  reasons: z.array(MatchReason),
});
export type PeerSuggestion = z.infer<typeof PeerSuggestion>;

export const CaseStudySuggestion = z.object({
  id: Id,
  title: z.string(),
  country: CountryCode.nullable(),
  language: z.string(),
  score: z.number(),
  reasons: z.array(MatchReason),
});
export type CaseStudySuggestion = z.infer<typeof CaseStudySuggestion>;

export const MatchSuggestions = z
  .object({ peers: z.array(PeerSuggestion), caseStudies: z.array(CaseStudySuggestion) })
  .meta({ id: 'MatchSuggestions' });
export type MatchSuggestions = z.infer<typeof MatchSuggestions>;

export const ProposeMatchRequest = z
  .strictObject({
    peerIds: z.array(Id).min(1, { error: 'Choose at least one peer' }).max(5),
    message: z.string().trim().max(2000).default(''),
    expiresInDays: z.number().int().min(1).max(60).default(14),
    createGroup: z.boolean().default(true).describe('An accepted match opens a peer group for the learner and the peers'),
    createExchange: z.boolean().default(true).describe('An accepted match creates a draft exchange pre-filled from the need'),
  })
  .meta({ id: 'ProposeMatchRequest' });
export type ProposeMatchRequest = z.input<typeof ProposeMatchRequest>;

export const ProposalStatus = z.enum(['proposed', 'accepted', 'declined', 'expired']);
export type ProposalStatus = z.infer<typeof ProposalStatus>;

export const ProposalAnswer = z.enum(['pending', 'accepted', 'declined']);

/** Whether a party's home organisation (their authoriser) approved their taking part. */
export const AuthorisationStatus = z.enum(['not-needed', 'pending', 'approved', 'refused']);
export type AuthorisationStatus = z.infer<typeof AuthorisationStatus>;

export const MatchParty = z.object({
  personId: Id,
  name: z.string(),
  country: CountryCode.nullable(),
  side: z.enum(['learner', 'peer']),
  answer: ProposalAnswer,
  reason: z.string(),
  answeredAt: Timestamp.nullable(),
  authoriser: PersonBrief.nullable(),
  authorisation: AuthorisationStatus,
  authorisationReason: z.string(),
});
export type MatchParty = z.infer<typeof MatchParty>;

export const MatchProposal = z
  .object({
    id: Id,
    needId: Id,
    needTitle: z.string(),
    allianceId: Id,
    proposedBy: PersonBrief,
    message: z.string(),
    status: ProposalStatus,
    expiresAt: Timestamp,
    createGroup: z.boolean(),
    createExchange: z.boolean(),
    parties: z.array(MatchParty),
    groupId: Id.nullable(),
    exchangeId: Id.nullable(),
    createdAt: Timestamp,
  })
  .meta({ id: 'MatchProposal' });
export type MatchProposal = z.infer<typeof MatchProposal>;

export const MatchProposalList = z.object({ items: z.array(MatchProposal) }).meta({ id: 'MatchProposalList' });
export type MatchProposalList = z.infer<typeof MatchProposalList>;

export const AnswerProposalRequest = z
  .strictObject({ answer: z.enum(['accepted', 'declined']), reason: z.string().trim().max(1000).default('') })
  .superRefine((a, ctx) => {
    if (a.answer === 'declined' && !a.reason) ctx.addIssue({ code: 'custom', path: ['reason'], message: 'Say why you decline, so the coordinator can find a better match' });
  })
  .meta({ id: 'AnswerProposalRequest' });
export type AnswerProposalRequest = z.input<typeof AnswerProposalRequest>;
