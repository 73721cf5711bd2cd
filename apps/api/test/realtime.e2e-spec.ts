import type { SessionNotice } from '@peerhub/contracts';
import { makeAlliance, makePerson, signIn } from './factories';
import { connectSocket, openSocket, type Client } from './sockets';
import { createTestApp, type TestApp } from './test-app';

describe('live connections', () => {
  let t: TestApp;
  const sockets: Client[] = [];
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterEach(() => sockets.splice(0).forEach((s) => s.close()));
  afterAll(() => t.close());

  function connect(token: string | undefined, origin?: string): Client {
    const socket = openSocket(t.baseUrl, token, origin);
    sockets.push(socket);
    return socket;
  }
  const refusedWith = (socket: Client) =>
    new Promise<{ message: string; data?: { code: string } }>((resolve, reject) => {
      socket.on('connect', () => reject(new Error('connected but should be refused')));
      socket.on('connect_error', (error) => resolve(error as never));
    });

  async function signedInPerson() {
    const alliance = await makeAlliance(t.dataSource);
    const person = await makePerson(t.dataSource, { memberships: [{ allianceId: alliance.id, role: 'member' }] });
    return signIn(t, person.email);
  }

  it('admits a valid access token and welcomes the person', async () => {
    const signed = await signedInPerson();
    const socket = connect(signed.token);
    const welcome = await new Promise<{ personId: string }>((resolve) => socket.on('session:welcome', resolve));
    expect(welcome.personId).toBe(signed.session.person.id);
  });

  it('refuses a missing or forged token, and a foreign origin', async () => {
    expect((await refusedWith(connect(undefined))).data?.code).toBe('UNAUTHENTICATED');
    expect((await refusedWith(connect('forged.token.value'))).data?.code).toBe('UNAUTHENTICATED');
    const signed = await signedInPerson();
    expect((await refusedWith(connect(signed.token, 'https://evil.example'))).data?.code).toBe('FORBIDDEN');
  });

  it('closes the live connection at once when the person signs out', async () => {
    const signed = await signedInPerson();
    const socket = connect(signed.token, 'http://peerhub.test');
    await new Promise((resolve) => socket.on('session:welcome', resolve));
    const notice = new Promise<SessionNotice>((resolve) => socket.on('session:notice', resolve));
    const closed = new Promise<string>((resolve) => socket.on('disconnect', resolve));
    await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie: signed.cookie } });
    expect((await notice).reason).toBe('signed-out');
    expect(await closed).toBe('io server disconnect');
    // And the same token cannot open a new one.
    expect((await refusedWith(connect(signed.token))).data?.code).toBe('SESSION_EXPIRED');
  });

  it('accepts a fresh token of the same session on session:refresh and refuses another session\'s', async () => {
    const signed = await signedInPerson();
    const socket = connect(signed.token);
    await new Promise((resolve) => socket.on('session:welcome', resolve));
    const refreshed = await t.app.inject({ method: 'POST', url: '/api/auth/refresh', headers: { cookie: signed.cookie } });
    const fresh = refreshed.json<{ accessToken: string }>().accessToken;
    expect(await socket.emitWithAck('session:refresh', { token: fresh })).toEqual({ ok: true });
    const other = await signIn(t, signed.session.person.email);
    const refused = await socket.emitWithAck('session:refresh', { token: other.token });
    expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});

describe('presence', () => {
  let t: TestApp;
  const sockets: Client[] = [];
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterEach(() => sockets.splice(0).forEach((s) => s.close()));
  afterAll(() => t.close());

  async function connect(token: string): Promise<Client> {
    const socket = await connectSocket(t.baseUrl, token);
    sockets.push(socket);
    return socket;
  }

  it('shows people of my alliances as online, away and offline across their tabs; others as offline', async () => {
    const alliance = await makeAlliance(t.dataSource);
    const other = await makeAlliance(t.dataSource);
    const kadri = await makePerson(t.dataSource, { memberships: [{ allianceId: alliance.id, role: 'expert' }] });
    const aibek = await makePerson(t.dataSource, { memberships: [{ allianceId: alliance.id, role: 'member' }] });
    const stranger = await makePerson(t.dataSource, { memberships: [{ allianceId: other.id, role: 'member' }] });
    const watcher = await connect((await signIn(t, aibek.email)).token);
    const outsider = await connect((await signIn(t, stranger.email)).token);
    const seen: Array<{ personId: string; status: string }> = [];
    watcher.on('presence', (e) => e.personId === kadri.id && seen.push(e));

    const kadriSigned = await signIn(t, kadri.email);
    const tab1 = await connect(kadriSigned.token);
    const tab2 = await connect(kadriSigned.token);
    expect(await watcher.emitWithAck('presence:query', { personIds: [kadri.id] })).toEqual({ ok: true, value: [{ personId: kadri.id, status: 'online' }] });
    expect(await outsider.emitWithAck('presence:query', { personIds: [kadri.id] })).toEqual({ ok: true, value: [{ personId: kadri.id, status: 'offline' }] });

    tab1.emit('presence:set', { status: 'away' });
    tab2.emit('presence:set', { status: 'away' });
    const until = async (check: () => boolean) => {
      for (let i = 0; i < 100 && !check(); i++) await new Promise((r) => setTimeout(r, 20));
    };
    await until(() => seen.at(-1)?.status === 'away');
    expect(seen.at(-1)).toEqual({ personId: kadri.id, status: 'away' });
    tab1.close();
    tab2.close();
    await until(() => seen.at(-1)?.status === 'offline');
    expect(seen.at(-1)).toEqual({ personId: kadri.id, status: 'offline' });
  });
});
