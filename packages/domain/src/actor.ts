import type { AllianceRole, MembershipStatus, PlatformRole } from '@peerhub/contracts';

/** Who is asking: enough to decide every policy without touching the database again. */
export interface Actor {
  personId: string;
  platformRole: PlatformRole;
  memberships: ReadonlyArray<{ allianceId: string; role: AllianceRole; status: MembershipStatus }>;
}

export function activeRoleIn(actor: Actor, allianceId: string): AllianceRole | null {
  const membership = actor.memberships.find((m) => m.allianceId === allianceId && m.status === 'active');
  return membership ? membership.role : null;
}

export function isAdmin(actor: Actor): boolean {
  return actor.platformRole === 'admin';
}

export function activeAllianceIds(actor: Actor): string[] {
  return actor.memberships.filter((m) => m.status === 'active').map((m) => m.allianceId);
}
