import type { ErrorBody, Invitation, InvitationPreview, SessionResponse } from '@peerhub/contracts';
import { makeAlliance, makePerson, outboxLinks, outboxMails, PASSWORD, signIn, tokenOf } from './factories';
import { createTestApp, type TestApp } from './test-app';

describe('invitations: the only way in', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  async function setting() {
    const alliance = await makeAlliance(t.dataSource);
    const other = await makeAlliance(t.dataSource);
    const coordinator = await makePerson(t.dataSource, { memberships: [{ allianceId: alliance.id, role: 'coordinator' }] });
    const otherCoordinator = await makePerson(t.dataSource, { memberships: [{ allianceId: other.id, role: 'coordinator' }] });
    const member = await makePerson(t.dataSource, { memberships: [{ allianceId: alliance.id, role: 'member' }] });
    return { alliance, other, coordinator, otherCoordinator, member };
  }
  const invite = (allianceId: string, headers: object, body: object = {}) =>
    t.app.inject({
      method: 'POST',
      url: `/api/alliances/${allianceId}/invitations`,
      headers: headers as Record<string, string>,
      payload: { email: `new-${Math.random().toString(36).slice(2)}@example.test`, name: 'Aigerim Testova', allianceId, role: 'member', ...body },
    });

  it('lets a coordinator invite; the invitee accepts from the e-mailed link and is signed in', async () => {
    const { alliance, coordinator } = await setting();
    const c = await signIn(t, coordinator.email);
    const created = await invite(alliance.id, c.auth, { email: 'Aigerim.Testova@Example.test', role: 'expert', country: 'KZ' });
    expect(created.statusCode).toBe(201);
    expect(created.json<Invitation>()).toMatchObject({ email: 'aigerim.testova@example.test', status: 'pending', role: 'expert' });

    const [link] = await outboxLinks(t.dataSource, 'aigerim.testova@example.test');
    expect(link).toMatch(/^http:\/\/peerhub\.test\/invitations\/accept\?token=/);
    const token = tokenOf(link!);

    const preview = await t.app.inject({ url: `/api/invitations/preview?token=${token}` });
    expect(preview.statusCode).toBe(200);
    expect(preview.json<InvitationPreview>()).toMatchObject({ allianceName: alliance.name, role: 'expert', hasAccount: false, country: 'KZ' });

    const accepted = await t.app.inject({
      method: 'POST',
      url: '/api/invitations/accept',
      payload: { token, name: 'Aigerim Testova', password: 'her own good password', timezone: 'Asia/Almaty', languages: ['kk', 'ru'] },
    });
    expect(accepted.statusCode).toBe(201);
    const session = accepted.json<SessionResponse>();
    expect(session.person.memberships).toEqual([expect.objectContaining({ allianceId: alliance.id, role: 'expert', status: 'active' })]);
    expect((await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'aigerim.testova@example.test', password: 'her own good password' } })).statusCode).toBe(200);

    const twice = await t.app.inject({ method: 'POST', url: '/api/invitations/accept', payload: { token, name: 'X Y', password: 'her own good password', timezone: 'UTC' } });
    expect(twice.statusCode).toBe(409);
    expect(twice.json<ErrorBody>().error.code).toBe('INVITATION_ALREADY_ACCEPTED');
  });

  it('writes the invitation in the language of the inviter’s page, or in the invitee’s own when they have an account', async () => {
    const { alliance, coordinator } = await setting();
    const c = await signIn(t, coordinator.email);
    expect((await invite(alliance.id, { ...c.auth, 'accept-language': 'ru-RU,ru;q=0.9,en;q=0.8' }, { email: 'aliya.ru@example.test', role: 'expert' })).statusCode).toBe(201);
    const [ru] = await outboxMails(t.dataSource, 'aliya.ru@example.test', 'invitation');
    expect(ru!.subject).toBe(`Приглашение в альянс «${alliance.name}»`);
    expect(ru!.text).toContain('Здравствуйте, Aigerim Testova!');
    expect(ru!.text).toContain(`${coordinator.name} приглашает вас присоединиться к альянсу «${alliance.name}» на платформе Peerhub в качестве эксперта.`);
    expect(ru!.text).toMatch(/Ссылка действует один раз, до \d{1,2} [а-я]+ \d{4} г\. в \d{2}:\d{2} \(UTC\)\./);
    expect(ru!.text.endsWith('Отправлено Peerhub — платформой взаимного обучения Астанинского хаба государственной службы.')).toBe(true);

    expect((await invite(alliance.id, c.auth, { email: 'aliya.en@example.test' })).statusCode).toBe(201);
    const [en] = await outboxMails(t.dataSource, 'aliya.en@example.test', 'invitation');
    expect(en!.subject).toBe(`Invitation to the ${alliance.name}`);
    expect(en!.text).toContain(`${coordinator.name} invites you to join the ${alliance.name} on Peerhub as a member.`);
    expect(en!.text.endsWith('Sent by Peerhub, the peer-learning platform of the Astana Civil Service Hub.')).toBe(true);

    // Someone with an account reads it in their saved language, dated in their time zone, whatever the page.
    const kazakh = await makePerson(t.dataSource, { locale: 'kk', timezone: 'Asia/Almaty' });
    expect((await invite(alliance.id, { ...c.auth, 'accept-language': 'ru' }, { email: kazakh.email })).statusCode).toBe(201);
    const [kk] = await outboxMails(t.dataSource, kazakh.email, 'invitation');
    expect(kk!.subject).toBe(`«${alliance.name}» альянсына шақыру`);
    expect(kk!.text).toContain('қатысушы ретінде қосылуға шақырады');
    expect(kk!.text).toContain('(Asia/Almaty) дейін жарамды.');
    expect(await outboxLinks(t.dataSource, kazakh.email)).toEqual([expect.stringMatching(/^http:\/\/peerhub\.test\/invitations\/accept\?token=/)]);
  });

  it('refuses invitations from members and from coordinators of another alliance', async () => {
    const { alliance, member, otherCoordinator } = await setting();
    expect((await invite(alliance.id, (await signIn(t, member.email)).auth)).statusCode).toBe(403);
    expect((await invite(alliance.id, (await signIn(t, otherCoordinator.email)).auth)).statusCode).toBe(403);
    expect((await invite(alliance.id, {})).statusCode).toBe(401);
  });

  it('answers bad input with 400 naming the field, and an existing member with 409', async () => {
    const { alliance, coordinator, member } = await setting();
    const c = await signIn(t, coordinator.email);
    const bad = await invite(alliance.id, c.auth, { email: 'not-an-email', role: 'boss', country: 'XX' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<ErrorBody>().error.issues?.map((i) => i.path).sort()).toEqual(['country', 'email', 'role']);
    const already = await invite(alliance.id, c.auth, { email: member.email });
    expect(already.statusCode).toBe(409);
    expect(already.json<ErrorBody>().error.code).toBe('ALREADY_A_MEMBER');
  });

  it('refuses unknown, revoked and expired tokens without creating anything', async () => {
    const { alliance, coordinator } = await setting();
    const c = await signIn(t, coordinator.email);
    const created = (await invite(alliance.id, c.auth, { email: 'late@example.test' })).json<Invitation>();
    const token = tokenOf((await outboxLinks(t.dataSource, 'late@example.test'))[0]!);

    expect((await t.app.inject({ url: '/api/invitations/preview?token=nonsense-token-123' })).statusCode).toBe(404);
    await t.dataSource.query(`UPDATE invitation SET expires_at = now() - interval '1 minute' WHERE id = $1`, [created.id]);
    const expired = await t.app.inject({ method: 'POST', url: '/api/invitations/accept', payload: { token, name: 'Late Person', password: 'a long password', timezone: 'UTC' } });
    expect(expired.statusCode).toBe(410);
    expect(await t.dataSource.query(`SELECT 1 FROM person WHERE email = 'late@example.test'`)).toEqual([]);

    const badZone = await t.app.inject({ method: 'POST', url: '/api/invitations/accept', payload: { token, name: 'Late Person', password: 'a long password', timezone: 'UTC+5' } });
    expect(badZone.statusCode).toBe(400);
    expect(badZone.json<ErrorBody>().error.issues?.[0]?.path).toBe('timezone');
  });

  it('lists and revokes invitations for coordinators only', async () => {
    const { alliance, coordinator, member } = await setting();
    const c = await signIn(t, coordinator.email);
    const created = (await invite(alliance.id, c.auth)).json<Invitation>();
    const list = await t.app.inject({ url: `/api/alliances/${alliance.id}/invitations`, headers: c.auth });
    expect(list.json<{ items: Invitation[] }>().items.map((i) => i.id)).toContain(created.id);
    expect((await t.app.inject({ url: `/api/alliances/${alliance.id}/invitations`, headers: (await signIn(t, member.email)).auth })).statusCode).toBe(403);
    const revoke = await t.app.inject({ method: 'DELETE', url: `/api/alliances/${alliance.id}/invitations/${created.id}`, headers: c.auth });
    expect(revoke.statusCode).toBe(204);
    expect((await t.app.inject({ method: 'DELETE', url: `/api/alliances/${alliance.id}/invitations/${created.id}`, headers: c.auth })).statusCode).toBe(404);
  });

  it('adds the membership to an existing account only with its own password', async () => {
    const { alliance, other, coordinator } = await setting();
    const existing = await makePerson(t.dataSource, { memberships: [{ allianceId: other.id, role: 'member' }] });
    await invite(alliance.id, (await signIn(t, coordinator.email)).auth, { email: existing.email });
    const token = tokenOf((await outboxLinks(t.dataSource, existing.email))[0]!);
    expect((await t.app.inject({ url: `/api/invitations/preview?token=${token}` })).json<InvitationPreview>().hasAccount).toBe(true);
    const wrong = await t.app.inject({ method: 'POST', url: '/api/invitations/accept', payload: { token, name: existing.name, password: 'somebody elses password', timezone: 'UTC' } });
    expect(wrong.statusCode).toBe(401);
    const right = await t.app.inject({ method: 'POST', url: '/api/invitations/accept', payload: { token, name: existing.name, password: PASSWORD, timezone: 'UTC' } });
    expect(right.statusCode).toBe(201);
    expect(right.json<SessionResponse>().person.memberships).toHaveLength(2);
  });
});

describe('inviting from a spreadsheet', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('previews a file that mixes good and bad rows, then invites the good ones without the bad ones blocking them', async () => {
    const alliance = await makeAlliance(t.dataSource);
    const coordinator = await makePerson(t.dataSource, { memberships: [{ allianceId: alliance.id, role: 'coordinator' }] });
    const existing = await makePerson(t.dataSource, { email: 'already@example.test', memberships: [{ allianceId: alliance.id, role: 'member' }] });
    await t.dataSource.query(`INSERT INTO organisation (name, kind, country) VALUES ('Ministry of Digital Development', 'ministry', 'KG')`);
    const c = await signIn(t, coordinator.email);
    const csv = [
      '\uFEFFName,Email,Country,Organisation,Role',
      'Aibek Toktogulov,aibek@example.test,KG,Ministry of Digital Development,member',
      'Bad Email,not-an-email,KZ,,member',
      'Mars Person,mars@example.test,XX,,expert',
      `Already Here,${existing.email},KZ,,member`,
      'Nino Beridze,NINO@example.test,ge,,expert',
      'Twice Nino,nino@example.test,GE,,member',
      'Unknown Org,org@example.test,AZ,Ministry of Nothing,member',
      'Wrong Role,role@example.test,AZ,,boss',
    ].join('\n');
    const preview = await t.app.inject({ method: 'POST', url: `/api/alliances/${alliance.id}/invitations/import/preview`, headers: c.auth, payload: { csv } });
    expect(preview.statusCode).toBe(200);
    const body = preview.json<{ rows: Array<{ line: number; email: string; errors: string[]; organisationId: string | null }>; validCount: number; invalidCount: number }>();
    expect(body.validCount).toBe(2);
    expect(body.invalidCount).toBe(6);
    const errorsByLine = Object.fromEntries(body.rows.map((r) => [r.line, r.errors.join(' | ')]));
    expect(errorsByLine).toEqual({
      2: '',
      3: 'Bad e-mail “not-an-email”',
      4: 'Unknown country “XX” (use a two-letter code such as KZ)',
      5: 'Already a member of this alliance',
      6: '',
      7: 'Appears twice in the file',
      8: 'Unknown organisation “Ministry of Nothing”',
      9: 'Unknown role “boss” (coordinator, expert or member)',
    });
    expect(body.rows[0]!.organisationId).toEqual(expect.any(String));
    expect(await t.dataSource.query('SELECT 1 FROM invitation WHERE alliance_id = $1', [alliance.id])).toEqual([]);

    const good = body.rows.filter((r) => r.errors.length === 0);
    const batch = await t.app.inject({
      method: 'POST',
      url: `/api/alliances/${alliance.id}/invitations/batch`,
      headers: c.auth,
      payload: {
        invitations: [
          ...good.map((r) => ({ email: r.email, name: 'Someone Good', allianceId: alliance.id, role: 'member' })),
          { email: existing.email, name: 'Already Here', allianceId: alliance.id, role: 'member' },
        ],
      },
    });
    expect(batch.json()).toEqual({
      results: [
        { email: 'aibek@example.test', ok: true },
        { email: 'nino@example.test', ok: true },
        { email: existing.email, ok: false, error: `${existing.email} is already a member of this alliance` },
      ],
    });
    expect(await outboxLinks(t.dataSource, 'aibek@example.test')).toHaveLength(1);
  });

  it('explains a file without the expected columns', async () => {
    const alliance = await makeAlliance(t.dataSource);
    const coordinator = await makePerson(t.dataSource, { memberships: [{ allianceId: alliance.id, role: 'coordinator' }] });
    const c = await signIn(t, coordinator.email);
    const preview = await t.app.inject({ method: 'POST', url: `/api/alliances/${alliance.id}/invitations/import/preview`, headers: c.auth, payload: { csv: 'foo,bar\n1,2' } });
    expect(preview.json<{ fileErrors: string[] }>().fileErrors[0]).toMatch(/Missing column\(s\): name, email/);
    const member = await makePerson(t.dataSource, { memberships: [{ allianceId: alliance.id, role: 'member' }] });
    const refused = await t.app.inject({ method: 'POST', url: `/api/alliances/${alliance.id}/invitations/import/preview`, headers: (await signIn(t, member.email)).auth, payload: { csv: 'name,email\nA B,a@b.test' } });
    expect(refused.statusCode).toBe(403);
  });
});
