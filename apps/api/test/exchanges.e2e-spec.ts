import ICAL from 'ical.js';
import type { CalendarFeed, ErrorBody, ExchangeDetail, ExchangeRegistrationsChanged, ExchangesPage, ParticipantList, Poll } from '@peerhub/contracts';
import { makeAlliance, makePerson, signIn, type Signed } from './factories';
import { connectSocket, type Client } from './sockets';
import { createTestApp, createTestAppOn, type TestApp } from './test-app';

describe('exchanges', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  async function setting(memberCount = 2) {
    const alliance = await makeAlliance(t.dataSource);
    const coordinator = await makePerson(t.dataSource, { memberships: [{ allianceId: alliance.id, role: 'coordinator' }] });
    const members: Signed[] = [];
    for (let i = 0; i < memberCount; i++) members.push(await signIn(t, (await makePerson(t.dataSource, { country: i % 2 ? 'UZ' : 'KZ', memberships: [{ allianceId: alliance.id, role: 'member' }] })).email));
    return { alliance, c: await signIn(t, coordinator.email), members };
  }

  /** The two-day workshop in Tashkent, 30–31 May, as the hub and the Academy organised it. */
  const workshop = (allianceId: string, over: Record<string, unknown> = {}) => ({
    allianceId,
    type: 'workshop',
    title: 'Integrated services, open data and e-participation',
    description: 'Two days of peer learning in Tashkent.',
    learningObjectives: ['Compare one-stop shop models'],
    hostCountry: 'UZ',
    format: 'in-person',
    venue: 'Academy of Public Administration, Tashkent',
    startsAt: '2027-05-30T04:00:00Z',
    endsAt: '2027-05-31T13:00:00Z',
    timezone: 'Asia/Tashkent',
    agenda: [
      { startsAt: '2027-05-30T04:00:00Z', endsAt: '2027-05-30T06:00:00Z', topic: 'Opening and one-stop shops', speakers: ['Jasur Karimov'] },
      { startsAt: '2027-05-31T04:00:00Z', endsAt: '2027-05-31T06:00:00Z', topic: 'Open data portals' },
    ],
    ...over,
  });
  const create = (c: Signed, body: object) => t.app.inject({ method: 'POST', url: '/api/exchanges', headers: c.auth, payload: body });
  const publish = (c: Signed, id: string) => t.app.inject({ method: 'PUT', url: `/api/exchanges/${id}/status`, headers: c.auth, payload: { status: 'published' } });
  const answer = (s: Signed, id: string, a: string) => t.app.inject({ method: 'PUT', url: `/api/exchanges/${id}/registration`, headers: s.auth, payload: { answer: a } });

  it('names each problem of bad input and saves nothing', async () => {
    const { alliance, c } = await setting(0);
    const issues = async (over: Record<string, unknown>) => {
      const r = await create(c, workshop(alliance.id, over));
      expect(r.statusCode).toBe(400);
      return r.json<ErrorBody>().error.issues?.map((i) => i.path);
    };
    expect(await issues({ endsAt: '2027-05-29T10:00:00Z' })).toContain('endsAt');
    expect(await issues({ timezone: 'UTC+5' })).toEqual(['timezone']);
    expect(await issues({ format: 'hybrid', meetingUrl: null })).toEqual(['meetingUrl']);
    expect(await issues({ agenda: [{ startsAt: '2027-06-02T04:00:00Z', endsAt: '2027-06-02T05:00:00Z', topic: 'Too late' }] })).toEqual(['agenda.0.startsAt']);
    expect(await t.dataSource.query('SELECT 1 FROM exchange WHERE alliance_id = $1', [alliance.id])).toEqual([]);
  });

  it('keeps drafts to the organisers, and refuses double and cancelled registrations', async () => {
    const { alliance, c, members } = await setting(1);
    const created = await create(c, workshop(alliance.id));
    expect(created.statusCode).toBe(201);
    const exchange = created.json<ExchangeDetail>();
    expect(exchange.agenda.map((a) => a.topic)).toEqual(['Opening and one-stop shops', 'Open data portals']);
    expect((await t.app.inject({ url: `/api/exchanges/${exchange.id}`, headers: members[0]!.auth })).statusCode).toBe(404);
    expect((await publish(c, exchange.id)).statusCode).toBe(200);
    expect((await answer(members[0]!, exchange.id, 'going')).json()).toEqual({ status: 'going', promoted: null });
    const twice = await answer(members[0]!, exchange.id, 'going');
    expect(twice.statusCode).toBe(409);
    expect(twice.json<ErrorBody>().error.message).toMatch(/already answered/);
    await t.app.inject({ method: 'PUT', url: `/api/exchanges/${exchange.id}/status`, headers: c.auth, payload: { status: 'cancelled' } });
    const late = await answer(members[0]!, exchange.id, 'maybe');
    expect(late.statusCode).toBe(409);
    expect(late.json<ErrorBody>().error.message).toBe('This exchange was cancelled');
  });

  it('fills the seats exactly under concurrent registrations and promotes the waitlist in order', async () => {
    const { alliance, c, members } = await setting(8);
    const exchange = (await create(c, workshop(alliance.id, { capacity: 3 }))).json<ExchangeDetail>();
    await publish(c, exchange.id);
    const answers = await Promise.all(members.map((m) => answer(m, exchange.id, 'going').then((r) => r.json<{ status: string }>().status)));
    expect(answers.filter((s) => s === 'going')).toHaveLength(3);
    expect(answers.filter((s) => s === 'waitlisted')).toHaveLength(5);
    const before = (await t.app.inject({ url: `/api/exchanges/${exchange.id}/participants`, headers: c.auth })).json<ParticipantList>();
    const waiting = before.items.filter((p) => p.status === 'waitlisted');
    const earliest = waiting.map((p) => p.registeredAt).sort()[0];
    const goingIndex = answers.indexOf('going');
    const declined = await answer(members[goingIndex]!, exchange.id, 'declined');
    // The first on the waitlist (the API shows milliseconds; the database orders by microseconds, then id).
    const promoted = waiting.find((p) => p.personId === declined.json<{ promoted: string }>().promoted);
    expect(promoted?.registeredAt).toBe(earliest);
    const detail = (await t.app.inject({ url: `/api/exchanges/${exchange.id}`, headers: c.auth })).json<ExchangeDetail>();
    expect([detail.going, detail.waitlisted]).toEqual([3, 4]);
    const lower = await t.app.inject({ method: 'PATCH', url: `/api/exchanges/${exchange.id}`, headers: c.auth, payload: { capacity: 2 } });
    expect(lower.statusCode).toBe(409);
    expect(lower.json<ErrorBody>().error.message).toMatch(/3 people are already going/);
  });

  it('writes an .ics that calendar apps read back, and updates UID-stable events on change and cancellation', async () => {
    const { alliance, c, members } = await setting(1);
    const exchange = (await create(c, workshop(alliance.id))).json<ExchangeDetail>();
    await publish(c, exchange.id);
    const read = async (body: string) => {
      const vevent = new ICAL.Component(ICAL.parse(body)).getFirstSubcomponent('vevent')!;
      const event = new ICAL.Event(vevent);
      return { uid: event.uid, sequence: event.sequence, status: vevent.getFirstPropertyValue('status'), start: event.startDate.toJSDate().toISOString(), summary: event.summary };
    };
    const first = await read((await t.app.inject({ url: `/api/exchanges/${exchange.id}/calendar.ics`, headers: members[0]!.auth })).body);
    expect(first).toMatchObject({ uid: `exchange-${exchange.id}@peerhub`, status: 'CONFIRMED', start: '2027-05-30T04:00:00.000Z' });

    await t.app.inject({ method: 'PATCH', url: `/api/exchanges/${exchange.id}`, headers: c.auth, payload: { startsAt: '2027-05-30T05:00:00Z' } });
    const moved = await read((await t.app.inject({ url: `/api/exchanges/${exchange.id}/calendar.ics`, headers: members[0]!.auth })).body);
    expect(moved.uid).toBe(first.uid);
    expect(moved.sequence).toBeGreaterThan(first.sequence);
    expect(moved.start).toBe('2027-05-30T05:00:00.000Z');

    await answer(members[0]!, exchange.id, 'going');
    const feedUrl = (await t.app.inject({ method: 'POST', url: '/api/me/calendar-feed', headers: members[0]!.auth })).json<{ url: string }>().url;
    const feedPath = new URL(feedUrl).pathname;
    await t.app.inject({ method: 'PUT', url: `/api/exchanges/${exchange.id}/status`, headers: c.auth, payload: { status: 'cancelled' } });
    const feed = await t.app.inject({ url: feedPath });
    expect(feed.statusCode).toBe(200);
    expect(await read(feed.body)).toMatchObject({ uid: first.uid, status: 'CANCELLED' });
    await t.app.inject({ method: 'DELETE', url: '/api/me/calendar-feed', headers: members[0]!.auth });
    expect((await t.app.inject({ url: feedPath })).statusCode).toBe(404);
  });

  it('writes the calendar’s own words in the reader’s language and the exchange’s as written', async () => {
    const { alliance, c } = await setting(0);
    const reader = await makePerson(t.dataSource, { name: 'Dilnoza', locale: 'ru', memberships: [{ allianceId: alliance.id, role: 'member' }] });
    const r = await signIn(t, reader.email);
    const exchange = (await create(c, workshop(alliance.id))).json<ExchangeDetail>();
    await publish(c, exchange.id);
    await answer(r, exchange.id, 'going');
    await t.app.inject({ method: 'PUT', url: `/api/exchanges/${exchange.id}/status`, headers: c.auth, payload: { status: 'cancelled' } });
    const read = (body: string) => {
      const calendar = new ICAL.Component(ICAL.parse(body));
      const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
      return { name: calendar.getFirstPropertyValue('x-wr-calname'), summary: event.summary, description: event.description };
    };
    const file = read((await t.app.inject({ url: `/api/exchanges/${exchange.id}/calendar.ics`, headers: { ...r.auth, 'accept-language': 'en' } })).body);
    expect(file).toMatchObject({ name: 'Мероприятие Peerhub', summary: 'Отменено: Integrated services, open data and e-participation' });
    expect(file.description).toContain('Two days of peer learning in Tashkent.\n\nОрганизатор: ');
    const feedUrl = (await t.app.inject({ method: 'POST', url: '/api/me/calendar-feed', headers: r.auth })).json<{ url: string }>().url;
    expect(read((await t.app.inject({ url: new URL(feedUrl).pathname })).body)).toMatchObject({ name: 'Peerhub: Dilnoza', summary: 'Отменено: Integrated services, open data and e-participation' });
    // Someone who has not chosen a language reads the .ics in their page's.
    const fromPage = (await t.app.inject({ url: `/api/exchanges/${exchange.id}/calendar.ics`, headers: { ...c.auth, 'accept-language': 'kk' } })).body;
    expect(read(fromPage).summary).toBe('Болдырылмады: Integrated services, open data and e-participation');
  });
});

describe('finding a time', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('collects answers, highlights the best slot and turns it into the exchange’s time in one click', async () => {
    const alliance = await makeAlliance(t.dataSource);
    const c = await signIn(t, (await makePerson(t.dataSource, { memberships: [{ allianceId: alliance.id, role: 'coordinator' }] })).email);
    const people = await Promise.all([0, 1, 2].map(async () => signIn(t, (await makePerson(t.dataSource, { memberships: [{ allianceId: alliance.id, role: 'member' }] })).email)));
    const exchange = (
      await t.app.inject({
        method: 'POST',
        url: '/api/exchanges',
        headers: c.auth,
        payload: { allianceId: alliance.id, type: 'webinar', title: 'Open data licences', hostCountry: 'EE', format: 'online', meetingUrl: 'https://meet.example.org/open-data', startsAt: '2027-03-01T09:00:00Z', endsAt: '2027-03-01T10:30:00Z', timezone: 'Europe/Tallinn' },
      })
    ).json<ExchangeDetail>();
    await t.app.inject({ method: 'PUT', url: `/api/exchanges/${exchange.id}/status`, headers: c.auth, payload: { status: 'published' } });
    const bad = await t.app.inject({ method: 'PUT', url: `/api/exchanges/${exchange.id}/poll`, headers: c.auth, payload: { slots: [{ startsAt: '2027-03-02T09:00:00Z', endsAt: '2027-03-02T08:00:00Z' }] } });
    expect(bad.statusCode).toBe(400);
    const poll = (
      await t.app.inject({
        method: 'PUT',
        url: `/api/exchanges/${exchange.id}/poll`,
        headers: c.auth,
        payload: { slots: [{ startsAt: '2027-03-02T07:00:00Z', endsAt: '2027-03-02T08:30:00Z' }, { startsAt: '2027-03-03T10:00:00Z', endsAt: '2027-03-03T11:30:00Z' }] },
      })
    ).json<{ slots: Array<{ id: string }> }>();
    const [early, late] = poll.slots as [{ id: string }, { id: string }];
    const vote = (s: Signed, a: string, b: string) => t.app.inject({ method: 'PUT', url: `/api/exchanges/${exchange.id}/poll/answers`, headers: s.auth, payload: { answers: [{ slotId: early.id, answer: a }, { slotId: late.id, answer: b }] } });
    await vote(people[0]!, 'yes', 'no');
    await vote(people[1]!, 'no', 'yes');
    const final = (await vote(people[2]!, 'no', 'if-need-be')).json<{ bestSlotId: string; respondents: number; slots: Array<{ myAnswer: string }> }>();
    expect(final.bestSlotId).toBe(late.id);
    expect(final.respondents).toBe(3);
    expect(final.slots.map((s) => s.myAnswer)).toEqual(['no', 'if-need-be']);
    expect((await t.app.inject({ method: 'POST', url: `/api/exchanges/${exchange.id}/poll/slots/${late.id}/choose`, headers: people[0]!.auth })).statusCode).toBe(403);
    const chosen = await t.app.inject({ method: 'POST', url: `/api/exchanges/${exchange.id}/poll/slots/${late.id}/choose`, headers: c.auth });
    expect(chosen.json<ExchangeDetail>()).toMatchObject({ startsAt: '2027-03-03T10:00:00.000Z', endsAt: '2027-03-03T11:30:00.000Z' });
  });
});

describe('reminders and notices', () => {
  let first: TestApp;
  let second: TestApp;
  beforeAll(async () => {
    first = await createTestApp({ JOBS_POLL_SECONDS: '0.5' });
    second = await createTestAppOn(first.databaseUrl, { JOBS_POLL_SECONDS: '0.5' });
  });
  afterAll(async () => {
    await second.close();
    await first.close();
  });

  it('mails each participant once when an exchange moves close, even with two API instances working the queue', async () => {
    const alliance = await makeAlliance(first.dataSource);
    const c = await signIn(first, (await makePerson(first.dataSource, { memberships: [{ allianceId: alliance.id, role: 'coordinator' }] })).email);
    const people = await Promise.all([0, 1].map(() => makePerson(first.dataSource, { memberships: [{ allianceId: alliance.id, role: 'member' }] })));
    const inTwoDays = new Date(Date.now() + 2 * 86_400_000);
    const exchange = (
      await first.app.inject({
        method: 'POST',
        url: '/api/exchanges',
        headers: c.auth,
        payload: { allianceId: alliance.id, type: 'webinar', title: 'Reminder check', hostCountry: 'KZ', format: 'online', meetingUrl: 'https://meet.example.org/r', startsAt: inTwoDays.toISOString(), endsAt: new Date(inTwoDays.getTime() + 3_600_000).toISOString(), timezone: 'Asia/Almaty' },
      })
    ).json<ExchangeDetail>();
    await first.app.inject({ method: 'PUT', url: `/api/exchanges/${exchange.id}/status`, headers: c.auth, payload: { status: 'published' } });
    for (const p of people) await second.app.inject({ method: 'PUT', url: `/api/exchanges/${exchange.id}/registration`, headers: (await signIn(second, p.email)).auth, payload: { answer: 'going' } });

    const soon = new Date(Date.now() + 3_600_000);
    await first.app.inject({ method: 'PATCH', url: `/api/exchanges/${exchange.id}`, headers: c.auth, payload: { startsAt: soon.toISOString(), endsAt: new Date(soon.getTime() + 3_600_000).toISOString() } });

    const mails = async () => first.dataSource.query<Array<{ recipient: string; kind: string }>>(`SELECT recipient, kind FROM mail_outbox WHERE kind LIKE 'exchange-%' AND recipient = ANY($1)`, [people.map((p) => p.email)]);
    for (let i = 0; i < 60 && (await mails()).length < 4; i++) await new Promise((r) => setTimeout(r, 250));
    await new Promise((r) => setTimeout(r, 2000));
    const sent = (await mails()).map((m) => `${m.recipient} ${m.kind}`).sort();
    expect(sent).toEqual(people.flatMap((p) => [`${p.email} exchange-changed`, `${p.email} exchange-reminder`]).sort());
  });
});

describe('after the exchange', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('records outcomes, takes feedback from those who took part, and sums it up for the organiser', async () => {
    const alliance = await makeAlliance(t.dataSource);
    const c = await signIn(t, (await makePerson(t.dataSource, { memberships: [{ allianceId: alliance.id, role: 'coordinator' }] })).email);
    const [went, stayed] = await Promise.all([0, 1].map(async () => signIn(t, (await makePerson(t.dataSource, { memberships: [{ allianceId: alliance.id, role: 'member' }] })).email)));
    const start = new Date(Date.now() + 60_000);
    const exchange = (
      await t.app.inject({
        method: 'POST',
        url: '/api/exchanges',
        headers: c.auth,
        payload: { allianceId: alliance.id, type: 'study-visit', title: 'ASAN service halls', hostCountry: 'AZ', format: 'in-person', venue: 'Baku', startsAt: start.toISOString(), endsAt: new Date(start.getTime() + 7_200_000).toISOString(), timezone: 'Asia/Baku' },
      })
    ).json<ExchangeDetail>();
    await t.app.inject({ method: 'PUT', url: `/api/exchanges/${exchange.id}/status`, headers: c.auth, payload: { status: 'published' } });
    await t.app.inject({ method: 'PUT', url: `/api/exchanges/${exchange.id}/registration`, headers: went!.auth, payload: { answer: 'going' } });
    const early = await t.app.inject({ method: 'PUT', url: `/api/exchanges/${exchange.id}/feedback`, headers: went!.auth, payload: { overall: 5, relevance: 4, organisation: 5 } });
    expect(early.statusCode).toBe(409);
    await t.dataSource.query(`UPDATE exchange SET starts_at = now() - interval '1 day', ends_at = now() - interval '20 hours' WHERE id = $1`, [exchange.id]);

    const outOfScale = await t.app.inject({ method: 'PUT', url: `/api/exchanges/${exchange.id}/feedback`, headers: went!.auth, payload: { overall: 7, relevance: 4, organisation: 5 } });
    expect(outOfScale.statusCode).toBe(400);
    expect(outOfScale.json<ErrorBody>().error.issues).toEqual([{ path: 'overall', message: 'Use the 1–5 scale' }]);
    expect((await t.app.inject({ method: 'PUT', url: `/api/exchanges/${exchange.id}/feedback`, headers: went!.auth, payload: { overall: 5, relevance: 4, organisation: 3, willApply: 'Queue tickets by SMS' } })).statusCode).toBe(204);
    expect((await t.app.inject({ method: 'PUT', url: `/api/exchanges/${exchange.id}/feedback`, headers: stayed!.auth, payload: { overall: 1, relevance: 1, organisation: 1 } })).statusCode).toBe(403);

    const outcomes = await t.app.inject({ method: 'PUT', url: `/api/exchanges/${exchange.id}/afterwards`, headers: c.auth, payload: { outcomes: 'Three agencies will pilot SMS queues.', recommendations: 'Start with one hall.', materials: [{ title: 'Slides', url: 'https://example.org/slides.pdf' }] } });
    expect(outcomes.statusCode).toBe(200);
    expect((await t.app.inject({ url: `/api/exchanges/${exchange.id}/afterwards`, headers: went!.auth })).json()).toMatchObject({ outcomes: 'Three agencies will pilot SMS queues.', myFeedbackGiven: true });
    const summary = (await t.app.inject({ url: `/api/exchanges/${exchange.id}/feedback/summary`, headers: c.auth })).json<{ responses: number; averages: object; willApply: string[] }>();
    expect(summary).toMatchObject({ responses: 1, averages: { overall: 5, relevance: 4, organisation: 3 }, willApply: ['Queue tickets by SMS'] });
    expect((await t.app.inject({ url: `/api/exchanges/${exchange.id}/feedback/summary`, headers: went!.auth })).statusCode).toBe(403);
  });
});

describe("an exchange's conversation", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('is for the organiser and the people registered; the others get 404', async () => {
    const alliance = await makeAlliance(t.dataSource);
    const c = await signIn(t, (await makePerson(t.dataSource, { memberships: [{ allianceId: alliance.id, role: 'coordinator' }] })).email);
    const [registered, notRegistered] = await Promise.all([0, 1].map(async () => signIn(t, (await makePerson(t.dataSource, { memberships: [{ allianceId: alliance.id, role: 'member' }] })).email)));
    const exchange = (
      await t.app.inject({
        method: 'POST',
        url: '/api/exchanges',
        headers: c.auth,
        payload: { allianceId: alliance.id, type: 'webinar', title: 'Talk it through', hostCountry: 'GE', format: 'online', meetingUrl: 'https://meet.example.org/g', startsAt: '2027-04-01T08:00:00Z', endsAt: '2027-04-01T09:00:00Z', timezone: 'Asia/Tbilisi' },
      })
    ).json<ExchangeDetail>();
    await t.app.inject({ method: 'PUT', url: `/api/exchanges/${exchange.id}/status`, headers: c.auth, payload: { status: 'published' } });
    await t.app.inject({ method: 'PUT', url: `/api/exchanges/${exchange.id}/registration`, headers: registered!.auth, payload: { answer: 'maybe' } });
    const conversation = (await t.app.inject({ url: `/api/exchanges/${exchange.id}/conversation`, headers: c.auth })).json<{ id: string; kind: string; exchangeId: string }>();
    expect(conversation).toMatchObject({ kind: 'exchange', exchangeId: exchange.id });
    const post = (s: Signed) => t.app.inject({ method: 'POST', url: `/api/conversations/${conversation.id}/messages`, headers: s.auth, payload: { clientId: crypto.randomUUID(), body: 'Slides will follow' } });
    expect((await post(registered!)).statusCode).toBe(201);
    expect((await post(notRegistered!)).statusCode).toBe(404);
    expect((await t.app.inject({ url: `/api/exchanges/${exchange.id}/conversation`, headers: notRegistered!.auth })).statusCode).toBe(404);
  });
});

describe('a draft finds its time with the people invited', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('lets people invited by name and members of the linked groups see the draft and answer its poll, and no one else', async () => {
    const alliance = await makeAlliance(t.dataSource);
    const other = await makeAlliance(t.dataSource);
    const coordinator = await makePerson(t.dataSource, { memberships: [{ allianceId: alliance.id, role: 'coordinator' }] });
    const [invitee, grouped, bystander] = await Promise.all(['EE', 'KG', 'AM'].map((country) => makePerson(t.dataSource, { country, memberships: [{ allianceId: alliance.id, role: 'member' }] })));
    const stranger = await makePerson(t.dataSource, { memberships: [{ allianceId: other.id, role: 'member' }] });
    const [c, inv, grp, by] = await Promise.all([coordinator, invitee!, grouped!, bystander!].map((p) => signIn(t, p.email)));
    const group = (
      await t.app.inject({ method: 'POST', url: `/api/alliances/${alliance.id}/groups`, headers: c!.auth, payload: { name: 'Open data', topics: ['open-data'], purpose: 'Open data portals compared.', visibility: 'open', memberLimit: null, leadIds: [coordinator.id] } })
    ).json<{ id: string }>();
    expect((await t.app.inject({ method: 'POST', url: `/api/groups/${group.id}/join`, headers: grp!.auth })).statusCode).toBe(204);

    const payload = { allianceId: alliance.id, type: 'webinar', title: 'Open data licences', hostCountry: 'EE', format: 'online', meetingUrl: 'https://meet.example.org/od', startsAt: '2027-03-01T09:00:00Z', endsAt: '2027-03-01T10:30:00Z', timezone: 'Europe/Tallinn', groupIds: [group.id] };
    const outsider = await t.app.inject({ method: 'POST', url: '/api/exchanges', headers: c!.auth, payload: { ...payload, inviteeIds: [invitee!.id, stranger.id] } });
    expect(outsider.statusCode).toBe(400);
    expect(outsider.json<ErrorBody>().error.issues).toEqual([{ path: 'inviteeIds', message: 'Invite only people of this alliance' }]);
    const exchange = (await t.app.inject({ method: 'POST', url: '/api/exchanges', headers: c!.auth, payload: { ...payload, inviteeIds: [invitee!.id] } })).json<ExchangeDetail>();
    expect(exchange).toMatchObject({ status: 'draft', groupIds: [group.id], invitees: [{ id: invitee!.id, name: invitee!.name, country: 'EE' }] });
    const poll = (
      await t.app.inject({ method: 'PUT', url: `/api/exchanges/${exchange.id}/poll`, headers: c!.auth, payload: { slots: [{ startsAt: '2027-03-02T07:00:00Z', endsAt: '2027-03-02T08:30:00Z' }, { startsAt: '2027-03-03T10:00:00Z', endsAt: '2027-03-03T11:30:00Z' }] } })
    ).json<Poll>();
    const [early, late] = poll.slots as [Poll['slots'][number], Poll['slots'][number]];
    const vote = (s: Signed, a: string, b: string) => t.app.inject({ method: 'PUT', url: `/api/exchanges/${exchange.id}/poll/answers`, headers: s.auth, payload: { answers: [{ slotId: early.id, answer: a }, { slotId: late.id, answer: b }] } });

    for (const s of [inv!, grp!]) {
      const seen = await t.app.inject({ url: `/api/exchanges/${exchange.id}`, headers: s.auth });
      expect(seen.statusCode).toBe(200);
      expect(seen.json<ExchangeDetail>()).toMatchObject({ status: 'draft', invited: true });
      expect((await t.app.inject({ url: `/api/exchanges/${exchange.id}/poll`, headers: s.auth })).statusCode).toBe(200);
      const listed = (await t.app.inject({ url: '/api/exchanges', headers: s.auth })).json<ExchangesPage>();
      expect(listed.items.map((e) => [e.id, e.invited, e.groupIds])).toEqual([[exchange.id, true, [group.id]]]);
      // Invited is not registered: registration opens when the organiser publishes.
      const early = await t.app.inject({ method: 'PUT', url: `/api/exchanges/${exchange.id}/registration`, headers: s.auth, payload: { answer: 'going' } });
      expect(early.statusCode).toBe(409);
      expect(early.json<ErrorBody>().error.message).toBe('This exchange is not open for registration yet');
    }
    expect((await vote(inv!, 'no', 'yes')).statusCode).toBe(200);
    const answered = await vote(grp!, 'if-need-be', 'yes');
    expect(answered.json<Poll>()).toMatchObject({ bestSlotId: late.id, respondents: 2 });

    // The rest of the alliance does not learn the draft exists.
    expect((await t.app.inject({ url: `/api/exchanges/${exchange.id}`, headers: by!.auth })).statusCode).toBe(404);
    expect((await t.app.inject({ url: `/api/exchanges/${exchange.id}/poll`, headers: by!.auth })).statusCode).toBe(404);
    expect((await vote(by!, 'yes', 'yes')).statusCode).toBe(404);
    expect((await t.app.inject({ url: '/api/exchanges', headers: by!.auth })).json<ExchangesPage>().total).toBe(0);
    const [{ count }] = await t.dataSource.query<[{ count: number }]>('SELECT count(*)::int AS count FROM exchange_poll_answer a JOIN exchange_poll_slot s ON s.id = a.slot_id WHERE s.exchange_id = $1', [exchange.id]);
    expect(count).toBe(4);

    // Leaving the linked group ends the invitation.
    expect((await t.app.inject({ method: 'POST', url: `/api/groups/${group.id}/leave`, headers: grp!.auth })).statusCode).toBe(204);
    expect((await t.app.inject({ url: `/api/exchanges/${exchange.id}`, headers: grp!.auth })).statusCode).toBe(404);

    await t.app.inject({ method: 'PUT', url: `/api/exchanges/${exchange.id}/status`, headers: c!.auth, payload: { status: 'cancelled' } });
    const closed = await vote(inv!, 'yes', 'yes');
    expect(closed.statusCode).toBe(409);
    expect(closed.json<ErrorBody>().error.message).toBe('This exchange was cancelled');
  });
});

describe('bad input on an existing exchange', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('names the problem of each bad edit and keeps the exchange as it was', async () => {
    const alliance = await makeAlliance(t.dataSource);
    const c = await signIn(t, (await makePerson(t.dataSource, { memberships: [{ allianceId: alliance.id, role: 'coordinator' }] })).email);
    const [ann, bob] = await Promise.all([0, 1].map(async () => signIn(t, (await makePerson(t.dataSource, { memberships: [{ allianceId: alliance.id, role: 'member' }] })).email)));
    const exchange = (
      await t.app.inject({
        method: 'POST',
        url: '/api/exchanges',
        headers: c.auth,
        payload: {
          allianceId: alliance.id,
          type: 'workshop',
          title: 'Service design',
          hostCountry: 'KZ',
          format: 'in-person',
          venue: 'Astana',
          startsAt: '2027-06-10T04:00:00Z',
          endsAt: '2027-06-11T12:00:00Z',
          timezone: 'Asia/Almaty',
          capacity: 5,
          agenda: [{ startsAt: '2027-06-10T04:00:00Z', endsAt: '2027-06-10T06:00:00Z', topic: 'Journeys' }],
        },
      })
    ).json<ExchangeDetail>();
    await t.app.inject({ method: 'PUT', url: `/api/exchanges/${exchange.id}/status`, headers: c.auth, payload: { status: 'published' } });
    for (const s of [ann!, bob!]) await t.app.inject({ method: 'PUT', url: `/api/exchanges/${exchange.id}/registration`, headers: s.auth, payload: { answer: 'going' } });
    const before = (await t.app.inject({ url: `/api/exchanges/${exchange.id}`, headers: c.auth })).json<ExchangeDetail>();
    const edit = (payload: object) => t.app.inject({ method: 'PATCH', url: `/api/exchanges/${exchange.id}`, headers: c.auth, payload });

    const backwards = await edit({ title: 'Renamed', endsAt: '2027-06-09T12:00:00Z' });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json<ErrorBody>().error.issues).toEqual([{ path: 'endsAt', message: 'The end must come after the start' }]);

    const outside = await edit({ title: 'Renamed', agenda: [{ startsAt: '2027-06-12T04:00:00Z', endsAt: '2027-06-12T05:00:00Z', topic: 'Too late' }] });
    expect(outside.statusCode).toBe(400);
    expect(outside.json<ErrorBody>().error.issues).toEqual([{ path: 'agenda.0.startsAt', message: "This session is on 2027-06-12, outside the exchange's days (2027-06-10 to 2027-06-11, Asia/Almaty)" }]);

    // Moving the exchange without its agenda would strand the sessions: refused the same way.
    const stranded = await edit({ startsAt: '2027-07-10T04:00:00Z', endsAt: '2027-07-10T12:00:00Z' });
    expect(stranded.statusCode).toBe(400);
    expect(stranded.json<ErrorBody>().error.issues?.map((i) => i.path)).toEqual(['agenda.0.startsAt']);

    const zone = await edit({ title: 'Renamed', timezone: 'Asia/Nowhere' });
    expect(zone.statusCode).toBe(400);
    expect(zone.json<ErrorBody>().error.issues?.map((i) => i.path)).toEqual(['timezone']);

    const small = await edit({ title: 'Renamed', capacity: 1 });
    expect(small.statusCode).toBe(409);
    expect(small.json<ErrorBody>().error.message).toBe('2 people are already going: the capacity cannot be lower');

    const after = (await t.app.inject({ url: `/api/exchanges/${exchange.id}`, headers: c.auth })).json<ExchangeDetail>();
    expect(after).toEqual(before);
  });

  it('refuses a second registration and one for a cancelled exchange with a 409, storing nothing', async () => {
    const alliance = await makeAlliance(t.dataSource);
    const c = await signIn(t, (await makePerson(t.dataSource, { memberships: [{ allianceId: alliance.id, role: 'coordinator' }] })).email);
    const [ann, bob] = await Promise.all([0, 1].map(async () => signIn(t, (await makePerson(t.dataSource, { memberships: [{ allianceId: alliance.id, role: 'member' }] })).email)));
    const exchange = (
      await t.app.inject({
        method: 'POST',
        url: '/api/exchanges',
        headers: c.auth,
        payload: { allianceId: alliance.id, type: 'webinar', title: 'Full house', hostCountry: 'GE', format: 'online', meetingUrl: 'https://meet.example.org/f', startsAt: '2027-04-01T08:00:00Z', endsAt: '2027-04-01T09:00:00Z', timezone: 'Asia/Tbilisi', capacity: 1 },
      })
    ).json<ExchangeDetail>();
    await t.app.inject({ method: 'PUT', url: `/api/exchanges/${exchange.id}/status`, headers: c.auth, payload: { status: 'published' } });
    const register = (s: Signed, answer: string) => t.app.inject({ method: 'PUT', url: `/api/exchanges/${exchange.id}/registration`, headers: s.auth, payload: { answer } });
    expect((await register(ann!, 'going')).json()).toEqual({ status: 'going', promoted: null });
    expect((await register(bob!, 'going')).json()).toEqual({ status: 'waitlisted', promoted: null });
    const again = await register(bob!, 'going');
    expect(again.statusCode).toBe(409);
    expect(again.json<ErrorBody>().error).toMatchObject({ code: 'CONFLICT', message: 'You are already on the waitlist' });
    const unknownAnswer = await register(bob!, 'perhaps');
    expect(unknownAnswer.statusCode).toBe(400);
    expect(unknownAnswer.json<ErrorBody>().error.issues?.map((i) => i.path)).toEqual(['answer']);

    await t.app.inject({ method: 'PUT', url: `/api/exchanges/${exchange.id}/status`, headers: c.auth, payload: { status: 'cancelled' } });
    const rows = () => t.dataSource.query<Array<{ status: string }>>('SELECT status FROM exchange_participant WHERE exchange_id = $1 ORDER BY status', [exchange.id]);
    const held = await rows();
    // Declining a cancelled exchange would otherwise promote the waitlist into an exchange that will not happen.
    const late = await register(ann!, 'declined');
    expect(late.statusCode).toBe(409);
    expect(late.json<ErrorBody>().error.message).toBe('This exchange was cancelled');
    expect(await rows()).toEqual(held);
    const reopen = await t.app.inject({ method: 'PUT', url: `/api/exchanges/${exchange.id}/status`, headers: c.auth, payload: { status: 'published' } });
    expect(reopen.statusCode).toBe(409);
    expect(reopen.json<ErrorBody>().error.message).toBe('A cancelled exchange cannot become published');
  });
});

describe('my calendar feed', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('says whether it is on, and gives the same address again after a reload until it is changed or turned off', async () => {
    const me = await signIn(t, (await makePerson(t.dataSource)).email);
    const state = async () => (await t.app.inject({ url: '/api/me/calendar-feed', headers: me.auth })).json<CalendarFeed>();
    expect((await t.app.inject({ url: '/api/me/calendar-feed' })).statusCode).toBe(401);
    expect(await state()).toEqual({ active: false, url: null, createdAt: null });

    const made = await t.app.inject({ method: 'POST', url: '/api/me/calendar-feed', headers: me.auth });
    expect(made.statusCode).toBe(201);
    const first = made.json<CalendarFeed>();
    expect(first).toMatchObject({ active: true, url: expect.stringMatching(/^http:\/\/peerhub\.test\/api\/calendar\/[\w-]{40,}\.ics$/) });
    expect(await state()).toEqual(first);
    expect((await t.app.inject({ url: new URL(first.url!).pathname })).statusCode).toBe(200);
    // Only a hash of the address and a nonce are stored, never the address's secret.
    const [stored] = await t.dataSource.query<Array<Record<string, string>>>('SELECT calendar_token_hash, calendar_feed_nonce FROM person WHERE id = $1', [me.session.person.id]);
    expect(Object.values(stored!).join(' ')).not.toContain(new URL(first.url!).pathname.split('/').pop()!.replace('.ics', ''));

    const second = (await t.app.inject({ method: 'POST', url: '/api/me/calendar-feed', headers: me.auth })).json<CalendarFeed>();
    expect(second.url).not.toBe(first.url);
    expect(await state()).toEqual(second);
    expect((await t.app.inject({ url: new URL(first.url!).pathname })).statusCode).toBe(404);

    expect((await t.app.inject({ method: 'DELETE', url: '/api/me/calendar-feed', headers: me.auth })).statusCode).toBe(204);
    expect(await state()).toEqual({ active: false, url: null, createdAt: null });
    expect((await t.app.inject({ url: new URL(second.url!).pathname })).statusCode).toBe(404);
  });
});

describe('live registrations', () => {
  let t: TestApp;
  const sockets: Client[] = [];
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    sockets.forEach((s) => s.disconnect());
    await t.close();
  });

  const connect = async (s: Signed) => {
    const socket = await connectSocket(t.baseUrl, s.token);
    sockets.push(socket);
    return socket;
  };
  const watch = (socket: Client, exchangeId: string) => new Promise<unknown>((resolve) => socket.emit('exchange:watch', { exchangeId }, resolve));
  const collect = (socket: Client) => {
    const seen: ExchangeRegistrationsChanged[] = [];
    socket.on('exchange:registrations', (e) => seen.push(e));
    return seen;
  };
  const until = async (check: () => boolean) => {
    for (let i = 0; i < 40 && !check(); i++) await new Promise((r) => setTimeout(r, 50));
    expect(check()).toBe(true);
  };

  async function setting(over: Record<string, unknown> = {}) {
    const alliance = await makeAlliance(t.dataSource);
    const c = await signIn(t, (await makePerson(t.dataSource, { memberships: [{ allianceId: alliance.id, role: 'coordinator' }] })).email);
    const people = await Promise.all([0, 1, 2].map(async () => signIn(t, (await makePerson(t.dataSource, { memberships: [{ allianceId: alliance.id, role: 'member' }] })).email)));
    const exchange = (
      await t.app.inject({
        method: 'POST',
        url: '/api/exchanges',
        headers: c.auth,
        payload: { allianceId: alliance.id, type: 'webinar', title: 'Live', hostCountry: 'UZ', format: 'online', meetingUrl: 'https://meet.example.org/l', startsAt: '2027-04-01T08:00:00Z', endsAt: '2027-04-01T09:00:00Z', timezone: 'Asia/Tashkent', ...over },
      })
    ).json<ExchangeDetail>();
    return { c, people: people as [Signed, Signed, Signed], exchange };
  }
  const publish = (c: Signed, id: string) => t.app.inject({ method: 'PUT', url: `/api/exchanges/${id}/status`, headers: c.auth, payload: { status: 'published' } });
  const register = (s: Signed, id: string, answer: string) => t.app.inject({ method: 'PUT', url: `/api/exchanges/${id}/registration`, headers: s.auth, payload: { answer } });

  it('tells the open pages of an exchange who registered, declined and was promoted, and only those allowed to watch', async () => {
    const { c, people, exchange } = await setting({ capacity: 1 });
    const [ann, bob, cid] = people;
    const [organiserSocket, annSocket, cidSocket] = [await connect(c), await connect(ann), await connect(cid)];
    // A draft is the organiser's: the others may not watch it yet.
    expect(await watch(annSocket, exchange.id)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', event: 'exchange:watch' } });
    expect(await watch(annSocket, 'not-an-id')).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
    await publish(c, exchange.id);
    expect(await watch(organiserSocket, exchange.id)).toEqual({ ok: true, value: null });
    expect(await watch(annSocket, exchange.id)).toEqual({ ok: true, value: null });
    const [organiserSeen, annSeen, cidSeen] = [collect(organiserSocket), collect(annSocket), collect(cidSocket)];

    await register(ann, exchange.id, 'going');
    await register(bob, exchange.id, 'going');
    await until(() => organiserSeen.length === 2 && annSeen.length === 2);
    expect(organiserSeen[1]).toEqual({ exchangeId: exchange.id, changes: [{ personId: bob.session.person.id, status: 'waitlisted', reason: 'answered' }], counts: { going: 1, maybe: 0, waitlisted: 1, pending: 0 } });

    await register(ann, exchange.id, 'declined');
    await until(() => organiserSeen.length === 3 && annSeen.length === 3);
    expect(annSeen[2]).toEqual({
      exchangeId: exchange.id,
      changes: [
        { personId: ann.session.person.id, status: 'declined', reason: 'answered' },
        { personId: bob.session.person.id, status: 'going', reason: 'promoted' },
      ],
      counts: { going: 1, maybe: 0, waitlisted: 0, pending: 0 },
    });
    // Refused and rolled-back answers are not announced; nor is anything sent to sockets not watching.
    expect((await register(bob, exchange.id, 'going')).statusCode).toBe(409);
    await new Promise((r) => setTimeout(r, 200));
    expect(organiserSeen).toHaveLength(3);
    expect(cidSeen).toEqual([]);

    await new Promise((resolve) => annSocket.emit('exchange:unwatch', { exchangeId: exchange.id }, resolve));
    await register(cid, exchange.id, 'maybe');
    await until(() => organiserSeen.length === 4);
    await new Promise((r) => setTimeout(r, 200));
    expect(annSeen).toHaveLength(3);
  });

  it('announces approvals and refusals, and a refused or declining person stops receiving the exchange’s conversation', async () => {
    const { c, people, exchange } = await setting({ requiresApproval: true });
    const [ann, bob] = people;
    await publish(c, exchange.id);
    await register(ann, exchange.id, 'going');
    await register(bob, exchange.id, 'maybe');
    const conversation = (await t.app.inject({ url: `/api/exchanges/${exchange.id}/conversation`, headers: c.auth })).json<{ id: string }>();
    const [organiserSocket, annSocket, bobSocket] = [await connect(c), await connect(ann), await connect(bob)];
    await watch(organiserSocket, exchange.id);
    const seen = collect(organiserSocket);
    const join = (socket: Client) => new Promise<{ ok: boolean }>((resolve) => socket.emit('conversation:join', { conversationId: conversation.id }, resolve));
    expect(await join(organiserSocket)).toMatchObject({ ok: true });
    expect(await join(annSocket)).toMatchObject({ ok: true });
    expect(await join(bobSocket)).toMatchObject({ ok: true });
    const messages = (socket: Client) => {
      const bodies: string[] = [];
      socket.on('message:new', (m) => bodies.push(m.body));
      return bodies;
    };
    const [annMessages, bobMessages] = [messages(annSocket), messages(bobSocket)];
    const annRevoked = new Promise((resolve) => annSocket.on('conversation:revoked', resolve));
    const bobRevoked = new Promise((resolve) => bobSocket.on('conversation:revoked', resolve));
    const say = (body: string) => new Promise((resolve) => organiserSocket.emit('message:send', { conversationId: conversation.id, clientId: crypto.randomUUID(), body }, resolve));

    await say('before');
    await until(() => annMessages.length === 1 && bobMessages.length === 1);

    const refused = await t.app.inject({ method: 'PUT', url: `/api/exchanges/${exchange.id}/participants/${ann.session.person.id}/approval`, headers: c.auth, payload: { approve: false } });
    expect(refused.json()).toEqual({ status: 'declined' });
    expect(await annRevoked).toEqual({ conversationId: conversation.id });
    await register(bob, exchange.id, 'declined');
    expect(await bobRevoked).toEqual({ conversationId: conversation.id });
    await until(() => seen.length === 2);
    expect(seen.map((e) => e.changes[0])).toEqual([
      { personId: ann.session.person.id, status: 'declined', reason: 'refused' },
      { personId: bob.session.person.id, status: 'declined', reason: 'answered' },
    ]);

    await say('after');
    await new Promise((r) => setTimeout(r, 300));
    expect(annMessages).toEqual(['before']);
    expect(bobMessages).toEqual(['before']);
    expect(await join(annSocket)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('announces an approval that takes a seat', async () => {
    const { c, people, exchange } = await setting({ requiresApproval: true, capacity: 1 });
    const [ann] = people;
    await publish(c, exchange.id);
    const annSocket = await connect(ann);
    await watch(annSocket, exchange.id);
    const seen = collect(annSocket);
    await register(ann, exchange.id, 'going');
    await t.app.inject({ method: 'PUT', url: `/api/exchanges/${exchange.id}/participants/${ann.session.person.id}/approval`, headers: c.auth, payload: { approve: true } });
    await until(() => seen.length === 2);
    expect(seen.map((e) => [e.changes, e.counts.going, e.counts.pending])).toEqual([
      [[{ personId: ann.session.person.id, status: 'pending-approval', reason: 'answered' }], 0, 1],
      [[{ personId: ann.session.person.id, status: 'going', reason: 'approved' }], 1, 0],
    ]);
  });
});
