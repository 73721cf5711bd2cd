import type { GroupDetail } from '@peerhub/contracts';
import { makeAlliance, makePerson, signIn, type Signed } from './factories';
import { createTestApp, type TestApp } from './test-app';

type Persona = 'nonMember' | 'member' | 'lead' | 'otherCoordinator' | 'suspended';

/**
 * Every group route, called by each kind of person, answers exactly what the policy says. Each
 * row runs on a fresh by-request group so that one call cannot change the next one's answer.
 */
describe('group routes by persona', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  async function world() {
    const alliance = await makeAlliance(t.dataSource);
    const other = await makeAlliance(t.dataSource);
    const coordinator = await makePerson(t.dataSource, { memberships: [{ allianceId: alliance.id, role: 'coordinator' }] });
    const people = {
      nonMember: await makePerson(t.dataSource, { memberships: [{ allianceId: alliance.id, role: 'member' }] }),
      member: await makePerson(t.dataSource, { memberships: [{ allianceId: alliance.id, role: 'member' }] }),
      lead: await makePerson(t.dataSource, { memberships: [{ allianceId: alliance.id, role: 'expert' }] }),
      lead2: await makePerson(t.dataSource, { memberships: [{ allianceId: alliance.id, role: 'expert' }] }),
      target: await makePerson(t.dataSource, { memberships: [{ allianceId: alliance.id, role: 'member' }] }),
      otherCoordinator: await makePerson(t.dataSource, { memberships: [{ allianceId: other.id, role: 'coordinator' }] }),
      suspended: await makePerson(t.dataSource, { memberships: [{ allianceId: alliance.id, role: 'member' }] }),
    };
    const c = await signIn(t, coordinator.email);
    const signed = {} as Record<Persona, Signed>;
    for (const persona of ['nonMember', 'member', 'lead', 'otherCoordinator', 'suspended'] as const) signed[persona] = await signIn(t, people[persona].email);
    return { alliance, people, c, signed };
  }

  /** A fresh group: lead and lead2 lead it; member, target and suspended belong to it. */
  async function group(w: Awaited<ReturnType<typeof world>>) {
    // The suspended person is suspended only once they belong to the group.
    await t.dataSource.query(`UPDATE alliance_membership SET status = 'active' WHERE person_id = $1`, [w.people.suspended.id]);
    const created = await t.app.inject({
      method: 'POST',
      url: `/api/alliances/${w.alliance.id}/groups`,
      headers: w.c.auth,
      payload: { name: 'Matrix group', topics: ['open-data'], purpose: 'A group for the access matrix.', visibility: 'by-request', leadIds: [w.people.lead.id, w.people.lead2.id] },
    });
    const g = created.json<GroupDetail>();
    const invited = await t.app.inject({ method: 'POST', url: `/api/groups/${g.id}/invitations`, headers: w.c.auth, payload: { personIds: [w.people.member.id, w.people.target.id, w.people.suspended.id] } });
    expect(invited.json()).toEqual({ invited: 3 });
    for (const who of ['member', 'target', 'suspended'] as const) {
      const s = who === 'target' ? await signIn(t, w.people.target.email) : w.signed[who];
      const joined = await t.app.inject({ method: 'POST', url: `/api/groups/${g.id}/join`, headers: s.auth });
      expect([who, joined.statusCode, joined.body]).toEqual([who, 204, '']);
    }
    await t.dataSource.query(`UPDATE alliance_membership SET status = 'suspended' WHERE person_id = $1`, [w.people.suspended.id]);
    return g;
  }

  const routes: Array<{ name: string; call: (g: GroupDetail, w: Awaited<ReturnType<typeof world>>) => { method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE'; url: string; payload?: object }; expect: Record<Persona, number> }> = [
    { name: 'read the group', call: (g) => ({ method: 'GET', url: `/api/groups/${g.id}` }), expect: { nonMember: 200, member: 200, lead: 200, otherCoordinator: 404, suspended: 404 } },
    { name: 'edit the group', call: (g) => ({ method: 'PATCH', url: `/api/groups/${g.id}`, payload: { name: 'Renamed group' } }), expect: { nonMember: 403, member: 403, lead: 200, otherCoordinator: 404, suspended: 404 } },
    { name: 'join directly', call: (g) => ({ method: 'POST', url: `/api/groups/${g.id}/join` }), expect: { nonMember: 409, member: 409, lead: 409, otherCoordinator: 404, suspended: 404 } },
    { name: 'ask to join', call: (g) => ({ method: 'POST', url: `/api/groups/${g.id}/requests`, payload: {} }), expect: { nonMember: 204, member: 409, lead: 409, otherCoordinator: 404, suspended: 404 } },
    { name: 'invite', call: (g, w) => ({ method: 'POST', url: `/api/groups/${g.id}/invitations`, payload: { personIds: [w.people.nonMember.id] } }), expect: { nonMember: 403, member: 403, lead: 201, otherCoordinator: 404, suspended: 404 } },
    { name: 'leave', call: (g) => ({ method: 'POST', url: `/api/groups/${g.id}/leave` }), expect: { nonMember: 409, member: 204, lead: 204, otherCoordinator: 404, suspended: 404 } },
    { name: 'remove a member', call: (g, w) => ({ method: 'DELETE', url: `/api/groups/${g.id}/members/${w.people.target.id}`, payload: {} }), expect: { nonMember: 403, member: 403, lead: 204, otherCoordinator: 404, suspended: 404 } },
    { name: 'make a member lead', call: (g, w) => ({ method: 'PUT', url: `/api/groups/${g.id}/members/${w.people.target.id}/role`, payload: { role: 'lead' } }), expect: { nonMember: 403, member: 403, lead: 204, otherCoordinator: 404, suspended: 404 } },
    { name: "read the group's conversation", call: (g) => ({ method: 'GET', url: `/api/groups/${g.id}/conversation` }), expect: { nonMember: 404, member: 200, lead: 200, otherCoordinator: 404, suspended: 404 } },
  ];

  it.each(routes.map((r) => [r.name, r] as const))('%s', async (_name, route) => {
    const w = await world();
    const answers: Record<string, number> = {};
    for (const persona of Object.keys(route.expect) as Persona[]) {
      const g = await group(w);
      const request = route.call(g, w);
      const response = await t.app.inject({ ...request, headers: w.signed[persona].auth });
      answers[persona] = response.statusCode;
    }
    expect(answers).toEqual(route.expect);
  });

  it('answers 401 to every group route without a session', async () => {
    const w = await world();
    const g = await group(w);
    for (const route of routes) {
      const response = await t.app.inject(route.call(g, w));
      expect([route.name, response.statusCode]).toEqual([route.name, 401]);
    }
  });
});
