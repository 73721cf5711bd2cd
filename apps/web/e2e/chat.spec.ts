import { expect, test, type Browser, type Page } from '@playwright/test';
import { DEMO_GROUP, groupConversationId, signIn, snap, tokenOf } from './helpers';

const GROUP = DEMO_GROUP;
const KADRI = 'expert@demo.peerhub.test';
const LEYLA = 'leyla.mammadova@demo.peerhub.test';

async function personPage(browser: Browser, email: string, timezoneId: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, timezoneId });
  const page = await context.newPage();
  await signIn(page, email);
  return page;
}

/** The stored messages' texts, in the order the page shows them. */
const shownTexts = (page: Page) => page.locator('li.chat-message[data-message-id] .chat-body').allInnerTexts();
const composer = (page: Page) => page.getByRole('textbox', { name: 'Message', exact: true });

async function send(page: Page, text: string): Promise<void> {
  await composer(page).fill(text);
  await composer(page).press('Enter');
  await expect(composer(page)).toHaveValue('');
}

test('two people discuss live in their peer group, one of them through a network outage', async ({ browser, request }, testInfo) => {
  const token = await tokenOf(request, KADRI);
  const conversationId = await groupConversationId(request, token);
  const run = Date.now().toString(36);

  // Kadri (Tallinn) and Leyla (Baku), each in their own browser, open the group's discussion.
  const kadri = await personPage(browser, KADRI, 'Europe/Tallinn');
  const leyla = await personPage(browser, LEYLA, 'Asia/Baku');
  const dialogs: string[] = [];
  const errors: string[] = [];
  for (const page of [kadri, leyla]) {
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    page.on('pageerror', (e) => errors.push(e.message));
  }
  await kadri.goto(`/conversations/${conversationId}`);
  await leyla.goto(`/conversations/${conversationId}`);
  for (const page of [kadri, leyla]) {
    await expect(page.getByRole('heading', { level: 1, name: GROUP })).toBeVisible();
    await expect(composer(page)).toBeEnabled();
  }
  // The navigation leads to the conversations too.
  await expect(kadri.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /^Messages/ })).toBeVisible();

  // Kadri writes; Leyla sees it arrive live, with markdown and a mention rendered.
  const hello = `Tere! Our once-only principle is in **law** since 2007 (${run})`;
  await send(kadri, hello);
  const helloText = `Tere! Our once-only principle is in law since 2007 (${run})`;
  await expect(leyla.getByRole('log', { name: 'New messages' }).getByText(helloText)).toBeVisible();
  await expect(leyla.getByRole('log', { name: 'New messages' }).locator('strong', { hasText: 'law' })).toBeVisible();
  // Screen readers hear it politely, and only what is new: the live region holds additions only.
  await expect(leyla.getByRole('log', { name: 'New messages' })).toHaveAttribute('aria-live', 'polite');
  await expect(leyla.getByRole('log', { name: 'New messages' })).toHaveAttribute('aria-relevant', 'additions');

  // Kadri starts typing: Leyla is told.
  await composer(kadri).fill('Let me find the link');
  await expect(leyla.getByText('Kadri is typing…')).toBeVisible();
  await composer(kadri).fill('');

  // A mention through the autocomplete.
  await composer(kadri).fill('Thanks @Leyl');
  await expect(kadri.getByRole('option', { name: /Leyla Mammadova/ })).toBeVisible();
  await composer(kadri).press('Enter');
  await expect(composer(kadri)).toHaveValue(/^Thanks @\[Leyla Mammadova\]\([0-9a-f-]{36}\) $/);
  await composer(kadri).press('Enter');
  await expect(leyla.locator('.chat-mention.chat-mention-me', { hasText: '@Leyla Mammadova' })).toBeVisible();
  await snap(kadri, testInfo, 'c-01-kadri-live');

  // Leyla's network drops. What she writes waits in her outbox as "sending…".
  await leyla.context().setOffline(true);
  await expect(leyla.getByText('Offline — messages will be sent when you reconnect.')).toBeVisible({ timeout: 30_000 });
  const offline1 = `In Azerbaijan ASAN halls opened in 2013 (${run})`;
  const offline2 = `Each hall hosts about 10 agencies (${run})`;
  await send(leyla, offline1);
  await send(leyla, offline2);
  const pending = leyla.locator('li.chat-message[data-pending="true"]');
  await expect(pending).toHaveCount(2);
  await expect(pending.filter({ hasText: 'sending…' })).toHaveCount(2);
  await snap(leyla, testInfo, 'c-02-leyla-offline-sending');
  // Meanwhile Kadri writes too (so the two outboxed messages land after it).
  const meanwhile = `Do the halls share one queue system? (${run})`;
  await send(kadri, meanwhile);
  await expect(kadri.getByText(offline1)).toHaveCount(0);

  // Back online: the outbox is sent (same clientIds), Leyla catches up, Kadri receives both.
  await leyla.context().setOffline(false);
  await expect(pending).toHaveCount(0, { timeout: 30_000 });
  await expect(kadri.getByText(offline2)).toBeVisible({ timeout: 15_000 });
  await expect(leyla.getByText(meanwhile)).toBeVisible();
  await expect(leyla.getByText('Offline — messages will be sent when you reconnect.')).toBeHidden();

  // Both show the same history in the same order, without duplicates.
  await expect.poll(async () => JSON.stringify(await shownTexts(kadri))).toBe(JSON.stringify(await shownTexts(leyla)));
  const texts = await shownTexts(kadri);
  expect(new Set(texts).size).toBe(texts.length);
  for (const t of [helloText, meanwhile, offline1, offline2]) expect(texts.filter((x) => x === t)).toHaveLength(1);
  expect(texts.indexOf(offline1)).toBeLessThan(texts.indexOf(offline2));

  // The server holds each body exactly once, in seq order.
  const history = await request.get(`/api/conversations/${conversationId}/messages?limit=100`, { headers: { authorization: `Bearer ${token}` } });
  expect(history.ok()).toBe(true);
  const stored = ((await history.json()) as { items: Array<{ body: string; seq: number }> }).items;
  for (const body of [meanwhile, offline1, offline2]) expect(stored.filter((m) => m.body === body)).toHaveLength(1);
  const seqs = stored.map((m) => m.seq);
  expect([...seqs].sort((a, b) => a - b)).toEqual(seqs);
  await snap(leyla, testInfo, 'c-03-leyla-back-online');

  // Reactions: Leyla thanks Kadri's first message; Kadri sees it live, Leyla's own is highlighted.
  const helloItem = (page: Page) => page.locator('li.chat-message[data-message-id]', { hasText: helloText });
  await helloItem(leyla).hover();
  await helloItem(leyla).getByRole('button', { name: 'Add a reaction' }).click();
  await leyla.getByRole('button', { name: 'React with 🙏' }).click();
  await expect(helloItem(leyla).getByRole('button', { name: /🙏 1 reaction, including yours/ })).toHaveAttribute('aria-pressed', 'true');
  await expect(helloItem(kadri).getByRole('button', { name: /🙏 1 reaction\. Add yours/ })).toBeVisible();

  // A reply in a thread.
  await helloItem(leyla).hover();
  await helloItem(leyla).getByRole('button', { name: 'Reply in thread to Kadri Tamm' }).click();
  const drawer = leyla.getByRole('dialog', { name: 'Thread' });
  await drawer.getByRole('textbox', { name: 'Reply in thread' }).fill(`Which law exactly? (${run})`);
  await drawer.getByRole('textbox', { name: 'Reply in thread' }).press('Enter');
  await expect(drawer.getByRole('log', { name: 'Replies' }).getByText(`Which law exactly? (${run})`)).toBeVisible();
  await expect(helloItem(kadri).getByRole('button', { name: '1 reply' })).toBeVisible();
  await snap(leyla, testInfo, 'c-04-thread');
  await drawer.getByRole('button', { name: 'Close thread' }).click();
  await expect(drawer).toBeHidden();

  // An XSS attempt stays text: no dialog, no image, no javascript: link.
  await send(kadri, '<img src=x onerror=alert(1)>');
  await send(kadri, `[x](javascript:alert(1)) and [a real link](https://www.ria.ee/en) (${run})`);
  for (const page of [kadri, leyla]) {
    await expect(page.getByText('<img src=x onerror=alert(1)>')).toBeVisible();
    await expect(page.getByRole('link', { name: 'a real link' }).last()).toHaveAttribute('rel', 'noopener noreferrer nofollow');
    expect(await page.locator('.chat-body img').count()).toBe(0);
    const hrefs = await page.locator('.chat-body a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.filter((h) => /^\s*javascript:/i.test(h))).toEqual([]);
  }
  await kadri.waitForTimeout(300);
  expect(dialogs).toEqual([]);
  await snap(leyla, testInfo, 'c-05-xss-inert');

  // The conversations list shows the group, and Leyla's search finds her message.
  await leyla.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /^Messages/ }).click();
  await expect(leyla.getByRole('heading', { level: 1, name: 'Conversations' })).toBeVisible();
  await expect(leyla.getByRole('link', { name: new RegExp(GROUP) })).toBeVisible();
  await snap(leyla, testInfo, 'c-06-conversations');
  await leyla.getByRole('searchbox', { name: 'Search messages' }).fill('ASAN');
  await expect(leyla.locator('.chat-snippet mark', { hasText: 'ASAN' }).first()).toBeVisible();
  await snap(leyla, testInfo, 'c-07-search');

  // Kadri looks at the directory while Leyla writes: the navigation and the list count it as unread.
  await kadri.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'People' }).click();
  await expect(kadri.getByRole('heading', { level: 1, name: 'People' })).toBeVisible();
  const unreadText = `Kadri, see the ASAN annual report (${run})`;
  await leyla.goto(`/conversations/${conversationId}`);
  await send(leyla, unreadText);
  await expect(leyla.getByText(unreadText)).toBeVisible();
  await expect(leyla.locator('li.chat-message[data-pending="true"]')).toHaveCount(0);
  // Live, while Kadri stays on the directory (no reload, no polling): the navigation counts it.
  await expect(kadri.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Messages, 1 unread' })).toBeVisible();
  await expect(kadri.getByRole('heading', { level: 1, name: 'People' })).toBeVisible();
  await snap(kadri, testInfo, 'c-08a-kadri-unread-badge-live');
  await kadri.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /^Messages/ }).click();
  await expect(kadri.getByRole('link', { name: `${GROUP}, 1 unread` })).toBeVisible();
  await expect(kadri.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Messages, 1 unread' })).toBeVisible();
  await snap(kadri, testInfo, 'c-08-kadri-unread-list');
  await kadri.getByRole('link', { name: `${GROUP}, 1 unread` }).click();
  await expect(kadri.getByText('New messages', { exact: true })).toBeVisible();
  await expect(kadri.locator('li.chat-divider + li.chat-message')).toContainText(unreadText);
  // Seen in full: the read position moves and the count goes.
  await expect(kadri.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Messages', exact: true })).toBeVisible();
  await snap(kadri, testInfo, 'c-09-kadri-new-messages-divider');

  // The same discussion on a phone.
  await kadri.setViewportSize({ width: 390, height: 844 });
  await kadri.reload();
  await expect(kadri.getByText(offline2)).toBeVisible();
  await snap(kadri, testInfo, 'c-10-mobile-conversation');

  expect(errors).toEqual([]);
});
