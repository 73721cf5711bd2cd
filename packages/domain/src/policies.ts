import type { GroupStanding, GroupStatus, GroupVisibility } from '@peerhub/contracts';
import type { Actor } from './actor';
import { activeAllianceIds, activeRoleIn, isAdmin } from './actor';
import { learningRules, type LearningActionSubjects } from './learning-policies';

/**
 * The subjects a policy may look at. Each is the smallest shape that decides the rule, so the API
 * and the web app can both build it from what they already hold.
 */
export interface AllianceSubject {
  allianceId: string;
}
export interface PersonSubject {
  personId: string;
  allianceIds: readonly string[];
}
export interface GroupSubject {
  allianceId: string;
  visibility: GroupVisibility;
  status: GroupStatus;
  /** Where the actor stands with the group. */
  standing: GroupStanding;
  memberCount: number;
  memberLimit: number | null;
  leadCount: number;
}

/** An exchange as one person stands with it. */
export interface ExchangeSubject {
  allianceId: string;
  status: 'draft' | 'published' | 'cancelled' | 'completed';
  /** Organises it. */
  organiser: boolean;
  /**
   * Was asked to take part: invited by name, or an active member of one of its linked peer groups.
   * Only matters while it is a draft: the invited help find its time before it is published.
   */
  invited: boolean;
}

/** A case study as one person stands with it. */
export interface CaseStudySubject {
  status: 'draft' | 'published';
  visibility: 'everyone' | 'alliance' | 'group';
  allianceId: string | null;
  /** The person belongs (actively) to the case study's group. */
  inGroup: boolean;
  author: boolean;
}

/** A comment on a case study: the study as the person stands with it, and who wrote the comment. */
export interface CaseStudyCommentSubject extends CaseStudySubject {
  commentAuthorId: string | null;
}

/** A conversation as one person stands with it. */
export interface ConversationSubject {
  kind: 'group' | 'exchange' | 'direct';
  /** The alliance of the group or exchange; null for direct conversations. */
  allianceId: string | null;
  /** Active group member (group), registered participant (exchange), or participant (direct). */
  participant: boolean;
  /** Leads the group (group conversations). */
  lead: boolean;
  /** The group is archived: read-only. */
  archived: boolean;
}
export interface MessageSubject extends ConversationSubject {
  authorId: string | null;
}

/**
 * Every action the platform knows, with the subject its policy needs. A route or a button names
 * one of these; nothing is allowed unless a rule below says so.
 */
export interface ActionSubjects extends LearningActionSubjects {
  'account.self': null;
  'directory.browse': null;
  'alliance.view': AllianceSubject;
  'alliance.invite': AllianceSubject;
  'alliance.manage-invitations': AllianceSubject;
  'alliance.request-join': AllianceSubject;
  'alliance.manage-members': AllianceSubject;
  'alliance.read-audit': AllianceSubject;
  'group.create': AllianceSubject;
  'group.view': GroupSubject;
  'group.update': GroupSubject;
  'group.join': GroupSubject;
  'group.request': GroupSubject;
  'group.invite': GroupSubject;
  'group.decide-requests': GroupSubject;
  'group.leave': GroupSubject;
  'group.remove-member': GroupSubject;
  'group.set-role': GroupSubject;
  'exchange.create': AllianceSubject;
  'exchange.view': ExchangeSubject;
  'exchange.manage': ExchangeSubject;
  'exchange.register': ExchangeSubject;
  'exchange.answer-poll': ExchangeSubject;
  'case-study.view': CaseStudySubject;
  'case-study.edit': CaseStudySubject;
  'case-study.history': CaseStudySubject;
  'case-study.comment': CaseStudySubject;
  'case-study.remove-comment': CaseStudyCommentSubject;
  'conversation.read': ConversationSubject;
  'conversation.post': ConversationSubject;
  'message.edit': MessageSubject;
  'message.remove': MessageSubject;
  'person.view': PersonSubject;
  'person.update-profile': PersonSubject;
  'mail-outbox.read': null;
}
export type Action = keyof ActionSubjects;

/** A rule answers true, false, or the reason it refuses (shown to the person). */
type Verdict = boolean | string;
type Rule<A extends Action> = (actor: Actor, subject: ActionSubjects[A]) => Verdict;

const isCoordinatorOf = (actor: Actor, allianceId: string) => activeRoleIn(actor, allianceId) === 'coordinator';
const runsAlliance = (actor: Actor, allianceId: string) => isAdmin(actor) || isCoordinatorOf(actor, allianceId);
const inAlliance = (actor: Actor, allianceId: string) => activeRoleIn(actor, allianceId) !== null;
const managesGroup = (actor: Actor, g: GroupSubject) => runsAlliance(actor, g.allianceId) || (g.standing === 'lead' && inAlliance(actor, g.allianceId));
const isGroupMember = (g: GroupSubject) => g.standing === 'member' || g.standing === 'lead';
const ARCHIVED = 'The group is archived: it is read-only';

const rules: { [A in Action]: Rule<A> } = {
  // A signed-in person may always read and edit their own account.
  'account.self': () => true,
  // Every signed-in person may browse alliances and the directory; what each entry shows is filtered by person.view.
  'directory.browse': () => true,
  'alliance.view': () => true,
  'alliance.invite': (actor, { allianceId }) => runsAlliance(actor, allianceId),
  'alliance.manage-invitations': (actor, { allianceId }) => runsAlliance(actor, allianceId),
  'alliance.request-join': (actor, { allianceId }) =>
    actor.memberships.some((m) => m.allianceId === allianceId) ? 'You already belong to this alliance' : true,
  'alliance.manage-members': (actor, { allianceId }) => runsAlliance(actor, allianceId),
  'alliance.read-audit': (actor, { allianceId }) => runsAlliance(actor, allianceId),

  'group.create': (actor, { allianceId }) => runsAlliance(actor, allianceId),
  // Invite-only groups are invisible to everyone but their members, invitees and the alliance's coordinators.
  // A suspended person sees nothing of the alliance, even groups they belong to.
  'group.view': (actor, g) => {
    if (runsAlliance(actor, g.allianceId)) return true;
    if (!inAlliance(actor, g.allianceId)) return false;
    return g.standing !== 'none' || g.visibility !== 'invite-only';
  },
  'group.update': (actor, g) => managesGroup(actor, g),
  'group.join': (actor, g) => {
    if (g.status === 'archived') return ARCHIVED;
    if (!inAlliance(actor, g.allianceId)) return 'Join the alliance first';
    if (isGroupMember(g)) return 'You are already a member';
    if (g.visibility !== 'open' && g.standing !== 'invited') return 'This group admits members by request or invitation';
    if (g.memberLimit !== null && g.memberCount >= g.memberLimit) return 'The group is full';
    return true;
  },
  'group.request': (actor, g) => {
    if (g.status === 'archived') return ARCHIVED;
    if (!inAlliance(actor, g.allianceId)) return 'Join the alliance first';
    if (isGroupMember(g)) return 'You are already a member';
    if (g.standing === 'requested') return 'Your request is waiting for a decision';
    if (g.visibility !== 'by-request') return g.visibility === 'open' ? 'Anyone in the alliance can join this group directly' : 'This group is by invitation only';
    return true;
  },
  'group.invite': (actor, g) => (g.status === 'archived' ? ARCHIVED : managesGroup(actor, g)),
  'group.decide-requests': (actor, g) => (g.status === 'archived' ? ARCHIVED : managesGroup(actor, g)),
  'group.leave': (actor, g) => {
    if (!inAlliance(actor, g.allianceId)) return false;
    if (g.status === 'archived') return ARCHIVED;
    if (!isGroupMember(g)) return 'You are not a member';
    if (g.standing === 'lead' && g.leadCount <= 1) return 'Name another lead before you leave: a group always has a lead';
    return true;
  },
  'group.remove-member': (actor, g) => (g.status === 'archived' ? ARCHIVED : managesGroup(actor, g)),
  'group.set-role': (actor, g) => (g.status === 'archived' ? ARCHIVED : managesGroup(actor, g)),

  'exchange.create': (actor, { allianceId }) => runsAlliance(actor, allianceId),
  // Drafts are for their organiser, the coordinators and the people invited (by name or through a
  // linked group), who help find a time before it is published; the rest is for the alliance.
  'exchange.view': (actor, e) => {
    if (runsAlliance(actor, e.allianceId)) return true;
    if (!inAlliance(actor, e.allianceId)) return false;
    return e.status !== 'draft' || e.organiser || e.invited;
  },
  'exchange.manage': (actor, e) => runsAlliance(actor, e.allianceId) || (e.organiser && inAlliance(actor, e.allianceId)),
  'exchange.register': (actor, e) => {
    if (!inAlliance(actor, e.allianceId)) return false;
    if (e.status === 'cancelled') return 'This exchange was cancelled';
    if (e.status === 'completed') return 'This exchange has already taken place';
    if (e.status === 'draft') return 'This exchange is not open for registration yet';
    return true;
  },
  // Whoever may see the exchange may answer its poll until it is cancelled or has taken place: on a
  // draft that is its organiser, the coordinators and the invited, never the rest of the alliance.
  'exchange.answer-poll': (actor, e) => {
    if (rules['exchange.view'](actor, e) !== true) return false;
    if (e.status === 'cancelled') return 'This exchange was cancelled';
    if (e.status === 'completed') return 'This exchange has already taken place';
    return true;
  },

  // Drafts are their author's; published ones go to everyone signed in, one alliance, or one group
  // (and that alliance's coordinators).
  'case-study.view': (actor, c) => {
    if (c.author) return true;
    if (c.status !== 'published') return false;
    if (c.visibility === 'everyone') return true;
    if (!c.allianceId || !inAlliance(actor, c.allianceId)) return false;
    return c.visibility === 'alliance' || c.inGroup || isCoordinatorOf(actor, c.allianceId);
  },
  'case-study.edit': (_actor, c) => c.author,
  // Earlier versions may hold what the author chose to take out: they stay the author's.
  'case-study.history': (_actor, c) => c.author,
  // Discussion is for published studies, by everyone who may read them.
  'case-study.comment': (actor, c) => (c.status === 'published' ? rules['case-study.view'](actor, c) : 'Comments open once the case study is published'),
  'case-study.remove-comment': (actor, c) => rules['case-study.view'](actor, c) === true && c.commentAuthorId === actor.personId,

  // Group conversations: the group's active members, and the alliance's coordinators who moderate
  // them; direct ones: their participants only. Admins run the platform but do not read messages.
  'conversation.read': (actor, c) => {
    if (c.kind === 'direct') return c.participant;
    if (!c.allianceId || !inAlliance(actor, c.allianceId)) return false;
    return c.participant || isCoordinatorOf(actor, c.allianceId);
  },
  'conversation.post': (actor, c) => {
    if (c.archived) return ARCHIVED;
    return rules['conversation.read'](actor, c);
  },
  'message.edit': (actor, m) => m.authorId === actor.personId && rules['conversation.read'](actor, m) === true,
  'message.remove': (actor, m) => {
    if (rules['conversation.read'](actor, m) !== true) return false;
    if (m.authorId === actor.personId) return true;
    return m.kind !== 'direct' && m.allianceId !== null && (m.lead || isCoordinatorOf(actor, m.allianceId));
  },

  // People are visible to those who share an active alliance with them: alliances are closed networks.
  'person.view': (actor, subject) => {
    if (isAdmin(actor) || actor.personId === subject.personId) return true;
    const mine = new Set(activeAllianceIds(actor));
    return subject.allianceIds.some((id) => mine.has(id));
  },
  'person.update-profile': (actor, subject) => actor.personId === subject.personId,
  'mail-outbox.read': (actor) => isAdmin(actor),
  ...learningRules,
};

function verdict<A extends Action>(actor: Actor | null | undefined, action: A, subject: ActionSubjects[A]): Verdict {
  if (!actor) return false;
  const rule = rules[action] as Rule<A> | undefined;
  return rule ? rule(actor, subject) : false;
}

/** The one question every guard and every hidden button asks. Deny by default. */
export function can<A extends Action>(actor: Actor | null | undefined, action: A, subject: ActionSubjects[A]): boolean {
  return verdict(actor, action, subject) === true;
}

/** Why `can` says no, in words a person can act on; null when allowed or when there is nothing to explain. */
export function whyNot<A extends Action>(actor: Actor | null | undefined, action: A, subject: ActionSubjects[A]): string | null {
  const result = verdict(actor, action, subject);
  return typeof result === 'string' ? result : null;
}

export const ACTIONS = Object.keys(rules) as Action[];
