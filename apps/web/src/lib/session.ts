import type { Me, SessionNotice, SessionResponse } from '@peerhub/contracts';
import type { Actor } from '@peerhub/domain';
import { useSyncExternalStore } from 'react';

/**
 * The signed-in session, in memory only: the access token never touches storage, and a reload
 * restores the session from the httpOnly refresh cookie (see refreshSession in api-client).
 */
export interface SessionState {
  /** False until the first refresh attempt on load has answered. */
  ready: boolean;
  accessToken: string | null;
  person: Me | null;
  /** Why the server ended the last session in this tab (the sign-in page says so); null otherwise. */
  endedBecause: SessionEndReason | null;
}

export type SessionEndReason = Exclude<SessionNotice['reason'], 'token-expiring'>;

let state: SessionState = { ready: false, accessToken: null, person: null, endedBecause: null };
const listeners = new Set<() => void>();

function update(next: SessionState): void {
  state = next;
  for (const listener of listeners) listener();
}

export const sessionStore = {
  get: (): SessionState => state,
  accessToken: (): string | null => state.accessToken,
  start: (response: SessionResponse): void => update({ ready: true, accessToken: response.accessToken, person: response.person, endedBecause: null }),
  updatePerson: (person: Me): void => update({ ...state, person }),
  clear: (endedBecause: SessionEndReason | null = null): void => update({ ready: true, accessToken: null, person: null, endedBecause }),
  subscribe: (listener: () => void): (() => void) => {
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  },
};

export function useSession(): SessionState {
  return useSyncExternalStore(sessionStore.subscribe, sessionStore.get);
}

/** The signed-in person; only use below the signed-in routes. */
export function useMe(): Me {
  const { person } = useSession();
  if (!person) throw new Error('useMe() outside a signed-in route');
  return person;
}

/** The actor the domain policies decide on, built from the signed-in person. */
export function actorOf(person: Me | null): Actor | null {
  if (!person) return null;
  return {
    personId: person.id,
    platformRole: person.platformRole,
    memberships: person.memberships.map(({ allianceId, role, status }) => ({ allianceId, role, status })),
  };
}

export function useActor(): Actor | null {
  return actorOf(useSession().person);
}
