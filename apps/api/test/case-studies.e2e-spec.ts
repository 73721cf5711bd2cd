import type { CaseStudyAttachment, CaseStudyComment, CaseStudyCommentList, CaseStudyCommentRemoved, CaseStudyDetail, CaseStudyDiff, CaseStudyPage, CaseStudyVersion, CaseStudyVersionList, ErrorBody, RealtimeError } from '@peerhub/contracts';
import { makeAlliance, makePerson, signIn, type Signed } from './factories';
import { connectSocket, type Client } from './sockets';
import { createTestApp, type TestApp } from './test-app';

// The smallest valid PNG (1×1 pixel) and the start of a PDF: file-type knows both by their first bytes.
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082', 'hex');
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const SVG = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
const HTML = Buffer.from('<!doctype html><html><body><script>alert(1)</script></body></html>');

describe('case studies', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const write = (s: Signed, body: object) => t.app.inject({ method: 'POST', url: '/api/case-studies', headers: s.auth, payload: body });
  const publish = (s: Signed, id: string) => t.app.inject({ method: 'PUT', url: `/api/case-studies/${id}/status`, headers: s.auth, payload: { status: 'published' } });
  const search = (s: Signed, query: string) => t.app.inject({ url: `/api/case-studies?${query}`, headers: s.auth }).then((r) => r.json<CaseStudyPage>());

  async function library() {
    const alliance = await makeAlliance(t.dataSource);
    const other = await makeAlliance(t.dataSource);
    const coordinator = await makePerson(t.dataSource, { memberships: [{ allianceId: alliance.id, role: 'coordinator' }] });
    const s = {
      author: await signIn(t, (await makePerson(t.dataSource, { memberships: [{ allianceId: alliance.id, role: 'expert' }] })).email),
      member: await signIn(t, (await makePerson(t.dataSource, { memberships: [{ allianceId: alliance.id, role: 'member' }] })).email),
      stranger: await signIn(t, (await makePerson(t.dataSource, { memberships: [{ allianceId: other.id, role: 'member' }] })).email),
      coordinator: await signIn(t, coordinator.email),
    };
    const group = (
      await t.app.inject({ method: 'POST', url: `/api/alliances/${alliance.id}/groups`, headers: s.coordinator.auth, payload: { name: 'Portals', topics: ['open-data'], purpose: 'Open data portals in practice.', visibility: 'open' } })
    ).json<{ id: string }>();
    await t.app.inject({ method: 'POST', url: `/api/groups/${group.id}/join`, headers: s.author.auth });
    const base = { country: 'KZ', topics: ['open-data'], stage: 'implemented', year: 2019 };
    const english = (await write(s.author, { ...base, language: 'en', title: 'The national open data portal', summary: 'How Kazakhstan opened its budget data through one portal.', body: 'Ministries publish datasets; developers build applications on them.' })).json<CaseStudyDetail>();
    const russian = (await write(s.author, { ...base, language: 'ru', title: 'Портал открытых данных', summary: 'Как министерства публикуют наборы данных на едином портале.', body: 'Разработчики создают приложения на основе опубликованных данных.' })).json<CaseStudyDetail>();
    const groupOnly = (await write(s.author, { ...base, language: 'en', title: 'Lessons from our pilot portals', summary: 'Internal notes for the portals group only.', visibility: 'group', allianceId: alliance.id, groupId: group.id })).json<CaseStudyDetail>();
    const draft = (await write(s.author, { ...base, language: 'en', title: 'A draft about portals', summary: 'Not ready to be read by anyone else.' })).json<CaseStudyDetail>();
    for (const c of [english, russian, groupOnly]) await publish(s.author, c.id);
    return { alliance, s, english, russian, groupOnly, draft };
  }

  it('shows a group-only case study to the group and the alliance coordinators, 404 to everyone else; drafts to their author', async () => {
    const { s, groupOnly, draft } = await library();
    expect((await t.app.inject({ url: `/api/case-studies/${groupOnly.id}`, headers: s.author.auth })).statusCode).toBe(200);
    expect((await t.app.inject({ url: `/api/case-studies/${groupOnly.id}`, headers: s.coordinator.auth })).statusCode).toBe(200);
    expect((await t.app.inject({ url: `/api/case-studies/${groupOnly.id}`, headers: s.member.auth })).statusCode).toBe(404);
    expect((await t.app.inject({ url: `/api/case-studies/${groupOnly.id}`, headers: s.stranger.auth })).statusCode).toBe(404);
    expect((await t.app.inject({ url: `/api/case-studies/${draft.id}`, headers: s.member.auth })).statusCode).toBe(404);
    const edit = await t.app.inject({ method: 'PATCH', url: `/api/case-studies/${groupOnly.id}`, headers: s.coordinator.auth, payload: { title: 'Rewritten by someone else' } });
    expect(edit.statusCode).toBe(403);
  });

  it('finds English and Russian texts by their stems, highlights the matches, and never shows what is not shared', async () => {
    const { s, english, russian, groupOnly } = await library();
    // Earlier tests in this file add their own copies: look only at this library's case studies.
    const mine = (page: CaseStudyPage) => page.items.map((i) => i.id).filter((id) => [english.id, russian.id, groupOnly.id].includes(id));
    const portalsEn = await search(s.member, 'q=portals&country=KZ&pageSize=100');
    expect(mine(portalsEn)).toEqual([english.id]);
    expect(portalsEn.items.find((i) => i.id === english.id)!.highlight).toContain('«portal»');
    const ru = await search(s.member, `q=${encodeURIComponent('порталы данные')}&pageSize=100`);
    expect(mine(ru)).toEqual([russian.id]);
    expect(ru.items.find((i) => i.id === russian.id)!.highlight).toMatch(/«данн/);
    expect(mine(await search(s.author, 'q=portals&pageSize=100')).sort()).toEqual([english.id, groupOnly.id].sort());
    expect(mine(await search(s.stranger, 'q=portals&pageSize=100'))).toEqual([english.id]);
    expect(mine(await search(s.member, 'language=ru&pageSize=100'))).toEqual([russian.id]);
    expect((await search(s.member, 'year=2020')).total).toBe(0);
  });

  it('ranks a match in the title or summary above one only in the body, and counts every match', async () => {
    const { s } = await library();
    const word = `zanzibarite${Date.now().toString(36)}`;
    const base = { country: 'GE', topics: ['integrated-services'], stage: 'pilot', language: 'en' };
    const inBody = (await write(s.author, { ...base, title: 'Service halls in the regions', summary: 'Mobile halls for villages.', body: `A note on ${word} at the end.` })).json<CaseStudyDetail>();
    const inTitle = (await write(s.author, { ...base, title: `The ${word} registry`, summary: 'One registry for every agency.' })).json<CaseStudyDetail>();
    for (const c of [inBody, inTitle]) await publish(s.author, c.id);
    const found = await search(s.member, `q=${word}&sort=relevance`);
    expect(found.items.map((i) => i.id)).toEqual([inTitle.id, inBody.id]);
    expect(found).toMatchObject({ total: 2, totalCapped: false });
    const pastTheEnd = await search(s.member, `q=${word}&page=3&pageSize=1`);
    expect(pastTheEnd).toMatchObject({ items: [], total: 2, page: 3 });
  });

  it('stops counting at a thousand and says so, still ranking a title match first', async () => {
    const { s } = await library();
    const word = `kvass${Date.now().toString(36)}`;
    await t.dataSource.query(
      `INSERT INTO case_study (title, summary, body, country, topics, stage, language, visibility, status, published_at)
       SELECT 'Study ' || i, 'A summary', 'Mentions ' || $1 || ' in passing', 'AM', '{open-data}', 'pilot', 'en', 'everyone', 'published', now() - make_interval(days => i)
         FROM generate_series(1, 1004) AS i`,
      [word],
    );
    const titled = (await write(s.author, { country: 'AM', topics: ['open-data'], stage: 'pilot', language: 'en', title: `All about ${word}`, summary: 'The one study named after it.' })).json<CaseStudyDetail>();
    await publish(s.author, titled.id);
    const broad = await search(s.member, `q=${word}&sort=relevance`);
    expect(broad).toMatchObject({ total: 1000, totalCapped: true });
    expect(broad.items[0]?.id).toBe(titled.id);
    expect(broad.items).toHaveLength(20);
    const narrow = await search(s.member, `q=${word}&country=AM&year=2031`);
    expect(narrow).toMatchObject({ total: 0, totalCapped: false, items: [] });
  });

  it('names bad input', async () => {
    const { s } = await library();
    const bad = await write(s.author, { country: 'XX', topics: [], stage: 'done', language: 'en', title: 'Hi', summary: 'short', visibility: 'alliance' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<ErrorBody>().error.issues?.map((i) => i.path).sort()).toEqual(['country', 'stage', 'summary', 'title', 'topics']);
    const unscoped = await write(s.author, { country: 'KZ', topics: ['open-data'], stage: 'pilot', language: 'en', title: 'Shared with whom?', summary: 'An alliance-only study without its alliance.', visibility: 'alliance' });
    expect(unscoped.json<ErrorBody>().error.issues).toEqual([{ path: 'allianceId', message: 'Choose the alliance that may read it' }]);
  });

  const upload = async (signed: Signed | null, id: string, name: string, data: Buffer) => {
    const form = new FormData();
    form.append('file', new Blob([data]), name);
    const response = await fetch(`${t.baseUrl}/api/case-studies/${id}/attachments`, { method: 'POST', headers: signed?.auth ?? {}, body: form });
    return { status: response.status, body: (await response.json()) as CaseStudyAttachment & ErrorBody };
  };

  describe('attachments', () => {
    it('keeps PDFs and images typed from their content, downloadable by readers only, as attachments', async () => {
      const { s, english, groupOnly } = await library();
      const pdf = await upload(s.author, english.id, '../../Budget report 2019.pdf', PDF);
      expect(pdf.status).toBe(201);
      expect(pdf.body).toMatchObject({ filename: 'Budget report 2019.pdf', contentType: 'application/pdf', size: PDF.length });
      // A PNG named like something else is still a PNG, with the extension of what it is.
      const png = await upload(s.author, english.id, 'chart.jpg', PNG);
      expect(png.body).toMatchObject({ filename: 'chart.png', contentType: 'image/png' });
      const detail = (await t.app.inject({ url: `/api/case-studies/${english.id}`, headers: s.member.auth })).json<CaseStudyDetail>();
      expect(detail.attachments.map((a) => a.filename)).toEqual(['Budget report 2019.pdf', 'chart.png']);

      const download = await fetch(`${t.baseUrl}/api/case-studies/${english.id}/attachments/${pdf.body.id}`, { headers: s.member.auth });
      expect(download.status).toBe(200);
      expect(download.headers.get('content-type')).toBe('application/pdf');
      expect(download.headers.get('content-disposition')).toBe(`attachment; filename="Budget report 2019.pdf"; filename*=UTF-8''Budget%20report%202019.pdf`);
      expect(download.headers.get('x-content-type-options')).toBe('nosniff');
      expect(Buffer.from(await download.arrayBuffer()).equals(PDF)).toBe(true);
      // Another study's id with this file's id: not found.
      expect((await fetch(`${t.baseUrl}/api/case-studies/${groupOnly.id}/attachments/${pdf.body.id}`, { headers: s.author.auth })).status).toBe(404);

      const secret = await upload(s.author, groupOnly.id, 'notes.png', PNG);
      expect((await fetch(`${t.baseUrl}/api/case-studies/${groupOnly.id}/attachments/${secret.body.id}`, { headers: s.member.auth })).status).toBe(404);
      expect((await fetch(`${t.baseUrl}/api/case-studies/${groupOnly.id}/attachments/${secret.body.id}`, { headers: s.coordinator.auth })).status).toBe(200);
      expect((await fetch(`${t.baseUrl}/api/case-studies/${english.id}/attachments/${pdf.body.id}`)).status).toBe(401);

      // Only the author adds and removes files.
      expect((await upload(s.member, english.id, 'mine.png', PNG)).status).toBe(403);
      expect((await upload(s.stranger, groupOnly.id, 'mine.png', PNG)).status).toBe(404);
      expect((await upload(null, english.id, 'mine.png', PNG)).status).toBe(401);
      expect((await t.app.inject({ method: 'DELETE', url: `/api/case-studies/${english.id}/attachments/${png.body.id}`, headers: s.member.auth })).statusCode).toBe(403);
      expect((await t.app.inject({ method: 'DELETE', url: `/api/case-studies/${english.id}/attachments/${png.body.id}`, headers: s.author.auth })).statusCode).toBe(204);
      const after = (await t.app.inject({ url: `/api/case-studies/${english.id}`, headers: s.author.auth })).json<CaseStudyDetail>();
      expect(after.attachments.map((a) => a.id)).toEqual([pdf.body.id]);
    });

    it('refuses a program or a web page named .pdf, an SVG, an empty file and a file over 20 MB, naming the problem', async () => {
      const { s, english } = await library();
      const exe = await upload(s.author, english.id, 'report.pdf', Buffer.concat([Buffer.from('MZ'), Buffer.alloc(300, 1)]));
      expect(exe.status).toBe(415);
      expect(exe.body.error.code).toBe('VALIDATION_FAILED');
      expect(exe.body.error.message).toMatch(/cannot be shared in a case study .*whatever its name says.*allowed: PDF, PowerPoint presentation/);
      const html = await upload(s.author, english.id, 'slides.pdf', HTML);
      expect(html.status).toBe(415);
      const svg = await upload(s.author, english.id, 'diagram.svg', SVG);
      expect(svg.status).toBe(415);
      const empty = await upload(s.author, english.id, 'empty.pdf', Buffer.alloc(0));
      expect(empty.status).toBe(400);
      expect(empty.body.error.message).toBe('The file is empty');
      const huge = await upload(s.author, english.id, 'huge.pdf', Buffer.concat([PDF, Buffer.alloc(20 * 1024 * 1024)]));
      expect(huge.status).toBe(413);
      expect(huge.body.error).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', message: 'The file is too large: files can be at most 20 MB' });
      const notMultipart = await t.app.inject({ method: 'POST', url: `/api/case-studies/${english.id}/attachments`, headers: s.author.auth, payload: { file: 'x' } });
      expect(notMultipart.statusCode).toBe(400);
      expect((await t.dataSource.query('SELECT 1 FROM case_study_attachment WHERE case_study_id = $1', [english.id])).length).toBe(0);
    });
  });

  describe('versions', () => {
    it('keeps a version per save that changes something, lists, shows and compares them, for the author only', async () => {
      const { s, english, groupOnly } = await library();
      const patch = (body: object) => t.app.inject({ method: 'PATCH', url: `/api/case-studies/${english.id}`, headers: s.author.auth, payload: body });
      expect((await patch({ title: 'The national open data portal of Kazakhstan' })).json<CaseStudyDetail>().version).toBe(2);
      expect((await patch({ body: 'Ministries publish datasets every month; developers build applications on them.', topics: ['open-data', 'e-participation'] })).json<CaseStudyDetail>().version).toBe(3);
      // An autosave with nothing new keeps the version.
      expect((await patch({ title: 'The national open data portal of Kazakhstan' })).json<CaseStudyDetail>().version).toBe(3);

      const list = (await t.app.inject({ url: `/api/case-studies/${english.id}/versions`, headers: s.author.auth })).json<CaseStudyVersionList>();
      expect(list.items.map((v) => [v.version, v.title])).toEqual([
        [3, 'The national open data portal of Kazakhstan'],
        [2, 'The national open data portal of Kazakhstan'],
        [1, 'The national open data portal'],
      ]);
      expect(list.items[0]!.editorName).toBeTruthy();
      const first = (await t.app.inject({ url: `/api/case-studies/${english.id}/versions/1`, headers: s.author.auth })).json<CaseStudyVersion>();
      expect(first.content).toMatchObject({ title: 'The national open data portal', body: 'Ministries publish datasets; developers build applications on them.', topics: ['open-data'] });

      const diff = (await t.app.inject({ url: `/api/case-studies/${english.id}/versions/compare?from=1&to=3`, headers: s.author.auth })).json<CaseStudyDiff>();
      expect(diff.fields.map((f) => f.field)).toEqual(['title', 'body', 'topics']);
      const title = diff.fields.find((f) => f.field === 'title')!.parts;
      expect(title.filter((p) => p.added).map((p) => p.value.trim())).toEqual(['of Kazakhstan']);
      const body = diff.fields.find((f) => f.field === 'body')!.parts;
      expect(body.filter((p) => p.added).map((p) => p.value).join('')).toContain('every month');
      expect(body.filter((p) => !p.added && !p.removed).map((p) => p.value).join('')).toContain('developers build applications on them.');

      const bad = await t.app.inject({ url: `/api/case-studies/${english.id}/versions/compare?from=2&to=2`, headers: s.author.auth });
      expect(bad.statusCode).toBe(400);
      expect((await t.app.inject({ url: `/api/case-studies/${english.id}/versions/9`, headers: s.author.auth })).statusCode).toBe(404);
      // Readers see the study, not its history; people who cannot read it do not learn it exists.
      expect((await t.app.inject({ url: `/api/case-studies/${english.id}/versions`, headers: s.member.auth })).statusCode).toBe(403);
      expect((await t.app.inject({ url: `/api/case-studies/${groupOnly.id}/versions/compare?from=1&to=2`, headers: s.stranger.auth })).statusCode).toBe(404);
      expect((await t.app.inject({ url: `/api/case-studies/${english.id}/versions` })).statusCode).toBe(401);
    });
  });

  describe('live comments', () => {
    const sockets: Client[] = [];
    afterEach(() => {
      for (const socket of sockets.splice(0)) socket.disconnect();
    });
    const open = async (signed: Signed) => {
      const socket = await connectSocket(t.baseUrl, signed.token);
      sockets.push(socket);
      return socket;
    };
    type WatchResult = { ok: true; value: CaseStudyCommentList } | { ok: false; error: RealtimeError };
    const watch = (socket: Client, caseStudyId: string) => socket.emitWithAck('case-study:watch', { caseStudyId }) as Promise<WatchResult>;
    const next = <T>(socket: Client, event: 'case-study:comment' | 'case-study:comment-removed') =>
      new Promise<T>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no ${event} within 5 s`)), 5000);
        socket.once(event, (payload: unknown) => {
          clearTimeout(timer);
          resolve(payload as T);
        });
      });
    const comment = (signed: Signed, id: string, body: string) => t.app.inject({ method: 'POST', url: `/api/case-studies/${id}/comments`, headers: signed.auth, payload: { body } });

    it('shows a comment live to everyone watching the study, and its removal by its writer', async () => {
      const { s, english } = await library();
      const authorSocket = await open(s.author);
      const strangerSocket = await open(s.stranger);
      const earlier = (await comment(s.member, english.id, 'Which datasets came first?')).json<CaseStudyComment>();
      const watched = await watch(authorSocket, english.id);
      expect(watched).toEqual({ ok: true, value: { items: [earlier] } });
      expect((await watch(strangerSocket, english.id)).ok).toBe(true);

      const arriving = Promise.all([next<CaseStudyComment>(authorSocket, 'case-study:comment'), next<CaseStudyComment>(strangerSocket, 'case-study:comment')]);
      const posted = await comment(s.member, english.id, 'The budget data, in 2016.');
      expect(posted.statusCode).toBe(201);
      const live = await arriving;
      expect(live.map((c) => c.body)).toEqual(['The budget data, in 2016.', 'The budget data, in 2016.']);
      expect(live[0]).toEqual(posted.json<CaseStudyComment>());
      expect(live[0]!.authorName).toBeTruthy();

      // Someone else's comment cannot be deleted (and is not admitted to exist); one's own can.
      const id = posted.json<CaseStudyComment>().id;
      expect((await t.app.inject({ method: 'DELETE', url: `/api/case-studies/${english.id}/comments/${id}`, headers: s.author.auth })).statusCode).toBe(404);
      const removed = next<CaseStudyCommentRemoved>(authorSocket, 'case-study:comment-removed');
      expect((await t.app.inject({ method: 'DELETE', url: `/api/case-studies/${english.id}/comments/${id}`, headers: s.member.auth })).statusCode).toBe(204);
      expect(await removed).toEqual({ caseStudyId: english.id, commentId: id });
      const list = (await t.app.inject({ url: `/api/case-studies/${english.id}/comments`, headers: s.stranger.auth })).json<CaseStudyCommentList>();
      expect(list.items.map((c) => c.id)).toEqual([earlier.id]);

      // After unwatching, nothing more arrives.
      expect(await strangerSocket.emitWithAck('case-study:unwatch', { caseStudyId: english.id })).toEqual({ ok: true, value: null });
      let heard = false;
      strangerSocket.on('case-study:comment', () => (heard = true));
      const toAuthor = next<CaseStudyComment>(authorSocket, 'case-study:comment');
      await comment(s.member, english.id, 'One more thing.');
      await toAuthor;
      expect(heard).toBe(false);
    });

    it('stops a watcher who may no longer read the study the moment its readers narrow', async () => {
      const { alliance, s, english } = await library();
      const strangerSocket = await open(s.stranger);
      const memberSocket = await open(s.member);
      expect((await watch(strangerSocket, english.id)).ok).toBe(true);
      expect((await watch(memberSocket, english.id)).ok).toBe(true);
      const told = new Promise((resolve) => strangerSocket.once('case-study:access-changed', resolve));
      const narrowed = await t.app.inject({ method: 'PATCH', url: `/api/case-studies/${english.id}`, headers: s.author.auth, payload: { visibility: 'alliance', allianceId: alliance.id } });
      expect(narrowed.statusCode).toBe(200);
      expect(await told).toEqual({ caseStudyId: english.id });
      expect(await watch(strangerSocket, english.id)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
      expect((await watch(memberSocket, english.id)).ok).toBe(true);
      let leaked = false;
      strangerSocket.on('case-study:comment', () => (leaked = true));
      const toMember = next<CaseStudyComment>(memberSocket, 'case-study:comment');
      await comment(s.author, english.id, 'Now for the alliance only.');
      await toMember;
      expect(leaked).toBe(false);
    });

    it('lets no one watch or comment on a study they may not read, and keeps drafts closed to comments', async () => {
      const { s, groupOnly, draft } = await library();
      const memberSocket = await open(s.member);
      const authorSocket = await open(s.author);
      expect(await watch(memberSocket, groupOnly.id)).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: 'Case study not found', event: 'case-study:watch' } });
      expect((await watch(memberSocket, 'not-a-uuid')).ok).toBe(false);
      expect((await watch(authorSocket, groupOnly.id)).ok).toBe(true);
      let leaked = false;
      memberSocket.on('case-study:comment', () => (leaked = true));
      const toAuthor = next<CaseStudyComment>(authorSocket, 'case-study:comment');
      expect((await comment(s.coordinator, groupOnly.id, 'Coordinators read group studies too.')).statusCode).toBe(201);
      await toAuthor;
      expect(leaked).toBe(false);

      expect((await comment(s.member, groupOnly.id, 'Let me in')).statusCode).toBe(404);
      expect((await t.app.inject({ url: `/api/case-studies/${groupOnly.id}/comments`, headers: s.stranger.auth })).statusCode).toBe(404);
      const onDraft = await comment(s.author, draft.id, 'Note to self');
      expect(onDraft.statusCode).toBe(409);
      expect(onDraft.json<ErrorBody>().error.message).toBe('Comments open once the case study is published');
      const empty = await comment(s.member, groupOnly.id, '   ');
      expect(empty.statusCode).toBe(400);
      expect((await t.app.inject({ method: 'POST', url: `/api/case-studies/${groupOnly.id}/comments`, payload: { body: 'hi' } })).statusCode).toBe(401);
    });
  });
});
