import type { ErrorBody, SessionResponse } from '@peerhub/contracts';
import { makeAlliance, makePerson, outboxLinks, outboxMails, PASSWORD, refreshCookieOf, signIn, tokenOf } from './factories';
import { createTestApp, type TestApp } from './test-app';

describe('sign-in, refresh, sign-out, password reset', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  async function person() {
    const alliance = await makeAlliance(t.dataSource);
    return makePerson(t.dataSource, { memberships: [{ allianceId: alliance.id, role: 'member' }] });
  }
  const post = (url: string, payload?: object, headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'POST', url, payload, headers });

  it('signs in with e-mail and password: access token in the body, refresh token in an httpOnly cookie', async () => {
    const p = await person();
    const response = await post('/api/auth/login', { email: p.email.toUpperCase(), password: PASSWORD });
    expect(response.statusCode).toBe(200);
    const body = response.json<SessionResponse>();
    expect(body.tokenType).toBe('Bearer');
    expect(body.person).toMatchObject({ id: p.id, email: p.email });
    expect(body.person).not.toHaveProperty('passwordHash');
    const cookie = ([] as string[]).concat(response.headers['set-cookie'] ?? []).join(';');
    expect(cookie).toMatch(/peerhub_refresh=.+HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    const me = await t.app.inject({ url: '/api/me', headers: { authorization: `Bearer ${body.accessToken}` } });
    expect(me.statusCode).toBe(200);
  });

  it('answers a wrong password and an unknown e-mail alike', async () => {
    const p = await person();
    const wrong = await post('/api/auth/login', { email: p.email, password: 'not the password' });
    const unknown = await post('/api/auth/login', { email: 'nobody@example.test', password: 'whatever it is' });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json<ErrorBody>().error.message).toBe(unknown.json<ErrorBody>().error.message);
    expect(wrong.json<ErrorBody>().error.code).toBe('INVALID_CREDENTIALS');
  });

  it('names each bad field and rejects unknown fields with 400', async () => {
    const bad = await post('/api/auth/login', { email: 'not-an-email', password: '' });
    expect(bad.statusCode).toBe(400);
    const paths = bad.json<ErrorBody>().error.issues?.map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['email', 'password']));
    const extra = await post('/api/auth/login', { email: 'a@b.test', password: 'x', admin: true });
    expect(extra.statusCode).toBe(400);
    expect(extra.json<ErrorBody>().error.issues).toEqual([{ path: 'admin', message: 'Unknown field' }]);
    const malformed = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: '{"email":', headers: { 'content-type': 'application/json' } });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json<ErrorBody>().error.code).toBe('VALIDATION_FAILED');
  });

  it('slows down repeated failures with 429 and Retry-After', async () => {
    const p = await person();
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) statuses.push((await post('/api/auth/login', { email: p.email, password: `wrong-${i}` })).statusCode);
    expect(statuses.slice(0, 6)).toEqual([401, 401, 401, 401, 401, 401]);
    const blocked = await post('/api/auth/login', { email: p.email, password: PASSWORD });
    expect(blocked.statusCode).toBe(429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    expect(blocked.json<ErrorBody>().error.code).toBe('RATE_LIMITED');
  });

  it('rotates the refresh token; reusing a spent one ends the whole session, unless it is the same minute (two tabs at once)', async () => {
    const p = await person();
    const signed = await signIn(t, p.email);
    const first = await post('/api/auth/refresh', undefined, { cookie: signed.cookie });
    expect(first.statusCode).toBe(200);
    const rotated = refreshCookieOf(first.headers['set-cookie']);
    expect(rotated).not.toBe(signed.cookie);

    // Two tabs opening at once present the same token: within a minute that is no theft.
    const sameMoment = await post('/api/auth/refresh', undefined, { cookie: signed.cookie });
    expect(sameMoment.statusCode).toBe(200);
    expect((await t.app.inject({ url: '/api/me', headers: { authorization: `Bearer ${sameMoment.json<SessionResponse>().accessToken}` } })).statusCode).toBe(200);

    // Later, the spent token can only be a stolen copy.
    await t.dataSource.query(`UPDATE refresh_token SET rotated_at = now() - interval '2 minutes' WHERE rotated_at IS NOT NULL`);
    const reuse = await post('/api/auth/refresh', undefined, { cookie: signed.cookie });
    expect(reuse.statusCode).toBe(401);
    expect(reuse.json<ErrorBody>().error.code).toBe('REFRESH_TOKEN_INVALID');
    // The thief's reuse also kills the legitimate holder's newer token and access token.
    expect((await post('/api/auth/refresh', undefined, { cookie: rotated })).statusCode).toBe(401);
    const accessToken = first.json<SessionResponse>().accessToken;
    expect((await t.app.inject({ url: '/api/me', headers: { authorization: `Bearer ${accessToken}` } })).statusCode).toBe(401);
  });

  it('refuses refresh without a cookie', async () => {
    const response = await post('/api/auth/refresh');
    expect(response.statusCode).toBe(401);
  });

  it('signs out: the session ends, its access token is refused at once', async () => {
    const p = await person();
    const signed = await signIn(t, p.email);
    expect((await post('/api/auth/logout', undefined, { cookie: signed.cookie })).statusCode).toBe(204);
    expect((await t.app.inject({ url: '/api/me', headers: signed.auth })).statusCode).toBe(401);
    expect((await post('/api/auth/refresh', undefined, { cookie: signed.cookie })).statusCode).toBe(401);
  });

  it('refuses a forged or expired access token', async () => {
    const forged = await t.app.inject({ url: '/api/me', headers: { authorization: 'Bearer eyJhbGciOiJIUzI1NiJ9.e30.x' } });
    expect(forged.statusCode).toBe(401);
  });

  it('mails the reset link in the person’s saved language, else in the language of the page they asked from', async () => {
    const russian = await makePerson(t.dataSource, { locale: 'ru' });
    const undecided = await makePerson(t.dataSource, { locale: null });
    const ask = (email: string, language: string) => t.app.inject({ method: 'POST', url: '/api/auth/password-reset/request', headers: { 'accept-language': language }, payload: { email } });
    expect((await ask(russian.email, 'en-GB')).statusCode).toBe(202);
    expect((await ask(undecided.email, 'kk-KZ,ru;q=0.8')).statusCode).toBe(202);

    const [ru] = await outboxMails(t.dataSource, russian.email, 'password-reset');
    expect(ru!.subject).toBe('Восстановление пароля в Peerhub');
    expect(ru!.text).toContain(`Здравствуйте, ${russian.name}!`);
    expect(ru!.text).toContain('Ссылка действует один раз в течение 60 минут.');
    expect(ru!.text).toMatch(/по ссылке:\nhttp:\/\/peerhub\.test\/reset-password\?token=[\w-]{20,}\n/);
    expect(ru!.text.endsWith('Отправлено Peerhub — платформой взаимного обучения Астанинского хаба государственной службы.')).toBe(true);
    const [kk] = await outboxMails(t.dataSource, undecided.email, 'password-reset');
    expect(kk!.subject).toBe('Peerhub құпиясөзін қалпына келтіру');
  });

  it('resets a password by e-mailed token, without revealing which accounts exist', async () => {
    const p = await person();
    const old = await signIn(t, p.email);
    const known = await post('/api/auth/password-reset/request', { email: p.email });
    const unknown = await post('/api/auth/password-reset/request', { email: 'nobody-here@example.test' });
    expect(known.statusCode).toBe(202);
    expect(unknown.statusCode).toBe(202);
    expect(known.json()).toEqual(unknown.json());
    expect(await outboxLinks(t.dataSource, 'nobody-here@example.test')).toEqual([]);

    const [link] = await outboxLinks(t.dataSource, p.email);
    expect(link).toContain('http://peerhub.test/reset-password?token=');
    const token = tokenOf(link!);
    const tooShort = await post('/api/auth/password-reset/confirm', { token, password: 'short' });
    expect(tooShort.statusCode).toBe(400);
    expect(tooShort.json<ErrorBody>().error.issues?.[0]?.path).toBe('password');

    expect((await post('/api/auth/password-reset/confirm', { token, password: 'a brand new password' })).statusCode).toBe(204);
    // Every earlier session ends; the old password stops working; the new one works; the token is spent.
    expect((await t.app.inject({ url: '/api/me', headers: old.auth })).statusCode).toBe(401);
    expect((await post('/api/auth/login', { email: p.email, password: PASSWORD })).statusCode).toBe(401);
    expect((await post('/api/auth/login', { email: p.email, password: 'a brand new password' })).statusCode).toBe(200);
    const again = await post('/api/auth/password-reset/confirm', { token, password: 'yet another password' });
    expect(again.statusCode).toBe(400);
    expect(again.json<ErrorBody>().error.code).toBe('RESET_TOKEN_INVALID');
  });
});
