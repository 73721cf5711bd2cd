import { can, whyNot, type Actor, type ExchangeSubject } from './index';

const A = '00000000-0000-4000-8000-00000000000a';
const actor = (memberships: Actor['memberships'] = []): Actor => ({ personId: 'me', platformRole: 'user', memberships });
const member = actor([{ allianceId: A, role: 'member', status: 'active' }]);
const coordinator = actor([{ allianceId: A, role: 'coordinator', status: 'active' }]);
const outsider = actor();
const exchange = (over: Partial<ExchangeSubject> = {}): ExchangeSubject => ({ allianceId: A, status: 'published', organiser: false, ...over });

describe('exchange policies', () => {
  it('shows drafts only to their organiser and the coordinators', () => {
    expect(can(member, 'exchange.view', exchange({ status: 'draft' }))).toBe(false);
    expect(can(member, 'exchange.view', exchange({ status: 'draft', organiser: true }))).toBe(true);
    expect(can(coordinator, 'exchange.view', exchange({ status: 'draft' }))).toBe(true);
    expect(can(member, 'exchange.view', exchange())).toBe(true);
    expect(can(outsider, 'exchange.view', exchange())).toBe(false);
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
