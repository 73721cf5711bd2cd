import { randomUUID } from 'node:crypto';
import type { ConversationSummary, Message } from '@peerhub/contracts';
import { makeAlliance, makePerson, signIn } from './factories';
import { connectSocket, type Client } from './sockets';
import { createTestApp, createTestAppOn, type TestApp } from './test-app';

/**
 * Two API instances, each with its own HTTP server, socket.io server, connection pool and adapter,
 * on one database: a live message sent through one reaches a client connected to the other only
 * through the PostgreSQL adapter (LISTEN/NOTIFY).
 */
describe('several API instances', () => {
  let first: TestApp;
  let second: TestApp;
  const sockets: Client[] = [];
  beforeAll(async () => {
    first = await createTestApp();
    second = await createTestAppOn(first.databaseUrl);
  });
  afterAll(async () => {
    sockets.forEach((s) => s.close());
    await second.close();
    await first.close();
  });

  async function connect(app: TestApp, token: string): Promise<Client> {
    const socket = await connectSocket(app.baseUrl, token);
    sockets.push(socket);
    return socket;
  }

  it('delivers a message sent through one instance to a client of the other', async () => {
    const alliance = await makeAlliance(first.dataSource);
    const lead = await makePerson(first.dataSource, { memberships: [{ allianceId: alliance.id, role: 'coordinator' }] });
    const reader = await makePerson(first.dataSource, { memberships: [{ allianceId: alliance.id, role: 'member' }] });
    const leadSigned = await signIn(first, lead.email);
    const readerSigned = await signIn(second, reader.email);
    const group = (
      await first.app.inject({
        method: 'POST',
        url: `/api/alliances/${alliance.id}/groups`,
        headers: leadSigned.auth,
        payload: { name: 'Cross-process', topics: ['open-data'], purpose: 'Checking the adapter works.', visibility: 'open' },
      })
    ).json<{ id: string }>();
    await second.app.inject({ method: 'POST', url: `/api/groups/${group.id}/join`, headers: readerSigned.auth });
    const conversation = (await first.app.inject({ url: `/api/groups/${group.id}/conversation`, headers: leadSigned.auth })).json<ConversationSummary>();

    const senderSocket = await connect(first, leadSigned.token);
    const readerSocket = await connect(second, readerSigned.token);
    expect(await readerSocket.emitWithAck('conversation:join', { conversationId: conversation.id })).toMatchObject({ ok: true });
    const arrived = new Promise<Message>((resolve) => readerSocket.on('message:new', resolve));
    const sent = await senderSocket.emitWithAck('message:send', { conversationId: conversation.id, clientId: randomUUID(), body: 'Across processes' });
    expect(sent).toMatchObject({ ok: true });
    await expect(arrived).resolves.toMatchObject({ body: 'Across processes', seq: 1 });
  });
});
