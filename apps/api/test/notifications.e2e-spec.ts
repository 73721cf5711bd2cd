import { randomUUID } from 'node:crypto';
import type { ConversationSummary, Message, NotificationNew, NotificationPage, NotificationPreferences, NotificationRead, OutboxMessage, UnsubscribeResult } from '@peerhub/contracts';
import { NotificationMailer } from '../src/notifications/notification-mailer';
import { NotificationsService } from '../src/notifications/notifications.service';
import { makeAlliance, makePerson, signIn, type Signed } from './factories';
import { connectSocket, type Client } from './sockets';
import { createTestApp, type TestApp } from './test-app';

describe('notifications', () => {
  let t: TestApp;
  const sockets: Client[] = [];
  beforeAll(async () => {
    t = await createTestApp({ JOBS_POLL_SECONDS: '0.5' });
  });
  afterEach(() => sockets.splice(0).forEach((s) => s.close()));
  afterAll(() => t.close());

  const call = <T>(method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, who: Signed | null, payload?: object) =>
    t.app.inject({ method, url, headers: who?.auth ?? {}, ...(payload ? { payload } : {}) }).then((r) => ({ status: r.statusCode, body: r.body ? (r.json() as T) : (undefined as T) }));
  const mention = (person: { id: string; name: string }) => `@[${person.name}](${person.id})`;
  const send = async (who: Signed, conversationId: string, body: string, parentId?: string) =>
    (await call<Message>('POST', `/api/conversations/${conversationId}/messages`, who, { clientId: randomUUID(), body, ...(parentId ? { parentId } : {}) })).body;
  const notifications = async (who: Signed) => (await call<NotificationPage>('GET', '/api/notifications', who)).body;
  const until = async <T>(read: () => Promise<T>, done: (value: T) => boolean, what: string, ms = 10_000): Promise<T> => {
    const start = Date.now();
    for (;;) {
      const value = await read();
      if (done(value)) return value;
      if (Date.now() - start > ms) throw new Error(`timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  /** Notifications are sent after the message is acknowledged: wait a moment before asserting that none came. */
  const settle = () => new Promise((r) => setTimeout(r, 600));
  const mailsTo = (email: string) => t.dataSource.query<Array<{ subject: string; text: string; kind: string; headers: Record<string, string> }>>('SELECT subject, text, kind, headers FROM mail_outbox WHERE recipient = $1 ORDER BY created_at', [email]);

  /** A group (led by a coordinator) with Ann and Bob, its conversation, and Olga: same alliance, not in the group. */
  async function room(options: { bobLocale?: 'ru' } = {}) {
    const alliance = await makeAlliance(t.dataSource);
    const lead = await makePerson(t.dataSource, { name: 'Lead', memberships: [{ allianceId: alliance.id, role: 'coordinator' }] });
    const ann = await makePerson(t.dataSource, { name: 'Ann', memberships: [{ allianceId: alliance.id, role: 'member' }] });
    const bob = await makePerson(t.dataSource, { name: 'Bob', locale: options.bobLocale ?? null, memberships: [{ allianceId: alliance.id, role: 'member' }] });
    const olga = await makePerson(t.dataSource, { name: 'Olga', memberships: [{ allianceId: alliance.id, role: 'member' }] });
    const s = { lead: await signIn(t, lead.email), ann: await signIn(t, ann.email), bob: await signIn(t, bob.email), olga: await signIn(t, olga.email) };
    const group = (
      await call<{ id: string }>('POST', `/api/alliances/${alliance.id}/groups`, s.lead, { name: 'Open data', topics: ['open-data'], purpose: 'Talking about open data portals.', visibility: 'open' })
    ).body;
    for (const who of [s.ann, s.bob]) await call('POST', `/api/groups/${group.id}/join`, who);
    const conversation = (await call<ConversationSummary>('GET', `/api/groups/${group.id}/conversation`, s.ann)).body;
    return { alliance, group, conversation, people: { lead, ann, bob, olga }, s };
  }

  it('tells the people mentioned, live and in the centre, and nobody who may not read the conversation', async () => {
    const { conversation, people, s } = await room();
    const bobSocket = await connectSocket(t.baseUrl, s.bob.token);
    sockets.push(bobSocket);
    const live: NotificationNew[] = [];
    bobSocket.on('notification:new', (n) => live.push(n));

    await send(s.ann, conversation.id, `Hello ${mention(people.bob)} and ${mention(people.olga)}, see ${mention(people.ann)}`);
    const page = await until(() => notifications(s.bob), (p) => p.items.length === 1, 'the mention');
    expect(page.items[0]).toMatchObject({ kind: 'mention', actor: { id: people.ann.id, name: 'Ann' }, title: 'Open data', link: `/conversations/${conversation.id}`, readAt: null, params: { excerpt: 'Hello @Bob and @Olga, see @Ann' } });
    expect(page.unread).toBe(1);
    await until(async () => live.length, (n) => n === 1, 'the live notification');
    expect(live[0]).toMatchObject({ notification: { id: page.items[0]!.id, kind: 'mention' }, unread: 1 });
    await settle();
    // Olga is in the alliance but not the group: mentioned by id, she still hears nothing; Ann mentioned herself.
    expect((await notifications(s.olga)).items).toEqual([]);
    expect((await notifications(s.ann)).items).toEqual([]);
    expect((await call('GET', '/api/notifications', null)).status).toBe(401);
  });

  it('tells a coordinator who follows a group they are not in, for as long as they coordinate the alliance', async () => {
    const { alliance, conversation, s } = await room();
    const dana = await makePerson(t.dataSource, { name: 'Dana', memberships: [{ allianceId: alliance.id, role: 'coordinator' }] });
    const coordinator = await signIn(t, dana.email);
    expect((await call('PUT', `/api/conversations/${conversation.id}/notification-level`, coordinator, { level: 'all' })).status).toBe(200);
    await send(s.ann, conversation.id, 'A plain message');
    const page = await until(() => notifications(coordinator), (p) => p.items.length === 1, 'the coordinator’s notification');
    expect(page.items[0]).toMatchObject({ kind: 'conversation-message', link: `/conversations/${conversation.id}` });
    // No longer a coordinator: the group's conversation is closed to her, and so are its notifications.
    await t.dataSource.query(`UPDATE alliance_membership SET role = 'member' WHERE alliance_id = $1 AND person_id = $2`, [alliance.id, dana.id]);
    await send(s.ann, conversation.id, 'Another one');
    await settle();
    expect((await notifications(coordinator)).items).toHaveLength(1);
  });

  it('tells the thread of a reply, and follows each person’s level: muted, mentions (the default), all', async () => {
    const { conversation, people, s } = await room();
    const first = await send(s.ann, conversation.id, 'Which portal do you use?');
    await send(s.bob, conversation.id, 'CKAN here', first.id);
    await until(() => notifications(s.ann), (p) => p.items.length === 1, 'the reply to Ann');
    expect((await notifications(s.ann)).items[0]).toMatchObject({ kind: 'reply', actor: { name: 'Bob' }, params: { excerpt: 'CKAN here' } });
    // The lead writes in the thread too: Ann (who started it) and Bob (who replied) hear of it.
    await send(s.lead, conversation.id, 'We too', first.id);
    await until(() => notifications(s.bob), (p) => p.items.length === 1, 'the reply to Bob');
    await until(() => notifications(s.ann), (p) => p.items.length === 2, 'the second reply to Ann');

    // A plain message: nobody hears of it at the default level.
    await send(s.ann, conversation.id, 'Plain news');
    await settle();
    expect((await notifications(s.bob)).items).toHaveLength(1);
    expect((await notifications(s.lead)).items).toHaveLength(0);

    expect((await call('GET', `/api/conversations/${conversation.id}/notification-level`, s.bob)).body).toEqual({ conversationId: conversation.id, level: 'mentions' });
    expect((await call('PUT', `/api/conversations/${conversation.id}/notification-level`, s.bob, { level: 'all' })).body).toEqual({ conversationId: conversation.id, level: 'all' });
    await send(s.ann, conversation.id, 'More news');
    await until(() => notifications(s.bob), (p) => p.items.length === 2, 'the message for a listener of all');
    expect((await notifications(s.bob)).items[0]).toMatchObject({ kind: 'conversation-message', params: { excerpt: 'More news' } });

    await call('PUT', `/api/conversations/${conversation.id}/notification-level`, s.bob, { level: 'muted' });
    await send(s.ann, conversation.id, `Still there, ${mention(people.bob)}?`);
    await settle();
    expect((await notifications(s.bob)).items).toHaveLength(2);
    // Someone who may not read the conversation may not set a level for it either.
    expect((await call('PUT', `/api/conversations/${conversation.id}/notification-level`, s.olga, { level: 'all' })).status).toBe(404);
  });

  it('stops at once for a member removed from the group, whatever their level', async () => {
    const { conversation, group, people, s } = await room();
    await call('PUT', `/api/conversations/${conversation.id}/notification-level`, s.bob, { level: 'all' });
    await send(s.ann, conversation.id, 'Before');
    await until(() => notifications(s.bob), (p) => p.items.length === 1, 'the message before removal');
    expect((await call('DELETE', `/api/groups/${group.id}/members/${people.bob.id}`, s.lead, { reason: 'Moved on' })).status).toBeLessThan(300);
    await send(s.ann, conversation.id, `After, ${mention(people.bob)}`);
    await settle();
    expect((await notifications(s.bob)).items).toHaveLength(1);
  });

  it('tells the other people of a direct conversation of each message', async () => {
    const { people, s } = await room();
    const direct = (await call<ConversationSummary>('POST', '/api/conversations/direct', s.ann, { participantIds: [people.bob.id] })).body;
    await send(s.ann, direct.id, 'A private word');
    const page = await until(() => notifications(s.bob), (p) => p.items.length === 1, 'the direct message');
    expect(page.items[0]).toMatchObject({ kind: 'direct-message', title: 'Ann', link: `/conversations/${direct.id}` });
  });

  it('marks one or all read, keeps the person’s tabs in step, and pages newest first', async () => {
    const { conversation, people, s } = await room();
    for (const word of ['one', 'two', 'three']) await send(s.ann, conversation.id, `${word} ${mention(people.bob)}`);
    await until(() => notifications(s.bob), (p) => p.items.length === 3, 'three mentions');
    const bobTab = await connectSocket(t.baseUrl, s.bob.token);
    sockets.push(bobTab);
    const reads: NotificationRead[] = [];
    bobTab.on('notification:read', (r) => reads.push(r));

    const firstPage = (await call<NotificationPage>('GET', '/api/notifications?limit=2', s.bob)).body;
    expect(firstPage.items.map((n) => n.params.excerpt)).toEqual(['three @Bob', 'two @Bob']);
    const secondPage = (await call<NotificationPage>('GET', `/api/notifications?limit=2&before=${firstPage.nextCursor}`, s.bob)).body;
    expect(secondPage.items.map((n) => n.params.excerpt)).toEqual(['one @Bob']);
    expect(secondPage.nextCursor).toBeNull();

    const target = firstPage.items[0]!;
    expect((await call('POST', `/api/notifications/${target.id}/read`, s.ann)).status).toBe(404);
    expect((await call('POST', `/api/notifications/${target.id}/read`, s.bob)).body).toEqual({ unread: 2 });
    expect((await call('GET', '/api/notifications/unread-count', s.bob)).body).toEqual({ unread: 2 });
    expect((await call('POST', '/api/notifications/read-all', s.bob)).body).toEqual({ unread: 0 });
    await until(async () => reads.length, (n) => n === 2, 'the read events');
    expect(reads).toEqual([{ ids: [target.id], unread: 2 }, { ids: null, unread: 0 }]);
  });

  it('mails at once in the person’s language when they chose e-mail, with a link back and a one-click unsubscribe', async () => {
    const { conversation, people, s } = await room({ bobLocale: 'ru' });
    const prefs = await call<NotificationPreferences>('PUT', '/api/notifications/preferences', s.bob, { kinds: { mention: 'email' } });
    expect(prefs.body.kinds).toMatchObject({ mention: 'email', reply: 'in-app', 'exchange-reminder': 'email' });
    expect((await call('PUT', '/api/notifications/preferences', s.bob, { kinds: { mention: 'hourly' } })).status).toBe(400);

    await send(s.ann, conversation.id, `Look, ${mention(people.bob)}`);
    const [mail] = await until(() => mailsTo(people.bob.email), (m) => m.length === 1, 'the mail');
    expect(mail!.kind).toBe('mention');
    expect(mail!.subject).toBe('Ann упоминает вас в «Open data»');
    expect(mail!.text).toContain(`http://peerhub.test/conversations/${conversation.id}`);
    expect(mail!.text).toContain('Look, @Bob');
    const pageLink = /http:\/\/peerhub\.test\/unsubscribe\?token=(\S+)/.exec(mail!.text);
    expect(pageLink).not.toBeNull();
    expect(mail!.headers['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
    const oneClick = /^<http:\/\/peerhub\.test(\/api\/notifications\/unsubscribe\?token=\S+)>$/.exec(mail!.headers['List-Unsubscribe'] ?? '');
    expect(oneClick).not.toBeNull();
    // A moment later, still one mail: the job claims each notification once.
    await settle();
    expect(await mailsTo(people.bob.email)).toHaveLength(1);

    // The mail client's one click: a form post, no session.
    const tampered = await t.app.inject({ method: 'POST', url: oneClick![1]!.replace(/.$/, 'x'), headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: 'List-Unsubscribe=One-Click' });
    expect(tampered.statusCode).toBe(400);
    const clicked = await t.app.inject({ method: 'POST', url: oneClick![1]!, headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: 'List-Unsubscribe=One-Click' });
    expect(clicked.statusCode).toBe(200);
    expect(clicked.json<UnsubscribeResult>()).toEqual({ kinds: ['mention'], delivery: 'in-app' });
    // The web page posts the same token as JSON.
    expect((await call<UnsubscribeResult>('POST', '/api/notifications/unsubscribe', null, { token: pageLink![1] })).body).toEqual({ kinds: ['mention'], delivery: 'in-app' });
    expect((await call<NotificationPreferences>('GET', '/api/notifications/preferences', s.bob)).body.kinds.mention).toBe('in-app');

    await send(s.ann, conversation.id, `Once more, ${mention(people.bob)}`);
    await until(() => notifications(s.bob), (p) => p.items.length === 2, 'the second mention');
    await settle();
    expect(await mailsTo(people.bob.email)).toHaveLength(1);
    const outbox = (await call<{ items: OutboxMessage[] }>('GET', `/api/admin/outbox?to=${encodeURIComponent(people.bob.email)}`, await signIn(t, (await makePerson(t.dataSource, { platformRole: 'admin' })).email))).body;
    expect(outbox.items[0]?.headers['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
  });

  it('sends a daily digest of what is still unread once, though the job runs twice and on two workers at once', async () => {
    const { conversation, people, s } = await room();
    expect((await call<NotificationPreferences>('GET', '/api/notifications/preferences', s.bob)).body.kinds.mention).toBe('daily');
    for (const word of ['first', 'second', 'third']) await send(s.ann, conversation.id, `${word} ${mention(people.bob)}`);
    const page = await until(() => notifications(s.bob), (p) => p.items.length === 3, 'three mentions');
    // One read in the app before the digest: it is left out.
    await call('POST', `/api/notifications/${page.items[0]!.id}/read`, s.bob);

    const mailer = t.app.get(NotificationMailer);
    // The next morning (whatever Bob's time zone, his 08:00 comes within a day).
    const tomorrow = new Date(Date.now() + 86_400_000);
    await Promise.all([mailer.digest('daily', tomorrow), mailer.digest('daily', tomorrow)]);
    await mailer.digest('daily', tomorrow);
    const digests = (await mailsTo(people.bob.email)).filter((m) => m.kind === 'notification-digest-daily');
    expect(digests).toHaveLength(1);
    expect(digests[0]!.subject).toBe('Your day on Peerhub: 2 notifications');
    expect(digests[0]!.text).toContain('Ann mentioned you in “Open data”');
    expect(digests[0]!.headers['List-Unsubscribe']).toContain('/api/notifications/unsubscribe?token=');
    // Nothing new: the weekly and a later daily run send nothing more.
    expect(await mailer.digest('weekly', tomorrow)).toBe(0);
    expect(await mailer.digest('daily', tomorrow)).toBe(0);
  });

  it('sends each person’s digest in their own morning: Tashkent at 03:00 UTC, Tallinn at 06:00 UTC, weekly ones on Monday', async () => {
    const alliance = await makeAlliance(t.dataSource);
    const membership = [{ allianceId: alliance.id, role: 'member' as const }];
    const dilnoza = await makePerson(t.dataSource, { name: 'Dilnoza', timezone: 'Asia/Tashkent', memberships: membership });
    const kadri = await makePerson(t.dataSource, { name: 'Kadri', timezone: 'Europe/Tallinn', memberships: membership });
    await t.dataSource.query(`INSERT INTO notification_preference (person_id, kind, delivery) VALUES ($1, 'mention', 'weekly')`, [kadri.id]);
    await t.app.get(NotificationsService).notify({ kind: 'mention', recipientIds: [dilnoza.id, kadri.id], actorId: null, title: 'Open data', link: '/conversations' });
    // Written on Wednesday 25 November 2026, 23:00 UTC.
    await t.dataSource.query(`UPDATE notification SET created_at = '2026-11-25T23:00:00Z' WHERE recipient_id = ANY($1)`, [[dilnoza.id, kadri.id]]);
    const mailer = t.app.get(NotificationMailer);
    const digestsTo = async (email: string) => (await mailsTo(email)).filter((m) => m.kind.startsWith('notification-digest'));

    // 02:30 UTC is 07:30 in Tashkent: not yet. 03:30 UTC is 08:30 there: Dilnoza's daily digest.
    await mailer.digest('daily', new Date('2026-11-26T02:30:00Z'));
    expect(await digestsTo(dilnoza.email)).toHaveLength(0);
    await mailer.digest('daily', new Date('2026-11-26T03:30:00Z'));
    expect(await digestsTo(dilnoza.email)).toHaveLength(1);
    // Kadri chose a weekly digest: Thursday morning in Tallinn is not its day; Monday 08:00 there (06:00 UTC) is.
    await mailer.digest('weekly', new Date('2026-11-26T06:30:00Z'));
    await mailer.digest('weekly', new Date('2026-11-30T05:30:00Z'));
    expect(await digestsTo(kadri.email)).toHaveLength(0);
    await mailer.digest('weekly', new Date('2026-11-30T06:30:00Z'));
    expect((await digestsTo(kadri.email)).map((m) => m.kind)).toEqual(['notification-digest-weekly']);
  });

  it('invites the people named on an exchange, and tells those registered of a cancellation as each of them chose', async () => {
    const alliance = await makeAlliance(t.dataSource);
    const coordinator = await makePerson(t.dataSource, { name: 'Organiser', memberships: [{ allianceId: alliance.id, role: 'coordinator' }] });
    const [mailed, quiet] = await Promise.all(['Mailed', 'Quiet'].map((name) => makePerson(t.dataSource, { name, memberships: [{ allianceId: alliance.id, role: 'member' }] })));
    const s = { c: await signIn(t, coordinator.email), mailed: await signIn(t, mailed!.email), quiet: await signIn(t, quiet!.email) };
    await call('PUT', '/api/notifications/preferences', s.quiet, { kinds: { 'exchange-cancelled': 'in-app' } });
    const startsAt = new Date(Date.now() + 3 * 86_400_000);
    const exchange = (
      await call<{ id: string }>('POST', '/api/exchanges', s.c, {
        allianceId: alliance.id, type: 'webinar', title: 'Open data portals', hostCountry: 'KZ', format: 'online', meetingUrl: 'https://meet.example.org/n',
        startsAt: startsAt.toISOString(), endsAt: new Date(startsAt.getTime() + 3_600_000).toISOString(), timezone: 'Asia/Almaty', inviteeIds: [mailed!.id],
      })
    ).body;
    const invited = await until(() => notifications(s.mailed), (p) => p.items.length === 1, 'the invitation');
    expect(invited.items[0]).toMatchObject({ kind: 'exchange-invitation', actor: { name: 'Organiser' }, title: 'Open data portals', link: `/exchanges/${exchange.id}`, params: { startsAt: startsAt.toISOString() } });
    await call('PUT', `/api/exchanges/${exchange.id}/status`, s.c, { status: 'published' });
    for (const who of [s.mailed, s.quiet]) await call('PUT', `/api/exchanges/${exchange.id}/registration`, who, { answer: 'going' });
    await call('PUT', `/api/exchanges/${exchange.id}/status`, s.c, { status: 'cancelled' });

    await until(() => notifications(s.quiet), (p) => p.items.some((n) => n.kind === 'exchange-cancelled'), 'the cancellation (in the app)');
    await until(() => mailsTo(mailed!.email), (m) => m.some((x) => x.kind === 'exchange-cancelled'), 'the cancellation mail');
    await settle();
    expect((await mailsTo(quiet!.email)).map((m) => m.kind)).toEqual([]);
    expect((await mailsTo(mailed!.email)).map((m) => m.kind).sort()).toEqual(['exchange-cancelled', 'exchange-invitation']);
  });

  it('tells the people who decide of a join request, and the requester of the decision', async () => {
    const alliance = await makeAlliance(t.dataSource);
    const coordinator = await makePerson(t.dataSource, { name: 'Coordinator', memberships: [{ allianceId: alliance.id, role: 'coordinator' }] });
    const asker = await makePerson(t.dataSource, { name: 'Asker', memberships: [{ allianceId: alliance.id, role: 'member' }] });
    const s = { c: await signIn(t, coordinator.email), asker: await signIn(t, asker.email) };
    const group = (await call<{ id: string }>('POST', `/api/alliances/${alliance.id}/groups`, s.c, { name: 'Closed circle', topics: ['open-data'], purpose: 'By request only, to test.', visibility: 'by-request' })).body;
    expect((await call('POST', `/api/groups/${group.id}/requests`, s.asker, { message: 'May I?' })).status).toBeLessThan(300);
    const asked = await until(() => notifications(s.c), (p) => p.items.length === 1, 'the join request');
    expect(asked.items[0]).toMatchObject({ kind: 'join-request', actor: { name: 'Asker' }, title: 'Closed circle', link: `/groups/${group.id}` });
    const pending = (await call<Array<{ id: string }>>('GET', `/api/alliances/${alliance.id}/pending-requests`, s.c)).body as unknown as { items: Array<{ id: string }> };
    await call('POST', `/api/alliances/${alliance.id}/pending-requests/decisions`, s.c, { decisions: [{ requestId: pending.items[0]!.id, kind: 'group', decision: 'approve' }] });
    const decided = await until(() => notifications(s.asker), (p) => p.items.length === 1, 'the decision');
    expect(decided.items[0]).toMatchObject({ kind: 'join-decision', title: 'Closed circle', params: { decision: 'approved' } });
    // Join decisions are mailed at once by default.
    await until(() => mailsTo(asker.email), (m) => m.some((x) => x.kind === 'join-decision'), 'the decision mail');
  });
});
