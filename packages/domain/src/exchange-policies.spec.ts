import { can, whyNot, type Actor, type ExchangeSubject } from './index';

const A = '00000000-0000-4000-8000-00000000000a';
const actor = (memberships: Actor['memberships'] = []): Actor => ({ personId: 'me', platformRole: 'user', memberships });
const member = actor([{ allianceId: A, role: 'member', status: 'active' }]);
const coordinator = actor([{ allianceId: A, role: 'coordinator', status: 'active' }]);
const outsider = actor();
const exchange = (over: Partial<ExchangeSubject> = {}): ExchangeSubject => ({ allianceId: A, status: 'published', organiser: false, invited: false, ...over });

describe('exchange policies', () => {
  it('shows drafts only to their organiser and the coordinators', () => {
    expect(can(member, 'exchange.view', exchange({ status: 'draft' }))).toBe(false);
    expect(can(member, 'exchange.view', exchange({ status: 'draft', organiser: true }))).toBe(true);
    expect(can(coordinator, 'exchange.view', exchange({ status: 'draft' }))).toBe(true);
    expect(can(member, 'exchange.view', exchange())).toBe(true);
    expect(can(outsider, 'exchange.view', exchange())).toBe(false);
  });
  it('shows a draft to the people invited (by name or through a linked group), and to no one else in the alliance', () => {
    const draft = exchange({ status: 'draft', invited: true });
    expect(can(member, 'exchange.view', draft)).toBe(true);
    expect(can(member, 'exchange.view', exchange({ status: 'draft' }))).toBe(false);
    // An invitation does not reach past the alliance: a suspended or former member sees nothing.
    expect(can(outsider, 'exchange.view', draft)).toBe(false);
    expect(can(actor([{ allianceId: A, role: 'member', status: 'suspended' }]), 'exchange.view', draft)).toBe(false);
    // Invited to a draft is not registered: registration opens when it is published.
    expect(whyNot(member, 'exchange.register', draft)).toBe('This exchange is not open for registration yet');
    expect(can(member, 'exchange.manage', draft)).toBe(false);
  });
  it('lets the invited answer a draft’s poll, the alliance a published one’s, and no one a closed one’s', () => {
    expect(can(member, 'exchange.answer-poll', exchange({ status: 'draft', invited: true }))).toBe(true);
    expect(can(member, 'exchange.answer-poll', exchange({ status: 'draft' }))).toBe(false);
    expect(whyNot(member, 'exchange.answer-poll', exchange({ status: 'draft' }))).toBeNull();
    expect(can(member, 'exchange.answer-poll', exchange({ status: 'draft', organiser: true }))).toBe(true);
    expect(can(coordinator, 'exchange.answer-poll', exchange({ status: 'draft' }))).toBe(true);
    expect(can(member, 'exchange.answer-poll', exchange())).toBe(true);
    expect(can(outsider, 'exchange.answer-poll', exchange({ invited: true }))).toBe(false);
    expect(whyNot(member, 'exchange.answer-poll', exchange({ status: 'cancelled', invited: true }))).toBe('This exchange was cancelled');
    expect(whyNot(member, 'exchange.answer-poll', exchange({ status: 'completed' }))).toMatch(/already taken place/);
  });
  it('opens registration only for published exchanges, with a reason otherwise', () => {
    expect(can(member, 'exchange.register', exchange())).toBe(true);
    expect(whyNot(member, 'exchange.register', exchange({ status: 'cancelled' }))).toBe('This exchange was cancelled');
    expect(whyNot(member, 'exchange.register', exchange({ status: 'completed' }))).toMatch(/already taken place/);
    expect(can(outsider, 'exchange.register', exchange())).toBe(false);
  });
  it('lets coordinators create, and organisers and coordinators manage', () => {
    expect(can(coordinator, 'exchange.create', { allianceId: A })).toBe(true);
    expect(can(member, 'exchange.create', { allianceId: A })).toBe(false);
    expect(can(member, 'exchange.manage', exchange({ organiser: true }))).toBe(true);
    expect(can(member, 'exchange.manage', exchange())).toBe(false);
    expect(can(coordinator, 'exchange.manage', exchange())).toBe(true);
  });
});
