import type { AuthorisationRequestList, ErrorBody, LearningNeed, LearningResults, Match, MatchList, MatchProposal, UiLocale } from '@peerhub/contracts';
import { mailText } from '../src/mail/mail-messages';
import { awaitOutboxMails, makeAlliance, makePerson, outboxMails, signIn, type Signed } from './factories';
import { createTestApp, type TestApp } from './test-app';

/** After the match is proposed: authorisers, the learning plan, action plans, follow-up and results. */
describe('the P2P learning cycle after matching', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const post = (who: Signed, url: string, payload: unknown = {}) => t.app.inject({ method: 'POST', url, headers: who.auth, payload: payload as Record<string, unknown> });
  const put = (who: Signed, url: string, payload: unknown) => t.app.inject({ method: 'PUT', url, headers: who.auth, payload: payload as Record<string, unknown> });
  const patch = (who: Signed, url: string, payload: unknown) => t.app.inject({ method: 'PATCH', url, headers: who.auth, payload: payload as Record<string, unknown> });
  const get = (who: Signed, url: string) => t.app.inject({ url, headers: who.auth });

  /** A learning need of the learner's, open for matching. */
  async function openNeed(learner: Signed, allianceId: string, title: string): Promise<LearningNeed> {
    const need = (
      await post(learner, '/api/learning-needs', {
        allianceId,
        title,
        challenge: 'We are merging the front offices of 40 agencies into service centres.',
        topics: ['integrated-services'],
        outcomes: 'Design the service catalogue',
        formats: ['study-visit'],
        languages: ['ru'],
        timeFrom: '2027-03',
        timeTo: '2027-06',
      })
    ).json<LearningNeed>();
    await put(learner, `/api/learning-needs/${need.id}/status`, { status: 'open' });
    return need;
  }

  /** A learner whose manager must approve, an expert, their coordinator; a need proposed to the expert. */
  async function proposed(title = 'One-stop shops for public services', locales: { manager?: UiLocale; expert?: UiLocale } = {}) {
    const alliance = await makeAlliance(t.dataSource);
    const m = (role: 'coordinator' | 'expert' | 'member') => [{ allianceId: alliance.id, role }];
    const people = {
      coordinator: await makePerson(t.dataSource, { name: 'Daniyar', memberships: m('coordinator') }),
      learner: await makePerson(t.dataSource, { name: 'Dilnoza', country: 'UZ', timezone: 'Asia/Tashkent', memberships: m('member') }),
      manager: await makePerson(t.dataSource, { name: 'Jasur', country: 'UZ', locale: locales.manager ?? null, memberships: m('member') }),
      expert: await makePerson(t.dataSource, { name: 'Leyla', country: 'AZ', timezone: 'Asia/Baku', locale: locales.expert ?? null, expertiseTopics: ['integrated-services'], memberships: m('expert') }),
      other: await makePerson(t.dataSource, { name: 'Other', memberships: m('member') }),
    };
    const s = {
      coordinator: await signIn(t, people.coordinator.email),
      learner: await signIn(t, people.learner.email),
      manager: await signIn(t, people.manager.email),
      expert: await signIn(t, people.expert.email),
      other: await signIn(t, people.other.email),
    };
    expect((await put(s.learner, '/api/me/authoriser', { authoriserId: people.manager.id })).json()).toEqual({ authoriser: { personId: people.manager.id, name: 'Jasur', country: 'UZ' } });
    const need = await openNeed(s.learner, alliance.id, title);
    const proposal = (await post(s.coordinator, `/api/learning-needs/${need.id}/proposals`, { peerIds: [people.expert.id] })).json<MatchProposal>();
    return { alliance, people, s, need, proposal };
  }

  /** The same, with every answer and approval given: the match is open. */
  async function matched(title?: string, locales?: { manager?: UiLocale; expert?: UiLocale }) {
    const setting = await proposed(title, locales);
    const { s, proposal, people } = setting;
    await post(s.expert, `/api/match-proposals/${proposal.id}/answer`, { answer: 'accepted' });
    await post(s.learner, `/api/match-proposals/${proposal.id}/answer`, { answer: 'accepted' });
    const approved = await post(s.manager, `/api/match-proposals/${proposal.id}/authorisations/${people.learner.id}`, { decision: 'approved' });
    expect(approved.json<MatchProposal>().status).toBe('accepted');
    return setting;
  }

  it('names an authoriser only among the alliance’s people, never oneself', async () => {
    const { s, people } = await proposed();
    const self = await put(s.learner, '/api/me/authoriser', { authoriserId: people.learner.id });
    expect(self.statusCode).toBe(400);
    expect(self.json<ErrorBody>().error.issues).toEqual([{ path: 'authoriserId', message: 'You cannot authorise yourself: name your manager' }]);
    const stranger = await makePerson(t.dataSource, {});
    expect((await put(s.learner, '/api/me/authoriser', { authoriserId: stranger.id })).statusCode).toBe(400);
    expect((await get(s.learner, '/api/me/authoriser')).json()).toMatchObject({ authoriser: { name: 'Jasur' } });
  });

  it('waits for the learner’s authoriser before the match opens; a refusal needs a reason and ends the proposal', async () => {
    const { s, people, proposal } = await proposed();
    expect(proposal.parties.find((p) => p.side === 'learner')).toMatchObject({ authoriser: { name: 'Jasur' }, authorisation: 'pending' });
    expect(proposal.parties.find((p) => p.side === 'peer')).toMatchObject({ authoriser: null, authorisation: 'not-needed' });
    const asked = await t.dataSource.query<Array<{ recipient: string }>>(`SELECT recipient FROM mail_outbox WHERE kind = 'match-authorisation'`);
    expect(asked.map((m) => m.recipient)).toContain(people.manager.email);

    await post(s.expert, `/api/match-proposals/${proposal.id}/answer`, { answer: 'accepted' });
    const bothAccepted = (await post(s.learner, `/api/match-proposals/${proposal.id}/answer`, { answer: 'accepted' })).json<MatchProposal>();
    expect(bothAccepted.status).toBe('proposed');
    expect(bothAccepted.groupId).toBeNull();

    const waiting = (await get(s.manager, '/api/authorisations')).json<AuthorisationRequestList>();
    expect(waiting.items).toEqual([expect.objectContaining({ kind: 'match', id: proposal.id, person: expect.objectContaining({ name: 'Dilnoza' }), role: 'learner', status: 'pending' })]);
    const decide = (who: Signed, body: Record<string, unknown>) => post(who, `/api/match-proposals/${proposal.id}/authorisations/${people.learner.id}`, body);
    expect((await decide(s.coordinator, { decision: 'approved' })).statusCode).toBe(404);
    const noReason = await decide(s.manager, { decision: 'refused' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json<ErrorBody>().error.issues).toEqual([expect.objectContaining({ path: 'reason' })]);
    const refused = (await decide(s.manager, { decision: 'refused', reason: 'The reorganisation freezes travel until June' })).json<MatchProposal>();
    expect(refused.status).toBe('declined');
    expect(refused.parties[0]).toMatchObject({ authorisation: 'refused', authorisationReason: 'The reorganisation freezes travel until June' });
    const again = await decide(s.manager, { decision: 'approved' });
    expect(again.statusCode).toBe(409);
    expect(again.json<ErrorBody>().error.message).toBe('This proposal was already declined');
  });

  it('asks the authoriser to approve a registration for an exchange; a refusal frees the seat for the waitlist', async () => {
    const { alliance, s, people } = await proposed();
    const webinar = (
      await post(s.coordinator, '/api/exchanges', {
        allianceId: alliance.id,
        type: 'webinar',
        title: 'Service catalogues, one hour',
        hostCountry: 'UZ',
        format: 'online',
        meetingUrl: 'https://meet.example.org/catalogues',
        startsAt: '2027-04-06T06:00:00Z',
        endsAt: '2027-04-06T07:00:00Z',
        timezone: 'Asia/Tashkent',
        capacity: 1,
      })
    ).json<{ id: string }>();
    expect((await put(s.coordinator, `/api/exchanges/${webinar.id}/status`, { status: 'published' })).statusCode).toBe(200);
    // Dilnoza (whose manager must approve) takes the one seat; Leyla waits.
    expect((await put(s.learner, `/api/exchanges/${webinar.id}/registration`, { answer: 'going' })).json()).toMatchObject({ status: 'going' });
    expect((await put(s.expert, `/api/exchanges/${webinar.id}/registration`, { answer: 'going' })).json()).toMatchObject({ status: 'waitlisted' });
    const participants = (await get(s.coordinator, `/api/exchanges/${webinar.id}/participants`)).json<{ items: Array<{ name: string; authorisation: string }> }>();
    const byName = <T extends { name: string }>(items: T[]) => [...items].sort((a, b) => a.name.localeCompare(b.name));
    expect(byName(participants.items).map((p) => [p.name, p.authorisation])).toEqual([['Dilnoza', 'pending'], ['Leyla', 'not-needed']]);

    const waiting = (await get(s.manager, '/api/authorisations')).json<AuthorisationRequestList>();
    expect(waiting.items).toContainEqual(expect.objectContaining({ kind: 'exchange', id: webinar.id, title: 'Service catalogues, one hour', role: 'participant', status: 'pending' }));
    const decide = (who: Signed, body: Record<string, unknown>) => post(who, `/api/exchanges/${webinar.id}/authorisations/${people.learner.id}`, body);
    expect((await decide(s.coordinator, { decision: 'refused', reason: 'No' })).statusCode).toBe(404);
    expect((await decide(s.manager, { decision: 'refused' })).statusCode).toBe(400);
    expect((await decide(s.manager, { decision: 'refused', reason: 'Budget week: not this time' })).json()).toEqual({ status: 'declined' });
    const after = (await get(s.coordinator, `/api/exchanges/${webinar.id}/participants`)).json<{ items: Array<{ name: string; status: string; authorisation: string }> }>();
    expect(byName(after.items).map((p) => [p.name, p.status, p.authorisation])).toEqual([['Dilnoza', 'declined', 'refused'], ['Leyla', 'going', 'not-needed']]);
    const again = await decide(s.manager, { decision: 'approved' });
    expect(again.statusCode).toBe(409);
    expect(again.json<ErrorBody>().error.message).toBe('They no longer take part in this exchange');
  });

  it('keeps a learning plan: objectives, a timeline with who is responsible, self-assessments on a 1–5 scale', async () => {
    const { s, proposal, need, people } = await matched();
    const url = `/api/matches/${proposal.id}`;
    expect((await get(s.other, url)).statusCode).toBe(404);
    expect((await get(s.manager, url)).statusCode).toBe(200);

    const added = await post(s.learner, `${url}/objectives`, { text: 'Design a service catalogue for 40 agencies' });
    expect(added.statusCode).toBe(201);
    const objective = added.json<Match>().objectives[0]!;
    expect((await get(s.learner, `/api/learning-needs/${need.id}`)).json<LearningNeed>().status).toBe('in-progress');
    const elsewhere = await post(s.learner, `${url}/objectives`, { text: 'Tied to a session of another exchange', agendaItemId: '00000000-0000-4000-8000-000000000001' });
    expect(elsewhere.json<ErrorBody>().error.issues).toEqual([{ path: 'agendaItemId', message: "Choose a session of this match's exchange" }]);

    const assess = (who: Signed, phase: string, body: unknown) => put(who, `${url}/objectives/${objective.id}/assessments/${phase}`, body);
    for (const score of [0, 6, 2.5]) {
      const bad = await assess(s.learner, 'before', { score });
      expect(bad.statusCode).toBe(400);
      expect(bad.json<ErrorBody>().error.issues?.[0]?.path).toBe('score');
    }
    expect((await assess(s.coordinator, 'before', { score: 3 })).statusCode).toBe(403);
    await assess(s.learner, 'before', { score: 2, note: 'We have a list, not a catalogue' });
    const after = (await assess(s.learner, 'after', { score: 4 })).json<Match>();
    expect(after.objectives[0]!.assessments.map((a) => [a.phase, a.score])).toEqual(expect.arrayContaining([['before', 2], ['after', 4]]));

    const outsider = await post(s.learner, `${url}/activities`, { title: 'Send the catalogue draft', dueDate: '2027-04-15', responsibleId: people.other.id });
    expect(outsider.json<ErrorBody>().error.issues).toEqual([{ path: 'responsibleId', message: 'The person responsible must be the learner or one of the peers' }]);
    const step = (await post(s.expert, `${url}/activities`, { title: 'Share the ASAN catalogue', dueDate: '2027-03-10', responsibleId: people.expert.id })).json<Match>().activities[0]!;
    expect((await patch(s.expert, `${url}/activities/${step.id}`, { done: true })).json<Match>().activities[0]).toMatchObject({ done: true, responsible: { name: 'Leyla' } });
  });

  it('keeps action plans with owners and statuses, schedules the 1-, 3- and 6-month check-ins, and flags quiet peers', async () => {
    const { s, proposal, people } = await matched();
    const url = `/api/matches/${proposal.id}/commitments`;
    const ownerless = await post(s.learner, url, { text: 'Publish the service catalogue', dueDate: '2027-09-01' });
    expect(ownerless.statusCode).toBe(400);
    expect(ownerless.json<ErrorBody>().error.issues).toEqual([expect.objectContaining({ path: 'owner', message: 'Name who owns the commitment' })]);
    const match = (await post(s.learner, url, { text: 'Publish the service catalogue', owner: 'Service design unit', dueDate: '2027-09-01' })).json<Match>();
    const commitment = match.commitments[0]!;
    expect(commitment).toMatchObject({ status: 'planned', owner: 'Service design unit', author: { name: 'Dilnoza' } });
    const jobs = await t.dataSource.query<Array<{ singleton_key: string }>>(`SELECT singleton_key FROM pgboss.job WHERE name = 'action-plan-check-in' AND data->>'matchId' = $1 ORDER BY start_after`, [proposal.id]);
    expect(jobs.map((j) => j.singleton_key)).toEqual([1, 3, 6].map((m) => `${proposal.id}:${people.learner.id}:${m}`));

    expect((await patch(s.expert, `${url}/${commitment.id}`, { status: 'done' })).statusCode).toBe(403);
    const updated = (await patch(s.learner, `${url}/${commitment.id}`, { status: 'in-progress', sharedForward: 'Presented to the deputy minister' })).json<Match>();
    expect(updated.commitments[0]).toMatchObject({ status: 'in-progress', sharedForward: 'Presented to the deputy minister' });

    // Forty days on, the expert has done nothing since accepting: the coordinator is told.
    await t.dataSource.query(`UPDATE match_proposal SET decided_at = now() - interval '40 days' WHERE id = $1`, [proposal.id]);
    await t.dataSource.query(`UPDATE match_party SET answered_at = now() - interval '40 days' WHERE proposal_id = $1`, [proposal.id]);
    const members = (await get(s.coordinator, `/api/matches/${proposal.id}`)).json<Match>().members;
    expect(members.map((m) => [m.name, m.quiet])).toEqual([['Dilnoza', false], ['Leyla', true]]);
  });

  it('lists a person’s matches, the latest first, each with its own plan, and nobody else’s', async () => {
    const { s, proposal, people, alliance } = await matched('Open data portals');
    const need = await openNeed(s.learner, alliance.id, 'E-participation');
    const later = (await post(s.coordinator, `/api/learning-needs/${need.id}/proposals`, { peerIds: [people.expert.id] })).json<MatchProposal>();
    await post(s.expert, `/api/match-proposals/${later.id}/answer`, { answer: 'accepted' });
    await post(s.learner, `/api/match-proposals/${later.id}/answer`, { answer: 'accepted' });
    await post(s.manager, `/api/match-proposals/${later.id}/authorisations/${people.learner.id}`, { decision: 'approved' });
    await post(s.learner, `/api/matches/${proposal.id}/objectives`, { text: 'Publish the first datasets' });
    await post(s.learner, `/api/matches/${later.id}/commitments`, { text: 'Run a consultation', owner: 'Policy unit', dueDate: '2027-09-01' });

    const list = (await get(s.learner, '/api/matches')).json<MatchList>().items;
    expect(list.map((m) => [m.needTitle, m.objectives.map((o) => o.text), m.commitments.map((c) => c.text), m.members.map((x) => x.name)])).toEqual([
      ['E-participation', [], ['Run a consultation'], ['Dilnoza', 'Leyla']],
      ['Open data portals', ['Publish the first datasets'], [], ['Dilnoza', 'Leyla']],
    ]);
    expect(list[1]!.members[0]!.lastActiveAt).not.toBeNull();
    expect((await get(s.coordinator, '/api/matches')).json<MatchList>().items.map((m) => m.id)).toEqual([later.id, proposal.id]);
    expect((await get(s.other, '/api/matches')).json<MatchList>().items).toEqual([]);
  });

  it('closes the match: the need is closed, the plan read-only, the report mailed to the authoriser', async () => {
    const { s, proposal, need, people } = await matched();
    expect((await post(s.expert, `/api/matches/${proposal.id}/close`)).statusCode).toBe(403);
    const closed = (await post(s.learner, `/api/matches/${proposal.id}/close`)).json<Match>();
    expect(closed.status).toBe('closed');
    expect((await get(s.learner, `/api/learning-needs/${need.id}`)).json<LearningNeed>().status).toBe('closed');
    const late = await post(s.learner, `/api/matches/${proposal.id}/objectives`, { text: 'One more objective' });
    expect(late.statusCode).toBe(409);
    expect(late.json<ErrorBody>().error.message).toBe('This match is closed');
    const [report] = await t.dataSource.query<Array<{ recipient: string; text: string }>>(`SELECT recipient, text FROM mail_outbox WHERE kind = 'learning-report' ORDER BY created_at DESC LIMIT 1`);
    expect(report?.recipient).toBe(people.manager.email);
    expect(report?.text).toContain('Learning report: One-stop shops for public services');
  });

  it('writes each match mail and the learning report in its recipient’s language', async () => {
    const { s, proposal, need, people } = await matched(undefined, { manager: 'ru', expert: 'kk' });
    // The parties hear of the match through the notification centre, mailed by its job in each one's language.
    const title = 'One-stop shops for public services';

    const [proposedToLearner] = await awaitOutboxMails(t.dataSource, people.learner.email, 'match-proposed');
    expect(proposedToLearner!.subject).toBe(`A peer-learning match is proposed: ${title}`);
    const [proposedToExpert] = await awaitOutboxMails(t.dataSource, people.expert.email, 'match-proposed');
    expect(proposedToExpert!.subject).toBe(mailText('kk', 'notification.match-proposal.subject', { what: 'proposed', title }));
    expect(proposedToExpert!.subject).not.toBe(proposedToLearner!.subject);
    expect(proposedToExpert!.text).toContain(mailText('kk', 'notification.match-proposal.text', { what: 'proposed', title }));
    expect(proposedToExpert!.text).toContain(`http://peerhub.test/learning/${need.id}`);
    const [agreed] = await awaitOutboxMails(t.dataSource, people.expert.email, 'match-accepted');
    expect(agreed!.subject).toBe(mailText('kk', 'notification.match-proposal.subject', { what: 'accepted', title }));

    const [asked] = await outboxMails(t.dataSource, people.manager.email, 'match-authorisation');
    expect(asked!.subject).toBe('Согласование участия во взаимном обучении: Dilnoza');
    expect(asked!.text).toBe(
      'Здравствуйте, Jasur!\n\nВы указаны в качестве руководителя, согласующего участие во взаимном обучении. Участник: Dilnoza. Тема: «One-stop shops for public services». Согласуйте участие или откажите, указав причину:\n\nhttp://peerhub.test/learning/authorisations\n\nОтправлено Peerhub — платформой взаимного обучения Астанинского хаба государственной службы.',
    );

    await post(s.learner, `/api/matches/${proposal.id}/commitments`, { text: 'Publish the catalogue', owner: 'Service design unit', dueDate: '2027-09-01' });
    await post(s.learner, `/api/matches/${proposal.id}/close`);
    const [report] = await outboxMails(t.dataSource, people.manager.email, 'learning-report');
    expect(report!.subject).toBe('Отчёт о результатах обучения: «One-stop shops for public services»');
    expect(report!.text).toContain('Dilnoza (обучающийся)');
    expect(report!.text).toContain('Leyla (коллега)');
    expect(report!.text).toContain('- Publish the catalogue — Service design unit, срок до 1 сентября 2027 г.: запланировано');
    expect(report!.text).toContain(`Отчёт для печати: http://peerhub.test/learning/matches/${proposal.id}/report`);
  });

  it('reports the results to coordinators, with each table as CSV that spreadsheets cannot execute', async () => {
    const { s, proposal, alliance } = await matched('=HYPERLINK("http://evil.example","click")');
    const url = `/api/matches/${proposal.id}`;
    const objective = (await post(s.learner, `${url}/objectives`, { text: 'Design a service catalogue' })).json<Match>().objectives[0]!;
    await put(s.learner, `${url}/objectives/${objective.id}/assessments/before`, { score: 2 });
    await put(s.learner, `${url}/objectives/${objective.id}/assessments/after`, { score: 5 });
    const c = (await post(s.learner, `${url}/commitments`, { text: 'Publish the catalogue', owner: 'Service design unit', dueDate: '2027-09-01' })).json<Match>().commitments[0]!;
    await post(s.learner, `${url}/commitments`, { text: 'Train the front office', owner: 'HR', dueDate: '2027-10-01' });
    await patch(s.learner, `${url}/commitments/${c.id}`, { status: 'done' });

    expect((await get(s.learner, `/api/alliances/${alliance.id}/learning-results`)).statusCode).toBe(403);
    const results = (await get(s.coordinator, `/api/alliances/${alliance.id}/learning-results`)).json<LearningResults>();
    expect(results).toMatchObject({
      needsByTopic: [{ key: 'integrated-services', count: 1 }],
      needsByCountry: [{ key: 'UZ', count: 1 }],
      proposals: { proposed: 0, accepted: 1, declined: 0, expired: 0 },
      gains: [expect.objectContaining({ objective: 'Design a service catalogue', before: 2, after: 5, gain: 3, people: 1 })],
      actionPlans: { planned: 1, inProgress: 0, done: 1, dropped: 0, completion: 0.5 },
    });
    const csv = await get(s.coordinator, `/api/alliances/${alliance.id}/learning-results/gains.csv`);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.headers['content-disposition']).toBe('attachment; filename="learning-gains.csv"');
    const [header, row] = csv.body.trim().split('\r\n');
    expect(header).toBe('need,objective,before,after,gain,people');
    expect(row).toMatch(/^"'=HYPERLINK/);
    expect((await get(s.coordinator, `/api/alliances/${alliance.id}/learning-results/nonsense.csv`)).statusCode).toBe(400);
  });
});
