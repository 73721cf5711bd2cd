import { expect, type APIRequestContext, type Browser, type Page, type TestInfo } from '@playwright/test';
import { join } from 'node:path';

export const DEMO_PASSWORD = 'peerhub-demo';

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('E-mail').fill(email);
  await page.getByRole('textbox', { name: 'Password' }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
}

export async function newSignedInPage(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await signIn(page, email);
  return page;
}

/** Full-page screenshot kept with the test results (test-results/screenshots/), for a person to look at. */
export async function snap(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  // Let notifications and transitions settle so the picture is what a person sees.
  await page.waitForLoadState('networkidle').catch(() => undefined);
  // From the top, so the fixed header sits where a person sees it.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(testInfo.project.outputDir, 'screenshots', `${name}.png`), fullPage: true });
}

/** The demo peer group Kadri (expert) and Leyla lead or belong to: the chat and notification journeys meet in it. */
export const DEMO_GROUP = 'One-stop shops and integrated service centres';

/** An access token for API calls made by a journey's set-up. */
export async function tokenOf(request: APIRequestContext, email: string): Promise<string> {
  const response = await request.post('/api/auth/login', { data: { email, password: DEMO_PASSWORD } });
  expect(response.ok()).toBe(true);
  return ((await response.json()) as { accessToken: string }).accessToken;
}

/** The id of the demo group's conversation, as a member sees it (opening it creates it on first use). */
export async function groupConversationId(request: APIRequestContext, token: string): Promise<string> {
  const headers = { authorization: `Bearer ${token}` };
  const groups = await request.get(`/api/groups?q=${encodeURIComponent('One-stop')}`, { headers });
  expect(groups.ok()).toBe(true);
  const group = ((await groups.json()) as { items: Array<{ id: string; name: string }> }).items.find((g) => g.name === DEMO_GROUP);
  expect(group, 'the demo group exists').toBeTruthy();
  const conversation = await request.get(`/api/groups/${group?.id}/conversation`, { headers });
  expect(conversation.ok()).toBe(true);
  return ((await conversation.json()) as { id: string }).id;
}
