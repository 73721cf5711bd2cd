import type { AllianceStats, AuditPage, ErrorBody, JoinRequestList, MembersPage, SessionNotice } from '@peerhub/contracts';
import { makeAlliance, makePerson, signIn } from './factories';
import { openSocket } from './sockets';
import { createTestApp, type TestApp } from './test-app';

describe('alliance membership console', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  async function setting() {
    const alliance = await makeAlliance(t.dataSource);
    const other = await makeAlliance(t.dataSource);
    const coordinator = await makePerson(t.dataSource, { name: 'Coordinator', memberships: [{ allianceId: alliance.id, role: 'coordinator' }] });
    const members = [
      await makePerson(t.dataSource, { name: 'Anahit Petrosyan', country: 'AM', memberships: [{ allianceId: alliance.id, role: 'expert' }] }),
      await makePerson(t.dataSource, { name: 'Bakyt Asanov', country: 'KG', memberships: [{ allianceId: alliance.id, role: 'member' }] }),
      await makePerson(t.dataSource, { name: 'Cholpon Isaeva', country: 'KG', memberships: [{ allianceId: alliance.id, role: 'member' }] }),
    ];
    const outsider = await makePerson(t.dataSource, { name: 'Outsider', country: 'AZ', memberships: [{ allianceId: other.id, role: 'member' }] });
    return { alliance, other, coordinator, members, outsider, c: await signIn(t, coordinator.email) };
  }
  const call = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, headers: object, payload?: object) =>
    t.app.inject({ method, url, headers: headers as Record<string, string>, ...(payload ? { payload } : {}) });

  it('lets an outsider ask to join; the coordinator approves and the person becomes a member', async () => {
    const { alliance, outsider, c } = await setting();
    const o = await signIn(t, outsider.email);
    expect((await call('POST', `/api/alliances/${alliance.id}/join-requests`, o.auth, { message: 'Our ministry works on open data' })).statusCode).toBe(204);
    expect((await call('POST', `/api/alliances/${alliance.id}/join-requests`, o.auth, {})).statusCode).toBe(409);
    const pending = (await call('GET', `/api/alliances/${alliance.id}/pending-requests`, c.auth)).json<JoinRequestList>();
    expect(pending.items).toEqual([expect.objectContaining({ kind: 'alliance', personName: 'Outsider', message: 'Our ministry works on open data', country: 'AZ' })]);
    // A member sees no alliance requests.
    const m = await signIn(t, (await makePerson(t.dataSource, { memberships: [{ allianceId: alliance.id, role: 'member' }] })).email);
    expect((await call('GET', `/api/alliances/${alliance.id}/pending-requests`, m.auth)).json<JoinRequestList>().items).toEqual([]);
    const missingReason = await call('POST', `/api/alliances/${alliance.id}/pending-requests/decisions`, c.auth, { decisions: [{ requestId: pending.items[0]!.id, kind: 'alliance', decision: 'reject' }] });
    expect(missingReason.statusCode).toBe(400);
    expect(missingReason.json<ErrorBody>().error.issues?.[0]?.path).toBe('decisions.0.reason');
    const byMember = await call('POST', `/api/alliances/${alliance.id}/pending-requests/decisions`, m.auth, { decisions: [{ requestId: pending.items[0]!.id, kind: 'alliance', decision: 'approve' }] });
    expect(byMember.json()).toEqual({ results: [{ requestId: pending.items[0]!.id, ok: false, error: expect.stringMatching(/coordinators/) }] });
    const approved = await call('POST', `/api/alliances/${alliance.id}/pending-requests/decisions`, c.auth, { decisions: [{ requestId: pending.items[0]!.id, kind: 'alliance', decision: 'approve' }] });
    expect(approved.json()).toEqual({ results: [{ requestId: pending.items[0]!.id, ok: true }] });
    const again = await call('POST', `/api/alliances/${alliance.id}/pending-requests/decisions`, c.auth, { decisions: [{ requestId: pending.items[0]!.id, kind: 'alliance', decision: 'approve' }] });
    expect(again.json()).toEqual({ results: [{ requestId: pending.items[0]!.id, ok: false, error: 'This request was already decided' }] });
    const me = (await call('GET', '/api/me', o.auth)).json<{ memberships: Array<{ allianceId: string }> }>();
    expect(me.memberships.map((x) => x.allianceId)).toContain(alliance.id);
  });

  it('searches, filters, sorts and pages the membership table; only coordinators may read it', async () => {
    const { alliance, c, members } = await setting();
    const page = (query: string) => call('GET', `/api/alliances/${alliance.id}/members?${query}`, c.auth).then((r) => r.json<MembersPage>());
    expect((await page('country=KG')).items.map((r) => r.name)).toEqual(['Bakyt Asanov', 'Cholpon Isaeva']);
    expect((await page('role=expert')).items.map((r) => r.name)).toEqual(['Anahit Petrosyan']);
    expect((await page('q=chol')).items.map((r) => r.name)).toEqual(['Cholpon Isaeva']);
    expect((await page('sort=name&order=desc&pageSize=2')).items.map((r) => r.name)).toEqual(['Coordinator', 'Cholpon Isaeva']);
    expect(await page('pageSize=2&page=2')).toMatchObject({ total: 4, page: 2 });
    const bad = await call('GET', `/api/alliances/${alliance.id}/members?sort=salary`, c.auth);
    expect(bad.statusCode).toBe(400);
    const m = await signIn(t, members[1]!.email);
    expect((await call('GET', `/api/alliances/${alliance.id}/members`, m.auth)).statusCode).toBe(403);
  });

  it('changes roles in place and suspends: the suspended person loses access and their live connection at once', async () => {
    const { alliance, c, members } = await setting();
    const target = members[1]!;
    const s = await signIn(t, target.email);
    const socket = openSocket(t.baseUrl, s.token);
    try {
      await new Promise((resolve) => socket.on('session:welcome', resolve));
      expect((await call('PATCH', `/api/alliances/${alliance.id}/members/${target.id}`, c.auth, { role: 'expert' })).statusCode).toBe(204);
      expect((await call('GET', `/api/people/${members[0]!.id}`, s.auth)).statusCode).toBe(200);
      const notice = new Promise<SessionNotice>((resolve) => socket.on('session:notice', resolve));
      const closed = new Promise((resolve) => socket.on('disconnect', resolve));
      expect((await call('PATCH', `/api/alliances/${alliance.id}/members/${target.id}`, c.auth, { status: 'suspended', reason: 'Left the ministry' })).statusCode).toBe(204);
      expect((await notice).reason).toBe('suspended');
      await closed;
      expect((await call('GET', `/api/people/${members[0]!.id}`, s.auth)).statusCode).toBe(404);
    } finally {
      socket.close();
    }
    const audit = (await call('GET', `/api/alliances/${alliance.id}/audit?personId=${target.id}`, c.auth)).json<AuditPage>();
    expect(audit.items.map((e) => [e.action, e.before, e.after, e.reason])).toEqual([
      ['alliance.suspended', { status: 'active' }, { status: 'suspended' }, 'Left the ministry'],
      ['alliance.role-changed', { role: 'member' }, { role: 'expert' }, null],
    ]);
    expect((await call('PATCH', `/api/alliances/${alliance.id}/members/${target.id}`, c.auth, {})).statusCode).toBe(400);
  });

  it('removes a member from the alliance and its groups', async () => {
    const { alliance, c, members } = await setting();
    expect((await call('DELETE', `/api/alliances/${alliance.id}/members/${members[2]!.id}`, c.auth, { reason: 'Asked to leave' })).statusCode).toBe(204);
    expect((await call('DELETE', `/api/alliances/${alliance.id}/members/${members[2]!.id}`, c.auth, {})).statusCode).toBe(404);
    const audit = (await call('GET', `/api/alliances/${alliance.id}/audit?action=alliance.removed`, c.auth)).json<AuditPage>();
    expect(audit.items).toEqual([expect.objectContaining({ subjectName: 'Cholpon Isaeva', reason: 'Asked to leave', before: { role: 'member', status: 'active' } })]);
  });

  it('keeps the audit log append-only and exports it as CSV', async () => {
    const { alliance, c, members } = await setting();
    await call('PATCH', `/api/alliances/${alliance.id}/members/${members[0]!.id}`, c.auth, { role: 'coordinator', reason: '=HYPERLINK("x")' });
    await expect(t.dataSource.query('UPDATE audit_entry SET reason = $1', ['rewritten'])).rejects.toThrow(/append-only/);
    await expect(t.dataSource.query('DELETE FROM audit_entry')).rejects.toThrow(/append-only/);
    const csv = await call('GET', `/api/alliances/${alliance.id}/audit/export.csv?action=alliance.role-changed`, c.auth);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    const lines = csv.body.trim().split('\r\n');
    expect(lines[0]).toBe('at,action,actorName,subjectName,groupName,before,after,reason');
    expect(lines[1]).toContain('alliance.role-changed,Coordinator,Anahit Petrosyan,,"{""role"":""expert""}","{""role"":""coordinator""}"');
    // A reason that looks like a formula is defused for spreadsheet programs.
    expect(lines[1]).toContain(`"'=HYPERLINK(""x"")"`);
    const today = new Date().toISOString().slice(0, 10);
    const dated = (await call('GET', `/api/alliances/${alliance.id}/audit?from=${today}&to=${today}`, c.auth)).json<AuditPage>();
    expect(dated.total).toBeGreaterThan(0);
    expect((await call('GET', `/api/alliances/${alliance.id}/audit?from=yesterday`, c.auth)).statusCode).toBe(400);
  });

  it('gives the dashboard its figures', async () => {
    const { alliance, c } = await setting();
    const stats = (await call('GET', `/api/alliances/${alliance.id}/stats`, c.auth)).json<AllianceStats>();
    expect(stats.membersByCountry).toEqual(expect.arrayContaining([{ country: 'KG', count: 2 }, { country: 'AM', count: 1 }]));
    expect(stats.membersByRole).toEqual([
      { role: 'coordinator', count: 1 },
      { role: 'expert', count: 1 },
      { role: 'member', count: 2 },
    ]);
    expect(stats.growth).toHaveLength(12);
    expect(stats.growth.at(-1)?.total).toBe(4);
  });
});
