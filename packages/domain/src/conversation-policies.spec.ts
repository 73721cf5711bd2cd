import { can, type Actor, type ConversationSubject } from './index';

const A = '00000000-0000-4000-8000-00000000000a';
const actor = (memberships: Actor['memberships'] = [], platformRole: Actor['platformRole'] = 'user'): Actor => ({ personId: 'me', platformRole, memberships });
const member = actor([{ allianceId: A, role: 'member', status: 'active' }]);
const coordinator = actor([{ allianceId: A, role: 'coordinator', status: 'active' }]);
const suspended = actor([{ allianceId: A, role: 'member', status: 'suspended' }]);
const admin = actor([], 'admin');
const group = (over: Partial<ConversationSubject> = {}): ConversationSubject => ({ kind: 'group', allianceId: A, participant: true, lead: false, archived: false, ...over });

describe('conversation policies', () => {
  it('lets group members and the coordinators read a group conversation, nobody else', () => {
    expect(can(member, 'conversation.read', group())).toBe(true);
    expect(can(member, 'conversation.read', group({ participant: false }))).toBe(false);
    expect(can(coordinator, 'conversation.read', group({ participant: false }))).toBe(true);
    expect(can(suspended, 'conversation.read', group())).toBe(false);
    expect(can(admin, 'conversation.read', group({ participant: false }))).toBe(false);
  });

  it('keeps direct conversations to their participants', () => {
    const direct = { kind: 'direct' as const, allianceId: null, participant: true, lead: false, archived: false };
    expect(can(member, 'conversation.read', direct)).toBe(true);
    expect(can(coordinator, 'conversation.read', { ...direct, participant: false })).toBe(false);
  });

  it('makes archived group conversations read-only', () => {
    expect(can(member, 'conversation.post', group({ archived: true }))).toBe(false);
    expect(can(member, 'conversation.read', group({ archived: true }))).toBe(true);
  });

  it('lets authors edit, and authors, leads and coordinators remove', () => {
    expect(can(member, 'message.edit', { ...group(), authorId: 'me' })).toBe(true);
    expect(can(member, 'message.edit', { ...group(), authorId: 'other' })).toBe(false);
    expect(can(member, 'message.remove', { ...group(), authorId: 'other' })).toBe(false);
    expect(can(member, 'message.remove', { ...group({ lead: true }), authorId: 'other' })).toBe(true);
    expect(can(coordinator, 'message.remove', { ...group({ participant: false }), authorId: 'other' })).toBe(true);
  });
});
