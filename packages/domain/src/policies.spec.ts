import { can, type Actor } from './index';

const A1 = '00000000-0000-4000-8000-000000000001';
const A2 = '00000000-0000-4000-8000-000000000002';

function actor(partial: Partial<Actor> = {}): Actor {
  return { personId: 'p-self', platformRole: 'user', memberships: [], ...partial };
}

describe('can()', () => {
  it('denies everything to no actor', () => {
    expect(can(null, 'directory.browse', null)).toBe(false);
    expect(can(undefined, 'alliance.view', { allianceId: A1 })).toBe(false);
  });

  it('denies an action no rule knows', () => {
    expect(can(actor({ platformRole: 'admin' }), 'no.such.action' as never, null as never)).toBe(false);
  });

  describe('alliance.invite', () => {
    it('allows a coordinator of that alliance', () => {
      const coordinator = actor({ memberships: [{ allianceId: A1, role: 'coordinator', status: 'active' }] });
      expect(can(coordinator, 'alliance.invite', { allianceId: A1 })).toBe(true);
    });
    it('refuses a coordinator of another alliance', () => {
      const coordinator = actor({ memberships: [{ allianceId: A2, role: 'coordinator', status: 'active' }] });
      expect(can(coordinator, 'alliance.invite', { allianceId: A1 })).toBe(false);
    });
    it('refuses a suspended coordinator', () => {
      const suspended = actor({ memberships: [{ allianceId: A1, role: 'coordinator', status: 'suspended' }] });
      expect(can(suspended, 'alliance.invite', { allianceId: A1 })).toBe(false);
    });
    it.each(['expert', 'member'] as const)('refuses a %s', (role) => {
      expect(can(actor({ memberships: [{ allianceId: A1, role, status: 'active' }] }), 'alliance.invite', { allianceId: A1 })).toBe(false);
    });
    it('allows a platform admin anywhere', () => {
      expect(can(actor({ platformRole: 'admin' }), 'alliance.invite', { allianceId: A1 })).toBe(true);
    });
  });

  describe('person.view', () => {
    const member = actor({ memberships: [{ allianceId: A1, role: 'member', status: 'active' }] });
    it('shows people who share an alliance', () => {
      expect(can(member, 'person.view', { personId: 'p-other', allianceIds: [A2, A1] })).toBe(true);
    });
    it('hides people of other alliances', () => {
      expect(can(member, 'person.view', { personId: 'p-other', allianceIds: [A2] })).toBe(false);
    });
    it('hides everyone from a suspended member but themselves', () => {
      const suspended = actor({ memberships: [{ allianceId: A1, role: 'member', status: 'suspended' }] });
      expect(can(suspended, 'person.view', { personId: 'p-other', allianceIds: [A1] })).toBe(false);
      expect(can(suspended, 'person.view', { personId: 'p-self', allianceIds: [A1] })).toBe(true);
    });
    it('shows everyone to an admin', () => {
      expect(can(actor({ platformRole: 'admin' }), 'person.view', { personId: 'x', allianceIds: [] })).toBe(true);
    });
  });

  describe('person.update-profile', () => {
    it('lets a person edit only their own profile, admins included', () => {
      expect(can(actor(), 'person.update-profile', { personId: 'p-self', allianceIds: [] })).toBe(true);
      expect(can(actor({ platformRole: 'admin' }), 'person.update-profile', { personId: 'p-other', allianceIds: [] })).toBe(false);
    });
  });

  describe('mail-outbox.read', () => {
    it('is for admins only', () => {
      expect(can(actor({ platformRole: 'admin' }), 'mail-outbox.read', null)).toBe(true);
      expect(can(actor({ memberships: [{ allianceId: A1, role: 'coordinator', status: 'active' }] }), 'mail-outbox.read', null)).toBe(false);
    });
  });
});
