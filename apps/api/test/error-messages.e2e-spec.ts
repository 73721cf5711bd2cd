import { translateMessage, type ErrorBody } from '@peerhub/contracts';
import { makeAlliance, makePerson, signIn } from './factories';
import { createTestApp, type TestApp } from './test-app';

/**
 * Errors answer in the person's language: their saved one, else the page's (accept-language),
 * else English. The code and the fields named stay the same in every language.
 */
describe('error messages in the reader’s language', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  async function cast() {
    const alliance = await makeAlliance(t.dataSource);
    const coordinator = await makePerson(t.dataSource, { memberships: [{ allianceId: alliance.id, role: 'coordinator' }] });
    const member = await makePerson(t.dataSource, { memberships: [{ allianceId: alliance.id, role: 'member' }] });
    const kazakh = await makePerson(t.dataSource, { locale: 'kk', memberships: [{ allianceId: alliance.id, role: 'member' }] });
    return {
      alliance,
      coordinator: await signIn(t, coordinator.email),
      member: await signIn(t, member.email),
      kazakh: await signIn(t, kazakh.email),
    };
  }

  const error = (response: { json: <T>() => T }) => response.json<ErrorBody>().error;

  it('a 400 names the same fields with the same code, its messages in Russian with accept-language: ru', async () => {
    const c = await cast();
    const send = (language?: string) =>
      t.app.inject({
        method: 'POST',
        url: `/api/alliances/${c.alliance.id}/groups`,
        headers: { ...c.coordinator.auth, ...(language ? { 'accept-language': language } : {}) },
        payload: { name: 'One-stop shops', topics: [], purpose: 'Short', visibility: 'open', memberLimit: null, leadIds: [], extra: true },
      });
    const [english, russian] = await Promise.all([send(), send('ru-RU,ru;q=0.9,en;q=0.8')]);
    expect([english.statusCode, russian.statusCode]).toEqual([400, 400]);
    const en = error(english);
    const ru = error(russian);
    expect(ru.code).toBe(en.code);
    expect(ru.issues?.map((i) => i.path)).toEqual(en.issues?.map((i) => i.path));

    // English is exactly what it always was.
    expect(en.issues).toEqual(expect.arrayContaining([{ path: 'topics', message: 'Pick at least one topic' }, { path: 'extra', message: 'Unknown field' }]));
    expect(en.message).toMatch(/^Invalid input: /);
    expect(ru.issues).toEqual(
      expect.arrayContaining([
        { path: 'topics', message: 'Выберите хотя бы одну тему' },
        { path: 'purpose', message: 'Опишите одним предложением, для чего нужна группа' },
        { path: 'extra', message: 'Неизвестное поле' },
      ]),
    );
    expect(ru.message).toMatch(/^Неверные данные: /);
    expect(ru.message).toContain('topics: Выберите хотя бы одну тему');
    expect(ru.message).not.toMatch(/[A-Z][a-z]+ [a-z]+ [a-z]+/); // no English sentence left in it
  });

  it('zod’s own messages come in the language too', async () => {
    const answer = await t.app.inject({ method: 'POST', url: '/api/auth/login', headers: { 'accept-language': 'ru' }, payload: { password: 'x' } });
    expect(answer.statusCode).toBe(400);
    expect(error(answer).issues).toEqual([{ path: 'email', message: 'Заполните это поле' }]);
  });

  it('a 403 and a 409 in Russian with accept-language: ru, the code unchanged', async () => {
    const c = await cast();
    const createGroup = (language?: string) =>
      t.app.inject({
        method: 'POST',
        url: `/api/alliances/${c.alliance.id}/groups`,
        headers: { ...c.member.auth, ...(language ? { 'accept-language': language } : {}) },
        payload: { name: 'One-stop shops', topics: ['integrated-services'], purpose: 'Compare how our one-stop shops work.', visibility: 'open', memberLimit: null, leadIds: [] },
      });
    const [en403, ru403] = await Promise.all([createGroup(), createGroup('ru')]);
    expect([en403.statusCode, ru403.statusCode]).toEqual([403, 403]);
    expect(error(ru403).code).toBe(error(en403).code);
    expect(error(en403).message).toBe('You are not allowed to do this');
    expect(error(ru403).message).toBe('У вас нет прав на это действие');

    const askToJoin = (language?: string) =>
      t.app.inject({ method: 'POST', url: `/api/alliances/${c.alliance.id}/join-requests`, headers: { ...c.member.auth, ...(language ? { 'accept-language': language } : {}) }, payload: {} });
    const [en409, ru409] = await Promise.all([askToJoin(), askToJoin('ru')]);
    expect([en409.statusCode, ru409.statusCode]).toEqual([409, 409]);
    expect(error(ru409).code).toBe(error(en409).code);
    expect(error(en409).message).toBe('You already belong to this alliance');
    expect(error(ru409).message).toBe('Вы уже состоите в этом альянсе');
    expect(error(ru409).message).toBe(translateMessage('ru', error(en409).message));
  });

  it('a body the server cannot read is refused in words a person can act on, in their language', async () => {
    const c = await cast();
    const post = (payload: string, headers: Record<string, string>) =>
      t.app.inject({ method: 'POST', url: `/api/alliances/${c.alliance.id}/groups`, headers: { ...c.coordinator.auth, ...headers }, payload });
    const broken = await post('{"name": "One-stop', { 'content-type': 'application/json' });
    expect(broken.statusCode).toBe(400);
    expect(error(broken)).toMatchObject({ code: 'VALIDATION_FAILED', message: 'The request body is not valid JSON' });
    const russian = await post('{"name": "One-stop', { 'content-type': 'application/json', 'accept-language': 'ru' });
    expect(error(russian)).toMatchObject({ code: 'VALIDATION_FAILED', message: 'Тело запроса — не корректный JSON' });
    const text = await post('name=One-stop', { 'content-type': 'text/csv' });
    expect(text.statusCode).toBe(415);
    expect(error(text).message).toBe('This content type is not accepted here; send JSON');
  });

  it('the person’s saved language wins over the page’s', async () => {
    const c = await cast();
    const askToJoin = await t.app.inject({ method: 'POST', url: `/api/alliances/${c.alliance.id}/join-requests`, headers: { ...c.kazakh.auth, 'accept-language': 'ru' }, payload: {} });
    expect(askToJoin.statusCode).toBe(409);
    expect(error(askToJoin)).toMatchObject({ code: 'CONFLICT', message: 'Сіз осы альянстың мүшесісіз' });

    const invalid = await t.app.inject({
      method: 'POST',
      url: `/api/alliances/${c.alliance.id}/groups`,
      headers: c.kazakh.auth,
      payload: { name: 'One-stop shops', topics: [], purpose: 'Short', visibility: 'open', memberLimit: null, leadIds: [] },
    });
    // The policy refuses a member first: 403, in Kazakh without any accept-language.
    expect(invalid.statusCode).toBe(403);
    expect(error(invalid)).toMatchObject({ code: 'FORBIDDEN', message: 'Бұл әрекетке құқығыңыз жоқ' });
  });
});
