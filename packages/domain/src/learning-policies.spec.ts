import type { Actor } from './actor';
import type { LearningNeedSubject, MatchProposalSubject } from './learning-policies';
import { can, whyNot } from './policies';

const A = 'alliance-1';
const person = (personId: string, role: 'coordinator' | 'expert' | 'member' | null, platformRole: 'admin' | 'user' = 'user'): Actor => ({
  personId,
  platformRole,
  memberships: role ? [{ allianceId: A, role, status: 'active' }] : [],
});
const roles = {
  admin: person('admin', null, 'admin'),
  coordinator: person('coord', 'coordinator'),
  author: person('author', 'member'),
  peer: person('peer', 'expert'),
  member: person('member', 'member'),
  outsider: person('outsider', null),
  suspended: { personId: 'suspended', platformRole: 'user', memberships: [{ allianceId: A, role: 'member', status: 'suspended' }] } satisfies Actor,
};
type Role = keyof typeof roles;

/** The need as each role stands with it. */
const needFor = (role: Role, status: LearningNeedSubject['status'] = 'open'): LearningNeedSubject => ({
  allianceId: A,
  status,
  author: role === 'author' || role === 'suspended',
  party: role === 'peer',
});
const who = (check: (role: Role) => boolean) => (Object.keys(roles) as Role[]).filter(check);

describe('learning need policies, for every role', () => {
  it('lets anyone in the alliance post a need, and tells outsiders why not', () => {
    expect(who((r) => can(roles[r], 'learning-need.create', { allianceId: A }))).toEqual(['coordinator', 'author', 'peer', 'member']);
    expect(whyNot(roles.outsider, 'learning-need.create', { allianceId: A })).toBe('Join the alliance to post a learning need');
  });

  it('shows an open need to its author, the coordinators and the peers proposed for it', () => {
    expect(who((r) => can(roles[r], 'learning-need.view', needFor(r)))).toEqual(['admin', 'coordinator', 'author', 'peer']);
  });

  it('keeps a draft to its author and the coordinators', () => {
    expect(who((r) => can(roles[r], 'learning-need.view', needFor(r, 'draft')))).toEqual(['admin', 'coordinator', 'author']);
  });

  it('lets the author and the coordinators edit until it is closed', () => {
    expect(who((r) => can(roles[r], 'learning-need.edit', needFor(r)))).toEqual(['admin', 'coordinator', 'author']);
    expect(whyNot(roles.author, 'learning-need.edit', needFor('author', 'closed'))).toBe('This learning need is closed');
  });

  it('lets only coordinators match, and only posted needs that are not closed', () => {
    expect(who((r) => can(roles[r], 'learning-need.match', needFor(r)))).toEqual(['admin', 'coordinator']);
    expect(whyNot(roles.coordinator, 'learning-need.match', needFor('coordinator', 'draft'))).toBe('The author has not posted this need yet');
    expect(can(roles.coordinator, 'learning-need.match', needFor('coordinator', 'matched'))).toBe(true);
  });
});

describe('match proposal policies', () => {
  const proposal = (over: Partial<MatchProposalSubject> = {}): MatchProposalSubject => ({ allianceId: A, status: 'proposed', party: true, answered: false, expired: false, authoriserOfParty: false, ...over });

  it('shows a proposal to its parties and the coordinators only', () => {
    expect(who((r) => can(roles[r], 'match-proposal.view', proposal({ party: r === 'author' || r === 'peer' })))).toEqual(['admin', 'coordinator', 'author', 'peer']);
    // A party's manager at home reads it too (to approve), even outside the alliance; never answers it.
    expect(can(roles.outsider, 'match-proposal.view', proposal({ party: false, authoriserOfParty: true }))).toBe(true);
    expect(can(roles.outsider, 'match-proposal.answer', proposal({ party: false, authoriserOfParty: true }))).toBe(false);
  });

  it('takes one answer per party, before it expires, while it is open', () => {
    expect(can(roles.peer, 'match-proposal.answer', proposal())).toBe(true);
    expect(can(roles.coordinator, 'match-proposal.answer', proposal({ party: false }))).toBe(false);
    expect(whyNot(roles.peer, 'match-proposal.answer', proposal({ expired: true }))).toBe('This proposal has expired: ask the coordinator for a new one');
    expect(whyNot(roles.peer, 'match-proposal.answer', proposal({ answered: true }))).toBe('You have already answered this proposal');
    expect(whyNot(roles.peer, 'match-proposal.answer', proposal({ status: 'declined' }))).toBe('This proposal was already declined');
    expect(can(roles.suspended, 'match-proposal.answer', proposal())).toBe(false);
  });
});

describe('match, authorisation and results policies', () => {
  const match = (role: Role, status: 'active' | 'closed' = 'active') => ({
    allianceId: A,
    status,
    party: role === 'author' || role === 'peer',
    learner: role === 'author',
    authoriserOfParty: false,
  });

  it('opens the match workspace to its parties, the coordinators and the parties’ authorisers', () => {
    expect(who((r) => can(roles[r], 'match.view', match(r)))).toEqual(['admin', 'coordinator', 'author', 'peer']);
    const manager = person('manager', null);
    expect(can(manager, 'match.view', { ...match('outsider'), authoriserOfParty: true })).toBe(true);
    expect(can(manager, 'match.plan', { ...match('outsider'), authoriserOfParty: true })).toBe(false);
  });

  it('lets the parties and coordinators plan while the match is active; the learner or a coordinator closes it', () => {
    expect(who((r) => can(roles[r], 'match.plan', match(r)))).toEqual(['admin', 'coordinator', 'author', 'peer']);
    expect(whyNot(roles.peer, 'match.plan', match('peer', 'closed'))).toBe('This match is closed');
    expect(who((r) => can(roles[r], 'match.close', match(r)))).toEqual(['admin', 'coordinator', 'author']);
    expect(whyNot(roles.author, 'match.close', match('author', 'closed'))).toBe('This match is already closed');
  });

  it('leaves the decision on a participation to the person’s authoriser, once', () => {
    const pending = { authoriser: true, status: 'pending' as const, ended: null };
    expect(can(roles.member, 'authorisation.decide', pending)).toBe(true);
    expect(can(roles.coordinator, 'authorisation.decide', { ...pending, authoriser: false })).toBe(false);
    expect(whyNot(roles.member, 'authorisation.decide', { ...pending, status: 'approved' })).toBe('You have already approved this participation');
    expect(whyNot(roles.member, 'authorisation.decide', { ...pending, ended: 'This exchange was cancelled' })).toBe('This exchange was cancelled');
  });

  it('shows the results to the alliance’s coordinators only', () => {
    expect(who((r) => can(roles[r], 'learning-results.view', { allianceId: A }))).toEqual(['admin', 'coordinator']);
  });
});
