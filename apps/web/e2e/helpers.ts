import { expect, type Browser, type Page, type TestInfo } from '@playwright/test';
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
