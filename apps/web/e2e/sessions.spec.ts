import { expect, test, type APIRequestContext } from '@playwright/test';
import { DEMO_GROUP, DEMO_PASSWORD, groupConversationId, signIn, snap, tokenOf } from './helpers';

const COORDINATOR = 'coordinator@demo.peerhub.test';
const LEYLA = 'leyla.mammadova@demo.peerhub.test';

/** Leyla, her person id, and the alliance and conversation of the demo group she belongs to. */
async function leylaInTheDemoGroup(request: APIRequestContext) {
  const response = await request.post('/api/auth/login', { data: { email: LEYLA, password: DEMO_PASSWORD } });
  expect(response.ok()).toBe(true);
  const { person, accessToken } = (await response.json()) as { person: { id: string }; accessToken: string };
  const groups = await request.get(`/api/groups?q=${encodeURIComponent('One-stop')}`, { headers: { authorization: `Bearer ${accessToken}` } });
  const group = ((await groups.json()) as { items: Array<{ name: string; allianceId: string }> }).items.find((g) => g.name === DEMO_GROUP);
  expect(group, 'the demo group exists').toBeTruthy();
  return { personId: person.id, allianceId: group!.allianceId, conversationId: await groupConversationId(request, accessToken) };
}

test('signing out in one tab ends the other tab too, and its sign-in page says why', async ({ browser, request }, testInfo) => {
  const { conversationId } = await leylaInTheDemoGroup(request);
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const first = await context.newPage();
  await signIn(first, LEYLA);
  // A second tab of the same browser shares the session; its composer opens once it is connected live.
  const second = await context.newPage();
  await second.goto(`/conversations/${conversationId}`);
  await expect(second.getByRole('textbox', { name: 'Message', exact: true })).toBeEnabled();

  await first.getByRole('button', { name: 'Sign out' }).click();
  await expect(first).toHaveURL(/\/sign-in/);
  // The tab that signed out says nothing; the other one tells why it is on the sign-in page.
  await expect(first.getByRole('status').filter({ hasText: 'Your session ended' })).toHaveCount(0);
  await expect(second).toHaveURL(/\/sign-in\?next=/);
  await expect(second.getByRole('status').filter({ hasText: 'You signed out in another tab or window.' })).toBeVisible();
  await snap(second, testInfo, 'session-01-ended-elsewhere');

  // Signing in again takes the person back where they were, and the notice is gone.
  await second.getByLabel('E-mail').fill(LEYLA);
  await second.getByRole('textbox', { name: 'Password' }).fill(DEMO_PASSWORD);
  await second.getByRole('button', { name: 'Sign in' }).click();
  await expect(second).toHaveURL(new RegExp(`/conversations/${conversationId}$`));
  await expect(second.getByRole('status').filter({ hasText: 'Your session ended' })).toHaveCount(0);
  await context.close();
});

test('a member suspended while the app is open stays signed in, is told, and loses what is no longer hers', async ({ browser, request }, testInfo) => {
  const { personId, allianceId, conversationId } = await leylaInTheDemoGroup(request);
  const coordinator = { authorization: `Bearer ${await tokenOf(request, COORDINATOR)}` };
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await signIn(page, LEYLA);
  await page.goto(`/conversations/${conversationId}`);
  // The composer opens once the live connection has joined the conversation.
  await expect(page.getByRole('textbox', { name: 'Message', exact: true })).toBeEnabled();
  try {
    const suspended = await request.patch(`/api/alliances/${allianceId}/members/${personId}`, { headers: coordinator, data: { status: 'suspended', reason: 'Checking the journey' } });
    expect(suspended.status()).toBe(204);
    await expect(page.getByText('A coordinator changed your access to an alliance. Pages now show what you may still see.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
    // Whichever comes first, the revocation of the conversation or the fresh session, it is closed to her.
    await expect(page.getByRole('alert', { name: 'You no longer have access' })).toBeVisible();
    await snap(page, testInfo, 'session-02-access-changed');
  } finally {
    const reinstated = await request.patch(`/api/alliances/${allianceId}/members/${personId}`, { headers: coordinator, data: { status: 'active' } });
    expect(reinstated.status()).toBe(204);
    await context.close();
  }
});
