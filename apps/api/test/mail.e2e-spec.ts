import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { makeAlliance, makePerson, signIn } from './factories';
import { createTestApp, type TestApp } from './test-app';

/** With SMTP_URL set, mail leaves through SMTP (here a local test server) instead of the dev outbox. */
describe('mail through SMTP', () => {
  let t: TestApp;
  let smtp: SMTPServer;
  const received: Array<{ to: string[]; raw: string }> = [];

  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData(stream, session, callback) {
        let raw = '';
        stream.on('data', (chunk: Buffer) => (raw += chunk.toString()));
        stream.on('end', () => {
          received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    const port = (smtp.server.address() as AddressInfo).port;
    t = await createTestApp({ SMTP_URL: `smtp://127.0.0.1:${port}`, MAIL_FROM: 'Peerhub <hub@peerhub.test>' });
  });
  afterAll(async () => {
    await t.close();
    await new Promise<void>((resolve) => smtp.close(resolve));
  });

  it('sends the invitation by SMTP and keeps nothing in the outbox', async () => {
    const alliance = await makeAlliance(t.dataSource);
    const coordinator = await makePerson(t.dataSource, { memberships: [{ allianceId: alliance.id, role: 'coordinator' }] });
    const c = await signIn(t, coordinator.email);
    const response = await t.app.inject({
      method: 'POST',
      url: `/api/alliances/${alliance.id}/invitations`,
      headers: c.auth,
      payload: { email: 'smtp.invitee@example.test', name: 'Smtp Invitee', allianceId: alliance.id, role: 'member' },
    });
    expect(response.statusCode).toBe(201);
    expect(received).toHaveLength(1);
    expect(received[0]!.to).toEqual(['smtp.invitee@example.test']);
    expect(received[0]!.raw).toContain('From: Peerhub <hub@peerhub.test>');
    // Quoted-printable folds long lines with a trailing '='.
    expect(received[0]!.raw.replace(/=\r?\n/g, '')).toMatch(/http:\/\/peerhub\.test\/invitations\/accept\?token=3D[\w-]{20,}/);
    expect(await t.dataSource.query('SELECT 1 FROM mail_outbox')).toEqual([]);
  });
});
