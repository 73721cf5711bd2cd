import type { AllianceDetail, ErrorBody, Me, PeoplePage, PersonProfile } from '@peerhub/contracts';
import { makeAlliance, makePerson, signIn } from './factories';
import { createTestApp, type TestApp } from './test-app';

describe('people directory, profiles and alliances', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  async function world() {
    const egov = await makeAlliance(t.dataSource, { countries: ['EE', 'KZ', 'UZ'] });
    const psd = await makeAlliance(t.dataSource, { countries: ['AZ', 'GE'] });
    const viewer = await makePerson(t.dataSource, { name: 'Viewer Person', memberships: [{ allianceId: egov.id, role: 'member' }] });
    const estonian = await makePerson(t.dataSource, { name: 'Kadri Testtamm', country: 'EE', languages: ['et', 'en'], expertiseTopics: ['open-data'], timezone: 'Europe/Tallinn', memberships: [{ allianceId: egov.id, role: 'expert' }] });
    const uzbek = await makePerson(t.dataSource, { name: 'Jasur Testkarimov', country: 'UZ', languages: ['uz', 'ru'], expertiseTopics: ['e-participation'], memberships: [{ allianceId: egov.id, role: 'member' }] });
    const outsider = await makePerson(t.dataSource, { name: 'Leyla Outsider', country: 'AZ', memberships: [{ allianceId: psd.id, role: 'expert' }] });
    const suspended = await makePerson(t.dataSource, { name: 'Suspended Someone', memberships: [{ allianceId: egov.id, role: 'member', status: 'suspended' }] });
    const admin = await makePerson(t.dataSource, { platformRole: 'admin' });
    return { egov, psd, viewer, estonian, uzbek, outsider, suspended, admin };
  }
  const get = (url: string, headers: object) => t.app.inject({ url, headers: headers as Record<string, string> });

  it('shows only people who share an active alliance, filtered and paginated', async () => {
    const w = await world();
    const v = await signIn(t, w.viewer.email);
    const all = (await get(`/api/people?allianceId=${w.egov.id}&pageSize=50`, v.auth)).json<PeoplePage>();
    const names = all.items.map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(['Viewer Person', 'Kadri Testtamm', 'Jasur Testkarimov']));
    expect(names).not.toContain('Leyla Outsider');
    expect(names).not.toContain('Suspended Someone');

    const byCountry = (await get(`/api/people?country=EE&allianceId=${w.egov.id}`, v.auth)).json<PeoplePage>();
    expect(byCountry.items.map((p) => p.name)).toEqual(['Kadri Testtamm']);
    const byTopic = (await get(`/api/people?topic=e-participation&allianceId=${w.egov.id}`, v.auth)).json<PeoplePage>();
    expect(byTopic.items.map((p) => p.name)).toEqual(['Jasur Testkarimov']);
    const byLanguage = (await get(`/api/people?language=et&allianceId=${w.egov.id}`, v.auth)).json<PeoplePage>();
    expect(byLanguage.items.map((p) => p.name)).toEqual(['Kadri Testtamm']);
    const byRole = (await get(`/api/people?role=expert&allianceId=${w.egov.id}`, v.auth)).json<PeoplePage>();
    expect(byRole.items.map((p) => p.name)).toEqual(['Kadri Testtamm']);
    const byName = (await get(`/api/people?q=testkari`, v.auth)).json<PeoplePage>();
    expect(byName.items.map((p) => p.name)).toEqual(['Jasur Testkarimov']);
    const page = (await get(`/api/people?allianceId=${w.egov.id}&pageSize=1&page=2`, v.auth)).json<PeoplePage>();
    expect(page).toMatchObject({ total: 3, page: 2, pageSize: 1 });
    expect(page.items).toHaveLength(1);
  });

  it('answers 404 for a person the viewer may not see, and shows the one they may', async () => {
    const w = await world();
    const v = await signIn(t, w.viewer.email);
    expect((await get(`/api/people/${w.outsider.id}`, v.auth)).statusCode).toBe(404);
    const seen = await get(`/api/people/${w.estonian.id}`, v.auth);
    expect(seen.statusCode).toBe(200);
    expect(seen.json<PersonProfile>()).toMatchObject({ name: 'Kadri Testtamm', timezone: 'Europe/Tallinn' });
    expect(seen.json()).not.toHaveProperty('email');
    const admin = await signIn(t, w.admin.email);
    expect((await get(`/api/people/${w.outsider.id}`, admin.auth)).statusCode).toBe(200);
  });

  it('rejects unknown filters and bad values with 400', async () => {
    const w = await world();
    const v = await signIn(t, w.viewer.email);
    const bad = await get('/api/people?country=XX&pageSize=1000&colour=blue', v.auth);
    expect(bad.statusCode).toBe(400);
    expect(bad.json<ErrorBody>().error.issues?.map((i) => i.path).sort()).toEqual(['colour', 'country', 'pageSize']);
    expect((await get('/api/people/not-a-uuid', v.auth)).statusCode).toBe(400);
    expect((await get('/api/people', {})).statusCode).toBe(401);
  });

  it('edits my own profile with validation, and nothing is half-saved', async () => {
    const w = await world();
    const v = await signIn(t, w.viewer.email);
    const ok = await t.app.inject({
      method: 'PATCH',
      url: '/api/me',
      headers: v.auth,
      payload: { position: 'Head of unit', languages: ['ru', 'en'], timezone: 'Asia/Bishkek', expertiseTopics: ['open-data'], bio: 'Hello' },
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json<Me>()).toMatchObject({ position: 'Head of unit', timezone: 'Asia/Bishkek', expertiseTopics: ['open-data'] });

    const bad = await t.app.inject({ method: 'PATCH', url: '/api/me', headers: v.auth, payload: { position: 'Changed', timezone: 'Mars/Olympus', avatarUrl: 'javascript:alert(1)' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<ErrorBody>().error.issues?.map((i) => i.path).sort()).toEqual(['avatarUrl', 'timezone']);
    expect((await get('/api/me', v.auth)).json<Me>().position).toBe('Head of unit');
    const unknownOrg = await t.app.inject({ method: 'PATCH', url: '/api/me', headers: v.auth, payload: { organisationId: '00000000-0000-4000-8000-000000000000' } });
    expect(unknownOrg.statusCode).toBe(400);
  });

  it('shows an alliance with its countries, coordinators and people by country', async () => {
    const w = await world();
    const coordinator = await makePerson(t.dataSource, { name: 'Coord Inator', country: 'KZ', memberships: [{ allianceId: w.egov.id, role: 'coordinator' }] });
    const v = await signIn(t, w.viewer.email);
    const detail = (await get(`/api/alliances/${w.egov.id}`, v.auth)).json<AllianceDetail>();
    expect(detail.countries).toEqual(['EE', 'KZ', 'UZ']);
    expect(detail.coordinators.map((c) => c.id)).toEqual([coordinator.id]);
    expect(detail.memberCount).toBe(4);
    expect(detail.peopleByCountry).toEqual(expect.arrayContaining([{ country: 'KZ', count: 2 }, { country: 'EE', count: 1 }]));
    expect((await get('/api/alliances/00000000-0000-4000-8000-000000000000', v.auth)).statusCode).toBe(404);
  });

  it('keeps the dev outbox for admins', async () => {
    const w = await world();
    expect((await get('/api/admin/outbox', (await signIn(t, w.viewer.email)).auth)).statusCode).toBe(403);
    expect((await get('/api/admin/outbox', (await signIn(t, w.admin.email)).auth)).statusCode).toBe(200);
  });
});
