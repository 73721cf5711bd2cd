import type { CaseStudyDetail, CaseStudyPage, ErrorBody } from '@peerhub/contracts';
import { makeAlliance, makePerson, signIn, type Signed } from './factories';
import { createTestApp, type TestApp } from './test-app';

describe('case studies', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const write = (s: Signed, body: object) => t.app.inject({ method: 'POST', url: '/api/case-studies', headers: s.auth, payload: body });
  const publish = (s: Signed, id: string) => t.app.inject({ method: 'PUT', url: `/api/case-studies/${id}/status`, headers: s.auth, payload: { status: 'published' } });
  const search = (s: Signed, query: string) => t.app.inject({ url: `/api/case-studies?${query}`, headers: s.auth }).then((r) => r.json<CaseStudyPage>());

  async function library() {
    const alliance = await makeAlliance(t.dataSource);
    const other = await makeAlliance(t.dataSource);
    const coordinator = await makePerson(t.dataSource, { memberships: [{ allianceId: alliance.id, role: 'coordinator' }] });
    const s = {
      author: await signIn(t, (await makePerson(t.dataSource, { memberships: [{ allianceId: alliance.id, role: 'expert' }] })).email),
      member: await signIn(t, (await makePerson(t.dataSource, { memberships: [{ allianceId: alliance.id, role: 'member' }] })).email),
      stranger: await signIn(t, (await makePerson(t.dataSource, { memberships: [{ allianceId: other.id, role: 'member' }] })).email),
      coordinator: await signIn(t, coordinator.email),
    };
    const group = (
      await t.app.inject({ method: 'POST', url: `/api/alliances/${alliance.id}/groups`, headers: s.coordinator.auth, payload: { name: 'Portals', topics: ['open-data'], purpose: 'Open data portals in practice.', visibility: 'open' } })
    ).json<{ id: string }>();
    await t.app.inject({ method: 'POST', url: `/api/groups/${group.id}/join`, headers: s.author.auth });
    const base = { country: 'KZ', topics: ['open-data'], stage: 'implemented', year: 2019 };
    const english = (await write(s.author, { ...base, language: 'en', title: 'The national open data portal', summary: 'How Kazakhstan opened its budget data through one portal.', body: 'Ministries publish datasets; developers build applications on them.' })).json<CaseStudyDetail>();
    const russian = (await write(s.author, { ...base, language: 'ru', title: 'Портал открытых данных', summary: 'Как министерства публикуют наборы данных на едином портале.', body: 'Разработчики создают приложения на основе опубликованных данных.' })).json<CaseStudyDetail>();
    const groupOnly = (await write(s.author, { ...base, language: 'en', title: 'Lessons from our pilot portals', summary: 'Internal notes for the portals group only.', visibility: 'group', allianceId: alliance.id, groupId: group.id })).json<CaseStudyDetail>();
    const draft = (await write(s.author, { ...base, language: 'en', title: 'A draft about portals', summary: 'Not ready to be read by anyone else.' })).json<CaseStudyDetail>();
    for (const c of [english, russian, groupOnly]) await publish(s.author, c.id);
    return { alliance, s, english, russian, groupOnly, draft };
  }

  it('shows a group-only case study to the group and the alliance coordinators, 404 to everyone else; drafts to their author', async () => {
    const { s, groupOnly, draft } = await library();
    expect((await t.app.inject({ url: `/api/case-studies/${groupOnly.id}`, headers: s.author.auth })).statusCode).toBe(200);
    expect((await t.app.inject({ url: `/api/case-studies/${groupOnly.id}`, headers: s.coordinator.auth })).statusCode).toBe(200);
    expect((await t.app.inject({ url: `/api/case-studies/${groupOnly.id}`, headers: s.member.auth })).statusCode).toBe(404);
    expect((await t.app.inject({ url: `/api/case-studies/${groupOnly.id}`, headers: s.stranger.auth })).statusCode).toBe(404);
    expect((await t.app.inject({ url: `/api/case-studies/${draft.id}`, headers: s.member.auth })).statusCode).toBe(404);
    const edit = await t.app.inject({ method: 'PATCH', url: `/api/case-studies/${groupOnly.id}`, headers: s.coordinator.auth, payload: { title: 'Rewritten by someone else' } });
    expect(edit.statusCode).toBe(403);
  });

  it('finds English and Russian texts by their stems, highlights the matches, and never shows what is not shared', async () => {
    const { s, english, russian, groupOnly } = await library();
    // Earlier tests in this file add their own copies: look only at this library's case studies.
    const mine = (page: CaseStudyPage) => page.items.map((i) => i.id).filter((id) => [english.id, russian.id, groupOnly.id].includes(id));
    const portalsEn = await search(s.member, 'q=portals&country=KZ&pageSize=100');
    expect(mine(portalsEn)).toEqual([english.id]);
    expect(portalsEn.items.find((i) => i.id === english.id)!.highlight).toContain('«portal»');
    const ru = await search(s.member, `q=${encodeURIComponent('порталы данные')}&pageSize=100`);
    expect(mine(ru)).toEqual([russian.id]);
    expect(ru.items.find((i) => i.id === russian.id)!.highlight).toMatch(/«данн/);
    expect(mine(await search(s.author, 'q=portals&pageSize=100')).sort()).toEqual([english.id, groupOnly.id].sort());
    expect(mine(await search(s.stranger, 'q=portals&pageSize=100'))).toEqual([english.id]);
    expect(mine(await search(s.member, 'language=ru&pageSize=100'))).toEqual([russian.id]);
    expect((await search(s.member, 'year=2020')).total).toBe(0);
  });

  it('names bad input', async () => {
    const { s } = await library();
    const bad = await write(s.author, { country: 'XX', topics: [], stage: 'done', language: 'en', title: 'Hi', summary: 'short', visibility: 'alliance' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<ErrorBody>().error.issues?.map((i) => i.path).sort()).toEqual(['country', 'stage', 'summary', 'title', 'topics']);
    const unscoped = await write(s.author, { country: 'KZ', topics: ['open-data'], stage: 'pilot', language: 'en', title: 'Shared with whom?', summary: 'An alliance-only study without its alliance.', visibility: 'alliance' });
    expect(unscoped.json<ErrorBody>().error.issues).toEqual([{ path: 'allianceId', message: 'Choose the alliance that may read it' }]);
  });
});
