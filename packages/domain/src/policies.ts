import type { Actor } from './actor';
import { activeAllianceIds, activeRoleIn, isAdmin } from './actor';

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

/**
 * Every action the platform knows, with the subject its policy needs. A route or a button names
 * one of these; nothing is allowed unless a rule below says so.
 */
export interface ActionSubjects {
  'account.self': null;
  'directory.browse': null;
  'alliance.view': AllianceSubject;
  'alliance.invite': AllianceSubject;
  'alliance.manage-invitations': AllianceSubject;
  'person.view': PersonSubject;
  'person.update-profile': PersonSubject;
  'mail-outbox.read': null;
}
export type Action = keyof ActionSubjects;

type Rule<A extends Action> = (actor: Actor, subject: ActionSubjects[A]) => boolean;

const isCoordinatorOf = (actor: Actor, allianceId: string) => activeRoleIn(actor, allianceId) === 'coordinator';

const rules: { [A in Action]: Rule<A> } = {
  // A signed-in person may always read and edit their own account.
  'account.self': () => true,
  // Every signed-in person may browse alliances and the directory; what each entry shows is filtered by person.view.
  'directory.browse': () => true,
  'alliance.view': () => true,
  'alliance.invite': (actor, { allianceId }) => isAdmin(actor) || isCoordinatorOf(actor, allianceId),
  'alliance.manage-invitations': (actor, { allianceId }) => isAdmin(actor) || isCoordinatorOf(actor, allianceId),
  // People are visible to those who share an active alliance with them: alliances are closed networks.
  'person.view': (actor, subject) => {
    if (isAdmin(actor) || actor.personId === subject.personId) return true;
    const mine = new Set(activeAllianceIds(actor));
    return subject.allianceIds.some((id) => mine.has(id));
  },
  'person.update-profile': (actor, subject) => actor.personId === subject.personId,
  'mail-outbox.read': (actor) => isAdmin(actor),
};

/** The one question every guard and every hidden button asks. Deny by default. */
export function can<A extends Action>(actor: Actor | null | undefined, action: A, subject: ActionSubjects[A]): boolean {
  if (!actor) return false;
  const rule = rules[action] as Rule<A> | undefined;
  return rule ? rule(actor, subject) : false;
}

export const ACTIONS = Object.keys(rules) as Action[];
