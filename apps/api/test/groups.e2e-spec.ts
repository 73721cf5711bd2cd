import type { AuditPage, ErrorBody, GroupDetail, GroupsPage, JoinRequestList } from '@peerhub/contracts';
import { makeAlliance, makePerson, signIn, type Signed } from './factories';
import { openSocket } from './sockets';
import { createTestApp, type TestApp } from './test-app';

describe('peer groups: who may do what', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  /** One alliance with a coordinator, a lead, a member, an outsider (alliance member, not in the group), a suspended member, and another alliance's coordinator. */
  async function cast(visibility: 'open' | 'by-request' | 'invite-only' = 'by-request', memberLimit: number | null = null) {
    const alliance = await makeAlliance(t.dataSource);
    const other = await makeAlliance(t.dataSource);
    const people = {
      coordinator: await makePerson(t.dataSource, { name: 'Coordinator', memberships: [{ allianceId: alliance.id, role: 'coordinator' }] }),
      lead: await makePerson(t.dataSource, { name: 'Lead', country: 'EE', memberships: [{ allianceId: alliance.id, role: 'expert' }] }),
      member: await makePerson(t.dataSource, { name: 'Member', country: 'UZ', memberships: [{ allianceId: alliance.id, role: 'member' }] }),
      peer: await makePerson(t.dataSource, { name: 'Peer', country: 'KG', memberships: [{ allianceId: alliance.id, role: 'member' }] }),
      suspended: await makePerson(t.dataSource, { name: 'Suspended', memberships: [{ allianceId: alliance.id, role: 'member' }] }),
      stranger: await makePerson(t.dataSource, { name: 'Stranger', memberships: [{ allianceId: other.id, role: 'coordinator' }] }),
    };
    const s: Record<keyof typeof people, Signed> = {} as never;
    for (const [key, person] of Object.entries(people)) s[key as keyof typeof people] = await signIn(t, person.email);
    const created = await t.app.inject({
      method: 'POST',
      url: `/api/alliances/${alliance.id}/groups`,
      headers: s.coordinator.auth,
      payload: { name: 'One-stop shops', topics: ['integrated-services'], purpose: 'Compare how our one-stop shops work.', visibility, memberLimit, leadIds: [people.lead.id] },
    });
    expect(created.statusCode).toBe(201);
    const group = created.json<GroupDetail>();
    for (const who of ['member', 'suspended'] as const) {
      if (visibility === 'invite-only') await asSigned(s.lead).post(`/api/groups/${group.id}/invitations`, { personIds: [people[who].id] });
      if (visibility === 'by-request') {
        await asSigned(s[who]).post(`/api/groups/${group.id}/requests`);
        await decide(s.lead, alliance.id, 'approve');
      } else {
        expect((await asSigned(s[who]).post(`/api/groups/${group.id}/join`)).statusCode).toBe(204);
      }
    }
    await t.dataSource.query(`UPDATE alliance_membership SET status = 'suspended' WHERE person_id = $1`, [people.suspended.id]);
    return { alliance, group, people, s };
  }

  function asSigned(signed: Signed) {
    const call = (method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, payload?: object) =>
      t.app.inject({ method, url, headers: signed.auth, ...(payload ? { payload } : {}) });
    return {
      get: (url: string) => call('GET', url),
      post: (url: string, payload: object = {}) => call('POST', url, payload),
      patch: (url: string, payload: object) => call('PATCH', url, payload),
      put: (url: string, payload: object) => call('PUT', url, payload),
      delete: (url: string, payload: object = {}) => call('DELETE', url, payload),
    };
  }

  async function decide(signed: Signed, allianceId: string, decision: 'approve' | 'reject') {
    const pending = (await asSigned(signed).get(`/api/alliances/${allianceId}/pending-requests`)).json<JoinRequestList>();
    const request = pending.items.find((r) => r.kind === 'group');
    if (!request) throw new Error('no pending group request');
    return asSigned(signed).post(`/api/alliances/${allianceId}/pending-requests/decisions`, {
      decisions: [{ requestId: request.id, kind: 'group', decision, ...(decision === 'reject' ? { reason: 'Not this time' } : {}) }],
    });
  }

  it('reading a group: members, leads and coordinators see it; a coordinator of another alliance and a suspended person get 404', async () => {
    const { group, s } = await cast();
    for (const who of ['coordinator', 'lead', 'member', 'peer'] as const) {
      expect([who, (await asSigned(s[who]).get(`/api/groups/${group.id}`)).statusCode]).toEqual([who, 200]);
    }
    for (const who of ['stranger', 'suspended'] as const) {
      expect([who, (await asSigned(s[who]).get(`/api/groups/${group.id}`)).statusCode]).toEqual([who, 404]);
    }
    const detail = (await asSigned(s.peer).get(`/api/groups/${group.id}`)).json<GroupDetail>();
    expect(detail.members.map((m) => [m.name, m.role, m.country])).toEqual([
      ['Lead', 'lead', 'EE'],
      ['Member', 'member', 'UZ'],
      ['Suspended', 'member', 'KZ'],
    ]);
    expect(detail.standing).toBe('none');
  });

  it('invite-only groups are 404 to alliance members who are not invited', async () => {
    const { group, s, people } = await cast('invite-only');
    expect((await asSigned(s.peer).get(`/api/groups/${group.id}`)).statusCode).toBe(404);
    expect((await asSigned(s.peer).post(`/api/groups/${group.id}/join`)).statusCode).toBe(404);
    expect((await asSigned(s.lead).post(`/api/groups/${group.id}/invitations`, { personIds: [people.peer.id] })).json()).toEqual({ invited: 1 });
    expect((await asSigned(s.peer).get(`/api/groups/${group.id}`)).json<GroupDetail>().standing).toBe('invited');
    expect((await asSigned(s.peer).post(`/api/groups/${group.id}/join`)).statusCode).toBe(204);
    expect((await asSigned(s.peer).get(`/api/groups/${group.id}`)).json<GroupDetail>().standing).toBe('member');
  });

  it('joining: direct only for open groups; by-request asks once; the full group refuses', async () => {
    const byRequest = await cast('by-request');
    const direct = await asSigned(byRequest.s.peer).post(`/api/groups/${byRequest.group.id}/join`);
    expect(direct.statusCode).toBe(409);
    expect(direct.json<ErrorBody>().error.message).toMatch(/request or invitation/);
    expect((await asSigned(byRequest.s.peer).post(`/api/groups/${byRequest.group.id}/requests`, { message: 'Please' })).statusCode).toBe(204);
    expect((await asSigned(byRequest.s.peer).post(`/api/groups/${byRequest.group.id}/requests`)).statusCode).toBe(409);
    expect((await asSigned(byRequest.s.stranger).post(`/api/groups/${byRequest.group.id}/requests`)).statusCode).toBe(404);

    const full = await cast('open', 3);
    const refused = await asSigned(full.s.peer).post(`/api/groups/${full.group.id}/join`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json<ErrorBody>().error.message).toBe('The group is full');
  });

  it('managing: leads and coordinators may, members and strangers may not', async () => {
    const { group, s, people } = await cast();
    const role = (signed: Signed) => asSigned(signed).put(`/api/groups/${group.id}/members/${people.member.id}/role`, { role: 'lead' });
    expect((await role(s.member)).statusCode).toBe(403);
    expect((await role(s.stranger)).statusCode).toBe(404);
    expect((await role(s.suspended)).statusCode).toBe(404);
    expect((await role(s.lead)).statusCode).toBe(204);
    expect((await asSigned(s.coordinator).put(`/api/groups/${group.id}/members/${people.member.id}/role`, { role: 'member' })).statusCode).toBe(204);
    expect((await asSigned(s.member).patch(`/api/groups/${group.id}`, { name: 'Renamed by member' })).statusCode).toBe(403);
    expect((await asSigned(s.lead).patch(`/api/groups/${group.id}`, { name: 'Renamed by lead' })).statusCode).toBe(200);
    expect((await asSigned(s.member).delete(`/api/groups/${group.id}/members/${people.lead.id}`)).statusCode).toBe(403);
  });

  it('a lead cannot leave without another lead; archived groups are read-only', async () => {
    const { group, s, people } = await cast();
    const alone = await asSigned(s.lead).post(`/api/groups/${group.id}/leave`);
    expect(alone.statusCode).toBe(409);
    expect(alone.json<ErrorBody>().error.message).toMatch(/another lead/);
    await asSigned(s.lead).put(`/api/groups/${group.id}/members/${people.member.id}/role`, { role: 'lead' });
    expect((await asSigned(s.lead).post(`/api/groups/${group.id}/leave`)).statusCode).toBe(204);

    expect((await asSigned(s.coordinator).patch(`/api/groups/${group.id}`, { status: 'archived' })).statusCode).toBe(200);
    expect((await asSigned(s.member).post(`/api/groups/${group.id}/leave`)).statusCode).toBe(409);
    expect((await asSigned(s.coordinator).patch(`/api/groups/${group.id}`, { name: 'While archived' })).statusCode).toBe(409);
    expect((await asSigned(s.peer).get(`/api/groups/${group.id}`)).statusCode).toBe(200);
    expect((await asSigned(s.coordinator).patch(`/api/groups/${group.id}`, { status: 'active' })).statusCode).toBe(200);
  });

  it('creating a group is for coordinators, with valid input', async () => {
    const { alliance, s } = await cast();
    const body = { name: 'Open data', topics: ['open-data'], purpose: 'Publishing data people use.', visibility: 'open' };
    expect((await asSigned(s.member).post(`/api/alliances/${alliance.id}/groups`, body)).statusCode).toBe(403);
    expect((await asSigned(s.stranger).post(`/api/alliances/${alliance.id}/groups`, body)).statusCode).toBe(403);
    const bad = await asSigned(s.coordinator).post(`/api/alliances/${alliance.id}/groups`, { ...body, topics: [], visibility: 'secret' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<ErrorBody>().error.issues?.map((i) => i.path).sort()).toEqual(['topics', 'visibility']);
  });

  it('lists only the groups a person may see', async () => {
    const { alliance, group, s } = await cast('invite-only');
    const visible = (signed: Signed) => asSigned(signed).get(`/api/groups?allianceId=${alliance.id}`).then((r) => r.json<GroupsPage>().items.map((g) => g.id));
    expect(await visible(s.member)).toEqual([group.id]);
    expect(await visible(s.coordinator)).toEqual([group.id]);
    expect(await visible(s.peer)).toEqual([]);
    expect(await visible(s.stranger)).toEqual([]);
  });

  it('tells the requester live when the request is approved, and audits both steps', async () => {
    const { alliance, group, s, people } = await cast();
    const socket = openSocket(t.baseUrl, s.peer.token);
    try {
      await new Promise((resolve) => socket.on('session:welcome', resolve));
      const changed = new Promise((resolve) => socket.on('membership:changed', resolve));
      await asSigned(s.peer).post(`/api/groups/${group.id}/requests`, { message: 'I run the Bishkek service centre' });
      expect((await decide(s.coordinator, alliance.id, 'approve')).json()).toEqual({ results: [{ requestId: expect.any(String), ok: true }] });
      expect(await changed).toEqual({ allianceId: alliance.id, groupId: group.id, change: 'approved' });
    } finally {
      socket.close();
    }
    const audit = (await asSigned(s.coordinator).get(`/api/alliances/${alliance.id}/audit?personId=${people.peer.id}`)).json<AuditPage>();
    expect(audit.items.map((e) => e.action)).toEqual(['group.request-approved', 'group.requested']);
    expect(audit.items[0]).toMatchObject({ actorName: 'Coordinator', subjectName: 'Peer', groupName: 'One-stop shops' });
  });
});
