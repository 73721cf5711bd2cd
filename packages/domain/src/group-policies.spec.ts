import { can, whyNot, type Actor, type GroupSubject } from './index';

const A = '00000000-0000-4000-8000-00000000000a';
const B = '00000000-0000-4000-8000-00000000000b';

const person = (memberships: Actor['memberships'] = [], platformRole: Actor['platformRole'] = 'user'): Actor => ({ personId: 'me', platformRole, memberships });
const member = person([{ allianceId: A, role: 'member', status: 'active' }]);
const coordinator = person([{ allianceId: A, role: 'coordinator', status: 'active' }]);
const otherCoordinator = person([{ allianceId: B, role: 'coordinator', status: 'active' }]);
const suspended = person([{ allianceId: A, role: 'member', status: 'suspended' }]);
const outsider = person();
const admin = person([], 'admin');

const group = (over: Partial<GroupSubject> = {}): GroupSubject => ({
  allianceId: A,
  visibility: 'open',
  status: 'active',
  standing: 'none',
  memberCount: 3,
  memberLimit: null,
  leadCount: 1,
  ...over,
});

describe('peer group policies', () => {
  describe('group.view', () => {
    it('shows open and by-request groups to the alliance, invite-only ones only to those involved', () => {
      expect(can(member, 'group.view', group())).toBe(true);
      expect(can(member, 'group.view', group({ visibility: 'by-request' }))).toBe(true);
      expect(can(member, 'group.view', group({ visibility: 'invite-only' }))).toBe(false);
      expect(can(member, 'group.view', group({ visibility: 'invite-only', standing: 'invited' }))).toBe(true);
      expect(can(coordinator, 'group.view', group({ visibility: 'invite-only' }))).toBe(true);
      expect(can(admin, 'group.view', group({ visibility: 'invite-only' }))).toBe(true);
    });
    it('hides every group from outsiders, coordinators of other alliances and suspended people', () => {
      expect(can(outsider, 'group.view', group())).toBe(false);
      expect(can(otherCoordinator, 'group.view', group())).toBe(false);
      expect(can(suspended, 'group.view', group())).toBe(false);
      expect(can(suspended, 'group.view', group({ standing: 'member' }))).toBe(false);
      expect(can(suspended, 'group.leave', group({ standing: 'member' }))).toBe(false);
    });
  });

  describe('group.join and group.request', () => {
    it('lets alliance members join open groups directly', () => {
      expect(can(member, 'group.join', group())).toBe(true);
      expect(whyNot(member, 'group.join', group({ visibility: 'by-request' }))).toMatch(/by request/);
    });
    it('refuses a full group, an archived one, and people outside the alliance', () => {
      expect(whyNot(member, 'group.join', group({ memberLimit: 3 }))).toBe('The group is full');
      expect(whyNot(member, 'group.join', group({ status: 'archived' }))).toMatch(/archived/);
      expect(can(outsider, 'group.join', group())).toBe(false);
      expect(can(suspended, 'group.join', group())).toBe(false);
    });
    it('lets an invitee join an invite-only group', () => {
      expect(can(member, 'group.join', group({ visibility: 'invite-only', standing: 'invited' }))).toBe(true);
    });
    it('takes requests only for by-request groups, once', () => {
      expect(can(member, 'group.request', group({ visibility: 'by-request' }))).toBe(true);
      expect(whyNot(member, 'group.request', group({ visibility: 'by-request', standing: 'requested' }))).toMatch(/waiting/);
      expect(can(member, 'group.request', group({ visibility: 'open' }))).toBe(false);
      expect(can(member, 'group.request', group({ visibility: 'invite-only' }))).toBe(false);
    });
  });

  describe('group.leave', () => {
    it('keeps a lead from leaving a group without another lead', () => {
      expect(whyNot(member, 'group.leave', group({ standing: 'lead', leadCount: 1 }))).toMatch(/another lead/);
      expect(can(member, 'group.leave', group({ standing: 'lead', leadCount: 2 }))).toBe(true);
      expect(can(member, 'group.leave', group({ standing: 'member' }))).toBe(true);
      expect(can(member, 'group.leave', group({ standing: 'none' }))).toBe(false);
    });
    it('keeps archived groups read-only', () => {
      expect(can(member, 'group.leave', group({ standing: 'member', status: 'archived' }))).toBe(false);
    });
  });

  describe('managing a group', () => {
    it.each(['group.invite', 'group.decide-requests', 'group.remove-member', 'group.set-role', 'group.update'] as const)(
      '%s is for leads and the alliance coordinators',
      (action) => {
        expect(can(member, action, group({ standing: 'lead' }))).toBe(true);
        expect(can(coordinator, action, group())).toBe(true);
        expect(can(admin, action, group())).toBe(true);
        expect(can(member, action, group({ standing: 'member' }))).toBe(false);
        expect(can(otherCoordinator, action, group())).toBe(false);
        expect(can(suspended, action, group({ standing: 'lead' }))).toBe(false);
      },
    );
    it('only coordinators create groups', () => {
      expect(can(coordinator, 'group.create', { allianceId: A })).toBe(true);
      expect(can(member, 'group.create', { allianceId: A })).toBe(false);
      expect(can(otherCoordinator, 'group.create', { allianceId: A })).toBe(false);
    });
  });

  describe('alliance membership', () => {
    it('lets outsiders ask to join, not members', () => {
      expect(can(outsider, 'alliance.request-join', { allianceId: A })).toBe(true);
      expect(can(member, 'alliance.request-join', { allianceId: A })).toBe(false);
      expect(can(suspended, 'alliance.request-join', { allianceId: A })).toBe(false);
    });
    it.each(['alliance.manage-members', 'alliance.read-audit'] as const)('%s is for coordinators of that alliance and admins', (action) => {
      expect(can(coordinator, action, { allianceId: A })).toBe(true);
      expect(can(admin, action, { allianceId: A })).toBe(true);
      expect(can(otherCoordinator, action, { allianceId: A })).toBe(false);
      expect(can(member, action, { allianceId: A })).toBe(false);
    });
  });
});
