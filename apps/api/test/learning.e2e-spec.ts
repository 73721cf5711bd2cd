import type { ErrorBody, ExchangeDetail, GroupDetail, LearningNeed, LearningNeedPage, MatchProposal, MatchSuggestions } from '@peerhub/contracts';
import { DEMO_PASSWORD } from '../src/database/seeds/demo-data';
import { seedDemo } from '../src/database/seeds/demo-seed';
import { makeAlliance, makePerson, signIn, type Signed } from './factories';
import { createTestApp, createTestAppOn, createTestDatabase, type TestApp } from './test-app';

describe('the P2P learning cycle: needs, explainable matching, proposals', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ JOBS_POLL_SECONDS: '0.5' });
  });
  afterAll(() => t.close());

  /** An alliance with a coordinator, a learner in Tashkent, two experts and a bystander. */
  async function setting() {
    const alliance = await makeAlliance(t.dataSource);
    const m = (role: 'coordinator' | 'expert' | 'member') => [{ allianceId: alliance.id, role }];
    const people = {
      coordinator: await makePerson(t.dataSource, { name: 'Daniyar', memberships: m('coordinator') }),
      learner: await makePerson(t.dataSource, { name: 'Dilnoza', country: 'UZ', timezone: 'Asia/Tashkent', languages: ['uz', 'ru'], memberships: m('member') }),
      leyla: await makePerson(t.dataSource, { name: 'Leyla', country: 'AZ', timezone: 'Asia/Baku', languages: ['az', 'ru', 'en'], expertiseTopics: ['integrated-services'], memberships: m('expert') }),
      kadri: await makePerson(t.dataSource, { name: 'Kadri', country: 'EE', timezone: 'Europe/Tallinn', languages: ['et', 'en'], expertiseTopics: ['open-data'], memberships: m('expert') }),
      busy: await makePerson(t.dataSource, { name: 'Busy', country: 'GE', timezone: 'Asia/Tbilisi', languages: ['ru'], expertiseTopics: ['integrated-services'], availability: 'unavailable', memberships: m('expert') }),
      bystander: await makePerson(t.dataSource, { name: 'Bystander', memberships: m('member') }),
    };
    const s: Record<keyof typeof people, Signed> = {
      coordinator: await signIn(t, people.coordinator.email),
      learner: await signIn(t, people.learner.email),
      leyla: await signIn(t, people.leyla.email),
      kadri: await signIn(t, people.kadri.email),
      busy: await signIn(t, people.busy.email),
      bystander: await signIn(t, people.bystander.email),
    };
    return { alliance, people, s };
  }

  const needBody = (allianceId: string, over: Record<string, unknown> = {}) => ({
    allianceId,
    title: 'One-stop shops for public services',
    challenge: 'We are merging 40 agencies’ front offices into service centres and need to learn how others did it.',
    topics: ['integrated-services'],
    outcomes: 'Design the service catalogue\nPlan the staff training',
    formats: ['study-visit'],
    languages: ['ru'],
    timeFrom: '2027-03',
    timeTo: '2027-06',
    ...over,
  });

  const post = (who: Signed, url: string, payload: unknown) => t.app.inject({ method: 'POST', url, headers: who.auth, payload: payload as Record<string, unknown> });
  const get = (who: Signed, url: string) => t.app.inject({ url, headers: who.auth });

  async function postedNeed(s: Awaited<ReturnType<typeof setting>>['s'], allianceId: string): Promise<LearningNeed> {
    const created = await post(s.learner, '/api/learning-needs', needBody(allianceId));
    expect(created.statusCode).toBe(201);
    const need = created.json<LearningNeed>();
    const opened = await t.app.inject({ method: 'PUT', url: `/api/learning-needs/${need.id}/status`, headers: s.learner.auth, payload: { status: 'open' } });
    expect(opened.json<LearningNeed>().status).toBe('open');
    return opened.json<LearningNeed>();
  }

  it('refuses a need that makes no sense, naming the field, and saves nothing', async () => {
    const { alliance, s } = await setting();
    const backwards = await post(s.learner, '/api/learning-needs', needBody(alliance.id, { timeFrom: '2027-06', timeTo: '2027-03' }));
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json<ErrorBody>().error.issues).toEqual([expect.objectContaining({ path: 'timeTo', message: 'The time frame must end after it starts' })]);
    const noTopic = await post(s.learner, '/api/learning-needs', needBody(alliance.id, { topics: [] }));
    expect(noTopic.json<ErrorBody>().error.message).toMatch(/topics: Pick at least one topic/);
    const outsider = await makePerson(t.dataSource, {});
    const elsewhere = await post(await signIn(t, outsider.email), '/api/learning-needs', needBody(alliance.id));
    expect(elsewhere.statusCode).toBe(403);
    expect(elsewhere.json<ErrorBody>().error.message).toBe('Join the alliance to post a learning need');
    expect((await get(s.learner, '/api/learning-needs?mine=true')).json<LearningNeedPage>().total).toBe(0);
  });

  it('records the language a need is written in and finds it by the stem of a word, in that language', async () => {
    const { alliance, s } = await setting();
    const russian = await post(s.learner, '/api/learning-needs', needBody(alliance.id, {
      language: 'ru',
      title: 'Центры обслуживания населения',
      challenge: 'Мы объединяем приёмные сорока ведомств в единые центры и хотим узнать, как это сделали другие.',
      outcomes: 'Составить каталог государственных услуг',
    }));
    expect(russian.statusCode).toBe(201);
    expect(russian.json<LearningNeed>().language).toBe('ru');
    const english = await post(s.learner, '/api/learning-needs', needBody(alliance.id));
    expect(english.json<LearningNeed>().language).toBe('en');
    const found = (q: string, extra = '') => get(s.learner, `/api/learning-needs?mine=true&q=${encodeURIComponent(q)}${extra}`).then((r) => r.json<LearningNeedPage>().items.map((n) => n.title));
    // "центр" (nominative singular) finds "центры"/"центров" only through the Russian stemmer; "shop" finds "shops" through the English one.
    expect(await found('центр')).toEqual(['Центры обслуживания населения']);
    expect(await found('услугами')).toEqual(['Центры обслуживания населения']);
    expect(await found('shop')).toEqual(['One-stop shops for public services']);
    expect(await found('shop', '&language=ru')).toEqual([]);
    const unknown = await get(s.learner, '/api/learning-needs?language=xx');
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json<ErrorBody>().error.message).toMatch(/language/);
  });

  it('shows a need to its author and the coordinators only, until a peer is proposed for it', async () => {
    const { alliance, s } = await setting();
    const need = await postedNeed(s, alliance.id);
    expect(need).toMatchObject({ author: { name: 'Dilnoza', country: 'UZ' }, allianceId: alliance.id, proposals: 0 });
    expect((await get(s.coordinator, `/api/learning-needs?allianceId=${alliance.id}`)).json<LearningNeedPage>().items.map((n) => n.id)).toEqual([need.id]);
    expect((await get(s.bystander, `/api/learning-needs/${need.id}`)).statusCode).toBe(404);
    expect((await get(s.bystander, '/api/learning-needs')).json<LearningNeedPage>().total).toBe(0);
    expect((await get(s.leyla, `/api/learning-needs/${need.id}/suggestions`)).statusCode).toBe(404);
  });

  it('ranks peers with reasons, leaves out the author and the unavailable, and suggests case studies', async () => {
    const { alliance, s, people } = await setting();
    await t.dataSource.query(
      `INSERT INTO case_study (author_id, title, summary, country, topics, stage, language, visibility, status, published_at)
       VALUES ($1, 'ASAN service halls', 'How Azerbaijan opened one-stop shops', 'AZ', '{integrated-services}', 'scaled', 'ru', 'everyone', 'published', now())`,
      [people.leyla.id],
    );
    const need = await postedNeed(s, alliance.id);
    const suggestions = (await get(s.coordinator, `/api/learning-needs/${need.id}/suggestions`)).json<MatchSuggestions>();
    expect(suggestions.peers.map((p) => p.name)).toEqual(['Leyla']);
    expect(suggestions.peers[0]!.reasons.map((r) => r.text)).toEqual(['works on integrated services', 'wrote the case study “ASAN service halls”', 'speaks Russian', '1 h apart', 'available for new matches']);
    expect(suggestions.caseStudies.map((c) => [c.title, c.reasons.map((r) => r.text)])).toEqual([['ASAN service halls', ['about integrated services', 'written in Russian', 'what Azerbaijan did']]]);
    // Kadri gains the topic: she is suggested too, below Leyla (no Russian, farther away, no case study).
    // Coordinators broker matches; they are never suggested, whatever their expertise.
    await t.dataSource.query(`UPDATE person SET expertise_topics = '{integrated-services}' WHERE id = ANY($1)`, [[people.kadri.id, people.coordinator.id]]);
    const again = (await get(s.coordinator, `/api/learning-needs/${need.id}/suggestions`)).json<MatchSuggestions>();
    expect(again.peers.map((p) => p.name)).toEqual(['Leyla', 'Kadri']);
    expect(again.peers.map((p) => p.name)).not.toContain('Busy');
  });

  it('brokers a match: proposal, answers, then a peer group and a draft exchange pre-filled from the need', async () => {
    const { alliance, s, people } = await setting();
    const need = await postedNeed(s, alliance.id);
    const url = `/api/learning-needs/${need.id}/proposals`;

    const self = await post(s.coordinator, url, { peerIds: [people.learner.id] });
    expect(self.statusCode).toBe(400);
    expect(self.json<ErrorBody>().error.issues).toEqual([{ path: 'peerIds', message: 'A learning need cannot be matched with its own author' }]);
    expect((await post(s.learner, url, { peerIds: [people.leyla.id] })).statusCode).toBe(403);

    const proposed = await post(s.coordinator, url, { peerIds: [people.leyla.id], message: 'Leyla ran the ASAN halls.' });
    expect(proposed.statusCode).toBe(201);
    const proposal = proposed.json<MatchProposal>();
    expect(proposal.parties.map((p) => [p.name, p.side, p.answer])).toEqual([['Dilnoza', 'learner', 'pending'], ['Leyla', 'peer', 'pending']]);
    // The peer may now read the need; a bystander still may not read either.
    expect((await get(s.leyla, `/api/learning-needs/${need.id}`)).statusCode).toBe(200);
    expect((await get(s.bystander, `/api/match-proposals/${proposal.id}`)).statusCode).toBe(404);
    expect((await get(s.leyla, '/api/match-proposals')).json<{ items: MatchProposal[] }>().items.map((p) => p.id)).toEqual([proposal.id]);
    // Mailed by the notification centre's job, a moment after the answer.
    const proposedMails = () => t.dataSource.query<Array<{ recipient: string }>>(`SELECT recipient FROM mail_outbox WHERE kind = 'match-proposed'`);
    for (let i = 0; i < 60 && (await proposedMails()).length < 2; i++) await new Promise((r) => setTimeout(r, 250));
    const mails = await proposedMails();
    expect(mails.map((m) => m.recipient).sort()).toEqual([people.learner.email, people.leyla.email].sort());

    const answer = (who: Signed, body: Record<string, unknown>) => post(who, `/api/match-proposals/${proposal.id}/answer`, body);
    const noReason = await answer(s.leyla, { answer: 'declined' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json<ErrorBody>().error.issues).toEqual([expect.objectContaining({ path: 'reason' })]);
    const notParty = await answer(s.coordinator, { answer: 'accepted' });
    expect(notParty.statusCode).toBe(403);
    expect(notParty.json<ErrorBody>().error.message).toBe('Only the learner and the proposed peers answer a proposal');
    expect((await answer(s.bystander, { answer: 'accepted' })).statusCode).toBe(404);

    expect((await answer(s.leyla, { answer: 'accepted' })).json<MatchProposal>().status).toBe('proposed');
    const twice = await answer(s.leyla, { answer: 'accepted' });
    expect(twice.statusCode).toBe(409);
    expect(twice.json<ErrorBody>().error.message).toBe('You have already answered this proposal');
    const done = (await answer(s.learner, { answer: 'accepted' })).json<MatchProposal>();
    expect(done.status).toBe('accepted');
    expect(done.groupId).toEqual(expect.any(String));
    expect(done.exchangeId).toEqual(expect.any(String));

    const group = (await get(s.learner, `/api/groups/${done.groupId}`)).json<GroupDetail>();
    expect(group).toMatchObject({ name: 'Match: One-stop shops for public services', visibility: 'invite-only', standing: 'lead', memberCount: 2 });
    const exchange = (await get(s.coordinator, `/api/exchanges/${done.exchangeId}`)).json<ExchangeDetail>();
    expect(exchange).toMatchObject({ status: 'draft', type: 'study-visit', hostCountry: 'AZ', timezone: 'Asia/Baku', learningObjectives: ['Design the service catalogue', 'Plan the staff training'] });
    // The first weekday of the time frame (Monday 1 March 2027), 10:00 in Baku.
    expect(exchange.startsAt).toBe('2027-03-01T06:00:00.000Z');
    expect((await get(s.learner, `/api/learning-needs/${need.id}`)).json<LearningNeed>()).toMatchObject({ status: 'matched', proposals: 1 });
    const repost = await t.app.inject({ method: 'PUT', url: `/api/learning-needs/${need.id}/status`, headers: s.learner.auth, payload: { status: 'open' } });
    expect(repost.statusCode).toBe(409);
    expect(repost.json<ErrorBody>().error.message).toBe('This learning need is already matched: it cannot be posted again');
    // The draft is visible to the parties (invited), not to a bystander.
    expect((await get(s.leyla, `/api/exchanges/${done.exchangeId}`)).statusCode).toBe(200);
    expect((await get(s.bystander, `/api/exchanges/${done.exchangeId}`)).statusCode).toBe(404);
  });

  it('refuses answers to an expired proposal and records a decline with its reason', async () => {
    const { alliance, s, people } = await setting();
    const need = await postedNeed(s, alliance.id);
    const first = (await post(s.coordinator, `/api/learning-needs/${need.id}/proposals`, { peerIds: [people.leyla.id] })).json<MatchProposal>();
    await t.dataSource.query(`UPDATE match_proposal SET expires_at = now() - interval '1 day' WHERE id = $1`, [first.id]);
    const late = await post(s.leyla, `/api/match-proposals/${first.id}/answer`, { answer: 'accepted' });
    expect(late.statusCode).toBe(409);
    expect(late.json<ErrorBody>().error.message).toBe('This proposal has expired: ask the coordinator for a new one');
    expect((await get(s.leyla, `/api/match-proposals/${first.id}`)).json<MatchProposal>().status).toBe('expired');

    const second = (await post(s.coordinator, `/api/learning-needs/${need.id}/proposals`, { peerIds: [people.kadri.id] })).json<MatchProposal>();
    const declined = (await post(s.kadri, `/api/match-proposals/${second.id}/answer`, { answer: 'declined', reason: 'Open data is my field, not service centres' })).json<MatchProposal>();
    expect(declined.status).toBe('declined');
    expect(declined.parties.find((p) => p.name === 'Kadri')).toMatchObject({ answer: 'declined', reason: 'Open data is my field, not service centres' });
    expect((await post(s.learner, `/api/match-proposals/${second.id}/answer`, { answer: 'accepted' })).statusCode).toBe(409);
    expect((await get(s.learner, `/api/learning-needs/${need.id}`)).json<LearningNeed>().status).toBe('open');
  });

  it('seeds a demo of the cycle: an open need waiting for answers, a draft, and a ranking that puts the Estonian expert first', async () => {
    const database = await createTestDatabase();
    expect(await seedDemo(database.url)).toBe(true);
    const demo = await createTestAppOn(database.url);
    try {
      const as = (email: string) => signIn(demo, `${email}@demo.peerhub.test`, DEMO_PASSWORD);
      const [member, expert, coordinator] = [await as('member'), await as('expert'), await as('coordinator')];
      const inject = (who: Signed, url: string, payload?: Record<string, unknown>) =>
        demo.app.inject({ method: payload ? 'POST' : 'GET', url, headers: who.auth, ...(payload ? { payload } : {}) });

      const mine = (await inject(member, '/api/learning-needs?mine=true')).json<LearningNeedPage>();
      expect(mine.items.map((n) => n.status).sort()).toEqual(['draft', 'open']);
      const waiting = (await inject(expert, '/api/match-proposals')).json<{ items: MatchProposal[] }>().items;
      expect(waiting).toHaveLength(1);
      expect(waiting[0]!.parties.map((p) => [p.name, p.answer])).toEqual(
        expect.arrayContaining([
          ['Dilnoza Rakhimova', 'pending'],
          ['Kadri Tamm', 'pending'],
          ['Yerlan Omarov', 'pending'],
        ]),
      );
      expect((await inject(coordinator, '/api/learning-needs?status=open')).json<LearningNeedPage>().total).toBe(2);

      // The browser journey's need: Kadri (both topics, Russian and English, available) ranks first; Claire (unavailable) never shows.
      const need = (await inject(member, '/api/learning-needs', needBody(mine.items[0]!.allianceId, { topics: ['integrated-services', 'open-data'], languages: ['ru', 'en'] }))).json<LearningNeed>();
      await demo.app.inject({ method: 'PUT', url: `/api/learning-needs/${need.id}/status`, headers: member.auth, payload: { status: 'open' } });
      const { peers } = (await inject(coordinator, `/api/learning-needs/${need.id}/suggestions`)).json<MatchSuggestions>();
      expect(peers[0]).toMatchObject({ name: 'Kadri Tamm', country: 'EE' });
      expect(peers.map((p) => p.name)).not.toContain('Claire Dubois');
    } finally {
      await demo.close();
      await database.drop();
    }
  });
});
