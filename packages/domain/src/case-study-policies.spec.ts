import { can, type Actor, type CaseStudySubject } from './index';

const A = '00000000-0000-4000-8000-00000000000a';
const actor = (memberships: Actor['memberships'] = []): Actor => ({ personId: 'me', platformRole: 'user', memberships });
const member = actor([{ allianceId: A, role: 'member', status: 'active' }]);
const coordinator = actor([{ allianceId: A, role: 'coordinator', status: 'active' }]);
const outsider = actor();
const study = (over: Partial<CaseStudySubject> = {}): CaseStudySubject => ({ status: 'published', visibility: 'everyone', allianceId: A, inGroup: false, author: false, ...over });

describe('case study policies', () => {
  it('keeps drafts to their author', () => {
    expect(can(member, 'case-study.view', study({ status: 'draft' }))).toBe(false);
    expect(can(member, 'case-study.view', study({ status: 'draft', author: true }))).toBe(true);
  });
  it('follows the visibility: everyone, one alliance, one group', () => {
    expect(can(outsider, 'case-study.view', study())).toBe(true);
    expect(can(outsider, 'case-study.view', study({ visibility: 'alliance' }))).toBe(false);
    expect(can(member, 'case-study.view', study({ visibility: 'alliance' }))).toBe(true);
    expect(can(member, 'case-study.view', study({ visibility: 'group' }))).toBe(false);
    expect(can(member, 'case-study.view', study({ visibility: 'group', inGroup: true }))).toBe(true);
    expect(can(coordinator, 'case-study.view', study({ visibility: 'group' }))).toBe(true);
  });
  it('lets only the author edit', () => {
    expect(can(member, 'case-study.edit', study({ author: true }))).toBe(true);
    expect(can(coordinator, 'case-study.edit', study())).toBe(false);
  });
  it('keeps the version history to the author', () => {
    expect(can(member, 'case-study.history', study({ author: true }))).toBe(true);
    expect(can(coordinator, 'case-study.history', study({ visibility: 'alliance' }))).toBe(false);
  });
  it('opens comments on published studies to their readers; a comment is removed by its writer only', () => {
    expect(can(member, 'case-study.comment', study())).toBe(true);
    expect(can(member, 'case-study.comment', study({ visibility: 'group' }))).toBe(false);
    expect(can(member, 'case-study.comment', study({ status: 'draft', author: true }))).toBe(false);
    expect(can(member, 'case-study.remove-comment', { ...study(), commentAuthorId: 'me' })).toBe(true);
    expect(can(member, 'case-study.remove-comment', { ...study(), commentAuthorId: 'someone else' })).toBe(false);
    expect(can(member, 'case-study.remove-comment', { ...study({ visibility: 'group' }), commentAuthorId: 'me' })).toBe(false);
  });
});
