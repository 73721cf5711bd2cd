import { z } from 'zod';
import { CountryCode, Id, Timestamp } from './common';
import { AuthorisationStatus, PersonBrief } from './learning';
import { TopicSlug } from './people';

/** A calendar day, "2027-04-30". */
export const IsoDate = z.iso.date({ error: 'Use a date such as 2027-04-30' });

// ── Authorisers ────────────────────────────────────────────────────────────────

/** The manager in my home organisation who approves my participation and receives my learning reports. */
export const SetAuthoriserRequest = z.strictObject({ authoriserId: Id.nullable() }).meta({ id: 'SetAuthoriserRequest' });
export type SetAuthoriserRequest = z.infer<typeof SetAuthoriserRequest>;

export const MyAuthoriser = z.object({ authoriser: PersonBrief.nullable() }).meta({ id: 'MyAuthoriser' });
export type MyAuthoriser = z.infer<typeof MyAuthoriser>;

export const AuthorisationDecision = z
  .strictObject({ decision: z.enum(['approved', 'refused']), reason: z.string().trim().max(1000).default('') })
  .superRefine((d, ctx) => {
    if (d.decision === 'refused' && !d.reason) ctx.addIssue({ code: 'custom', path: ['reason'], message: 'Say why you do not approve, so the person and the coordinator can act on it' });
  })
  .meta({ id: 'AuthorisationDecision' });
export type AuthorisationDecision = z.input<typeof AuthorisationDecision>;

/**
 * A request for my approval: one of the people I authorise was proposed for a match (id: the
 * proposal) or registered for an exchange (id: the exchange).
 */
export const AuthorisationRequest = z
  .object({
    kind: z.enum(['match', 'exchange']),
    id: Id,
    title: z.string().describe("The learning need's or the exchange's title"),
    person: PersonBrief,
    role: z.enum(['learner', 'peer', 'participant']),
    status: AuthorisationStatus,
    requestedAt: Timestamp,
  })
  .meta({ id: 'AuthorisationRequest' });
export type AuthorisationRequest = z.infer<typeof AuthorisationRequest>;
export const AuthorisationRequestList = z.object({ items: z.array(AuthorisationRequest) }).meta({ id: 'AuthorisationRequestList' });
export type AuthorisationRequestList = z.infer<typeof AuthorisationRequestList>;

// ── The match's learning plan ──────────────────────────────────────────────────

export const AssessmentPhase = z.enum(['before', 'after']);
export type AssessmentPhase = z.infer<typeof AssessmentPhase>;

export const SelfAssessmentRequest = z
  .strictObject({
    score: z.number({ error: 'Give a score from 1 to 5' }).int({ error: 'The score is a whole number from 1 to 5' }).min(1, { error: 'The scale runs from 1 to 5' }).max(5, { error: 'The scale runs from 1 to 5' }),
    note: z.string().trim().max(1000).default(''),
  })
  .meta({ id: 'SelfAssessmentRequest' });
export type SelfAssessmentRequest = z.input<typeof SelfAssessmentRequest>;

export const AddObjectiveRequest = z
  .strictObject({ text: z.string().trim().min(5, { error: 'Write the objective as a sentence' }).max(300), agendaItemId: Id.nullable().default(null).describe("A session of the match's exchange it is worked on in") })
  .meta({ id: 'AddObjectiveRequest' });
export type AddObjectiveRequest = z.input<typeof AddObjectiveRequest>;

export const AddActivityRequest = z
  .strictObject({ title: z.string().trim().min(3).max(200), dueDate: IsoDate, responsibleId: Id.describe('A party of the match') })
  .meta({ id: 'AddActivityRequest' });
export type AddActivityRequest = z.infer<typeof AddActivityRequest>;

export const UpdateActivityRequest = z.strictObject({ done: z.boolean() }).meta({ id: 'UpdateActivityRequest' });
export type UpdateActivityRequest = z.infer<typeof UpdateActivityRequest>;

export const CommitmentStatus = z.enum(['planned', 'in-progress', 'done', 'dropped']);
export type CommitmentStatus = z.infer<typeof CommitmentStatus>;

export const AddCommitmentRequest = z
  .strictObject({
    text: z.string().trim().min(5, { error: 'Say what will be done' }).max(500),
    owner: z.string({ error: 'Name who owns the commitment' }).trim().min(2, { error: 'Name who owns the commitment' }).max(160),
    dueDate: IsoDate,
  })
  .meta({ id: 'AddCommitmentRequest' });
export type AddCommitmentRequest = z.infer<typeof AddCommitmentRequest>;

export const UpdateCommitmentRequest = z
  .strictObject({
    status: CommitmentStatus,
    sharedForward: z.string().trim().max(2000).describe('What was shared inside the home organisation, and with whom'),
    owner: AddCommitmentRequest.shape.owner,
    dueDate: IsoDate,
  })
  .partial()
  .meta({ id: 'UpdateCommitmentRequest' });
export type UpdateCommitmentRequest = z.infer<typeof UpdateCommitmentRequest>;

export const Assessment = z.object({ personId: Id, phase: AssessmentPhase, score: z.number().int(), note: z.string() });
export const Objective = z.object({
  id: Id,
  text: z.string(),
  agendaItemId: Id.nullable(),
  agendaTopic: z.string().nullable(),
  assessments: z.array(Assessment),
});
export type Objective = z.infer<typeof Objective>;

export const Activity = z.object({ id: Id, title: z.string(), dueDate: IsoDate, responsible: PersonBrief, done: z.boolean() });
export type Activity = z.infer<typeof Activity>;

export const Commitment = z.object({
  id: Id,
  author: PersonBrief,
  text: z.string(),
  owner: z.string(),
  dueDate: IsoDate,
  status: CommitmentStatus,
  sharedForward: z.string(),
  updatedAt: Timestamp,
});
export type Commitment = z.infer<typeof Commitment>;

export const MatchMember = PersonBrief.extend({
  side: z.enum(['learner', 'peer']),
  authoriser: PersonBrief.nullable(),
  authorisation: AuthorisationStatus,
  /** Last sign of activity in the match (plan, assessments, commitments, messages in its group). */
  lastActiveAt: Timestamp.nullable(),
  quiet: z.boolean().describe('Active match, and nothing from this person for 30 days'),
});
export type MatchMember = z.infer<typeof MatchMember>;

export const Match = z
  .object({
    id: Id,
    needId: Id,
    needTitle: z.string(),
    allianceId: Id,
    status: z.enum(['active', 'closed']),
    groupId: Id.nullable(),
    exchangeId: Id.nullable(),
    members: z.array(MatchMember),
    objectives: z.array(Objective),
    activities: z.array(Activity),
    commitments: z.array(Commitment),
    acceptedAt: Timestamp.nullable(),
    closedAt: Timestamp.nullable(),
  })
  .meta({ id: 'Match' });
export type Match = z.infer<typeof Match>;

export const MatchList = z.object({ items: z.array(Match) }).meta({ id: 'MatchList' });
export type MatchList = z.infer<typeof MatchList>;

// ── Results ─────────────────────────────────────────────────────────────────────

const Count = <K extends z.ZodType>(key: K) => z.object({ key, count: z.number().int() });

export const LearningResults = z
  .object({
    allianceId: Id,
    needsByTopic: z.array(Count(TopicSlug)),
    needsByCountry: z.array(Count(CountryCode.nullable())),
    proposals: z.object({ proposed: z.number().int(), accepted: z.number().int(), declined: z.number().int(), expired: z.number().int() }),
    exchangesHeld: z.number().int(),
    participantsByCountry: z.array(Count(CountryCode.nullable())),
    gains: z.array(z.object({ matchId: Id, needTitle: z.string(), objective: z.string(), before: z.number(), after: z.number(), gain: z.number(), people: z.number().int() })),
    actionPlans: z.object({ planned: z.number().int(), inProgress: z.number().int(), done: z.number().int(), dropped: z.number().int(), completion: z.number().describe('Done out of all but dropped, 0–1') }),
    quietPeople: z.array(z.object({ matchId: Id, needTitle: z.string(), person: PersonBrief, lastActiveAt: Timestamp.nullable() })),
  })
  .meta({ id: 'LearningResults' });
export type LearningResults = z.infer<typeof LearningResults>;

export const LEARNING_RESULT_TABLES = ['needs-by-topic', 'needs-by-country', 'proposals', 'participants-by-country', 'gains', 'action-plans'] as const;
export const LearningResultTable = z.enum(LEARNING_RESULT_TABLES);
export type LearningResultTable = z.infer<typeof LearningResultTable>;
