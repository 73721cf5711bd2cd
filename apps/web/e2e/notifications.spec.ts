import { expect, test } from '@playwright/test';
import { DEMO_GROUP, groupConversationId, newSignedInPage, snap, tokenOf } from './helpers';

const GROUP = DEMO_GROUP;
const KADRI = 'expert@demo.peerhub.test';
const LEYLA = 'leyla.mammadova@demo.peerhub.test';

const bellName = (unread: number) => (unread === 0 ? 'Notifications' : `Notifications, ${unread} unread`);

// Leaves one message in the demo group and Leyla's mention notification read: nothing another journey relies on.
test('a mention shows up live in the other person’s notification centre and leads to the conversation', async ({ browser, request }, testInfo) => {
  const conversationId = await groupConversationId(request, await tokenOf(request, KADRI));
  const leylaToken = await tokenOf(request, LEYLA);
  const unreadBefore = ((await (await request.get('/api/notifications/unread-count', { headers: { authorization: `Bearer ${leylaToken}` } })).json()) as { unread: number }).unread;
  const run = Date.now().toString(36);

  // Leyla is elsewhere in the app; Kadri opens the group's discussion in her own browser.
  const leyla = await newSignedInPage(browser, LEYLA);
  await leyla.goto('/exchanges');
  const bell = leyla.getByRole('button', { name: bellName(unreadBefore), exact: true });
  await expect(bell).toBeVisible();

  const kadri = await newSignedInPage(browser, KADRI);
  await kadri.goto(`/conversations/${conversationId}`);
  const composer = kadri.getByRole('textbox', { name: 'Message', exact: true });
  await expect(composer).toBeEnabled();
  await composer.fill('Could you share the hall checklist, @Leyl');
  await expect(kadri.getByRole('option', { name: /Leyla Mammadova/ })).toBeVisible();
  await composer.press('Enter');
  await composer.pressSequentially(`please? (${run})`);
  await composer.press('Enter');
  await expect(composer).toHaveValue('');

  // Leyla's bell counts it at once, and the news is announced politely.
  await expect(leyla.getByRole('button', { name: bellName(unreadBefore + 1), exact: true })).toBeVisible();
  await expect(leyla.getByRole('status').filter({ hasText: `New notification: Kadri Tamm mentioned you in ${GROUP}` })).toBeAttached();

  // She opens the centre: the mention is first, unread, with the words around it.
  await leyla.getByRole('button', { name: bellName(unreadBefore + 1), exact: true }).click();
  const centre = leyla.getByRole('dialog', { name: /^Notifications/ });
  const item = centre.getByRole('link').filter({ hasText: `(${run})` });
  await expect(item).toContainText(`Kadri Tamm mentioned you in ${GROUP}`);
  await expect(item).toContainText('Unread');
  await expect(centre.getByRole('button', { name: 'Mark all as read' })).toBeEnabled();
  await snap(leyla, testInfo, 'n-01-leyla-centre');

  // Following it lands in the conversation, and it counts as read.
  await item.click();
  await expect(leyla).toHaveURL(new RegExp(`/conversations/${conversationId}$`));
  await expect(leyla.getByRole('heading', { level: 1, name: GROUP })).toBeVisible();
  await expect(leyla.getByRole('button', { name: bellName(unreadBefore), exact: true })).toBeVisible();
  const level = leyla.getByRole('combobox', { name: 'Notify me of' });
  await expect(level).toHaveValue('mentions');
  await expect(level.locator('option:checked')).toHaveText('Mentions and replies');
  await snap(leyla, testInfo, 'n-02-leyla-in-conversation');
});
