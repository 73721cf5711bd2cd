import { randomUUID } from 'node:crypto';
import type { Attachment, ConversationSummary, ErrorBody, Message } from '@peerhub/contracts';
import { makeAlliance, makePerson, signIn, type Signed } from './factories';
import { createTestApp, type TestApp } from './test-app';

// The smallest valid PNG (1×1 pixel).
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082', 'hex');

describe('files in conversations', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  async function room() {
    const alliance = await makeAlliance(t.dataSource);
    const lead = await makePerson(t.dataSource, { memberships: [{ allianceId: alliance.id, role: 'coordinator' }] });
    const member = await makePerson(t.dataSource, { memberships: [{ allianceId: alliance.id, role: 'member' }] });
    const outsider = await makePerson(t.dataSource, { memberships: [{ allianceId: alliance.id, role: 'member' }] });
    const s = { lead: await signIn(t, lead.email), member: await signIn(t, member.email), outsider: await signIn(t, outsider.email) };
    const group = (
      await t.app.inject({ method: 'POST', url: `/api/alliances/${alliance.id}/groups`, headers: s.lead.auth, payload: { name: 'Files', topics: ['open-data'], purpose: 'Sharing documents with peers.', visibility: 'open' } })
    ).json<{ id: string }>();
    await t.app.inject({ method: 'POST', url: `/api/groups/${group.id}/join`, headers: s.member.auth });
    const conversation = (await t.app.inject({ url: `/api/groups/${group.id}/conversation`, headers: s.lead.auth })).json<ConversationSummary>();
    return { conversation, s };
  }

  const upload = async (signed: Signed, conversationId: string, name: string, data: Buffer) => {
    const form = new FormData();
    form.append('file', new Blob([data]), name);
    const response = await fetch(`${t.baseUrl}/api/conversations/${conversationId}/attachments`, { method: 'POST', headers: signed.auth, body: form });
    return { status: response.status, body: (await response.json()) as Attachment & ErrorBody };
  };

  it('shares a file checked by its content, readable only by the conversation’s readers', async () => {
    const { conversation, s } = await room();
    const uploaded = await upload(s.lead, conversation.id, '../../etc/Budget chart.png', PNG);
    expect(uploaded.status).toBe(201);
    expect(uploaded.body).toMatchObject({ filename: 'Budget chart.png', contentType: 'image/png', size: PNG.length });

    const sent = await t.app.inject({ method: 'POST', url: `/api/conversations/${conversation.id}/messages`, headers: s.lead.auth, payload: { clientId: randomUUID(), body: 'The chart', attachmentIds: [uploaded.body.id] } });
    expect(sent.json<Message>().attachments).toEqual([uploaded.body]);
    const history = await t.app.inject({ url: `/api/conversations/${conversation.id}/messages`, headers: s.member.auth });
    expect(history.json<{ items: Message[] }>().items[0]!.attachments).toEqual([uploaded.body]);

    const download = await fetch(`${t.baseUrl}/api/attachments/${uploaded.body.id}`, { headers: s.member.auth });
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('image/png');
    expect(download.headers.get('content-disposition')).toContain('attachment;');
    expect(download.headers.get('x-content-type-options')).toBe('nosniff');
    expect(Buffer.from(await download.arrayBuffer()).equals(PNG)).toBe(true);
    expect((await fetch(`${t.baseUrl}/api/attachments/${uploaded.body.id}`, { headers: s.outsider.auth })).status).toBe(404);
    expect((await upload(s.outsider, conversation.id, 'x.png', PNG)).status).toBe(404);
  });

  it('refuses a program named like a PDF, an oversized file, and someone else’s upload', async () => {
    const { conversation, s } = await room();
    const exe = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 1)]);
    const disguised = await upload(s.lead, conversation.id, 'report.pdf', exe);
    expect(disguised.status).toBe(415);
    expect(disguised.body.error.message).toMatch(/cannot be shared/);
    const huge = await upload(s.lead, conversation.id, 'huge.png', Buffer.concat([PNG, Buffer.alloc(10 * 1024 * 1024)]));
    expect(huge.status).toBe(413);
    const mine = await upload(s.lead, conversation.id, 'chart.png', PNG);
    const stolen = await t.app.inject({ method: 'POST', url: `/api/conversations/${conversation.id}/messages`, headers: s.member.auth, payload: { clientId: randomUUID(), body: 'not mine', attachmentIds: [mine.body.id] } });
    expect(stolen.statusCode).toBe(400);
    expect(stolen.json<ErrorBody>().error.issues?.[0]?.path).toBe('attachmentIds');
    // Nothing was half-saved: the refused message does not exist.
    expect((await t.dataSource.query(`SELECT 1 FROM message WHERE body = 'not mine'`)).length).toBe(0);
  });
});
