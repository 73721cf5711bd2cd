import { createRequire } from 'node:module';
import { expect, test, type Page } from '@playwright/test';
import { signIn } from './helpers';

// axe-core's own bundle, injected into the page (what @axe-core/playwright does; its current
// release needs Node 22).
const axeSource = (createRequire(import.meta.url)('axe-core') as { source: string }).source;

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[]; html: string; failureSummary?: string }>;
}

/** Serious and critical WCAG 2.2 A/AA violations on the page as it stands. */
async function violations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  const found = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, options: object) => Promise<{ violations: Violation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] }, resultTypes: ['violations'] });
    return result.violations;
  });
  return found.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')} — ${v.nodes[0]?.html.slice(0, 200) ?? ''} — ${v.nodes[0]?.failureSummary ?? ''}`);
}

const h1 = (p: Page, name?: string) => expect(p.getByRole('heading', { level: 1, ...(name ? { name } : {}) })).toBeVisible();
/** Opens the first item of a list (a card's title link, or the first link to such a page), for the detail pages. */
const first = (list: string, link = '.stretched-link') => async (p: Page) => {
  await p.goto(list);
  await p.locator(link).first().click({ timeout: 15_000 });
};

/** The main pages: each list, one of each kind of detail page, the person's own pages, and the console. */
const PAGES: Array<{ path: string; open?: (page: Page) => Promise<void>; ready: (page: Page) => Promise<void>; as?: 'expert' }> = [
  { path: '/', ready: (p) => h1(p) },
  { path: '/alliances/…', open: first('/'), ready: (p) => h1(p) },
  { path: '/alliances/…/console', open: async (p) => (await first('/')(p), await p.getByRole('link', { name: 'Console', exact: true }).first().click()), ready: (p) => h1(p) },
  { path: '/groups', ready: (p) => h1(p, 'Groups') },
  { path: '/groups/…', open: first('/groups'), ready: (p) => h1(p) },
  { path: '/exchanges', ready: (p) => h1(p) },
  { path: '/case-studies', ready: (p) => h1(p) },
  { path: '/case-studies/…', open: first('/case-studies', 'main a[href^="/case-studies/"]:not([href="/case-studies/new"])'), ready: (p) => h1(p) },
  { path: '/learning', ready: (p) => h1(p) },
  { path: '/learning/…', open: first('/learning'), ready: (p) => h1(p) },
  { path: '/people', ready: (p) => h1(p, 'People') },
  { path: '/conversations', ready: (p) => h1(p, 'Conversations') },
  // The coordinator takes part in no conversation of the demo; Kadri does, her peer group's (made when the group is first opened).
  {
    path: '/conversations/…',
    open: async (p) => {
      await p.goto('/groups');
      await p.getByRole('link', { name: 'One-stop shops and integrated service centres' }).click();
      await h1(p, 'One-stop shops and integrated service centres');
      await first('/conversations')(p);
    },
    ready: (p) => h1(p),
    as: 'expert',
  },
  { path: '/settings/notifications', ready: (p) => h1(p) },
  { path: '/me', ready: (p) => h1(p) },
];

async function openPage(page: Page, { path, open }: (typeof PAGES)[number]): Promise<void> {
  if (open) await open(page);
  else await page.goto(path);
}

test('the main pages have no serious or critical accessibility violations (axe-core, WCAG 2.2 AA)', async ({ browser }) => {
  test.setTimeout(240_000);
  // The app's Content-Security-Policy (rightly) refuses inline scripts; the checker is let in.
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, bypassCSP: true });
  const coordinator = await context.newPage();
  await signIn(coordinator, 'coordinator@demo.peerhub.test');
  const expertContext = await browser.newContext({ viewport: { width: 1280, height: 800 }, bypassCSP: true });
  const expert = await expertContext.newPage();
  await signIn(expert, 'expert@demo.peerhub.test');
  const report: Record<string, string[]> = {};
  for (const entry of PAGES) await test.step(entry.path, async () => {
    const page = entry.as === 'expert' ? expert : coordinator;
    await openPage(page, entry);
    await entry.ready(page);
    await page.waitForLoadState('networkidle').catch(() => undefined);
    const found = await violations(page);
    if (found.length) report[entry.path] = found;
  });
  // And the signed-out sign-in page.
  await context.clearCookies();
  const signedOut = await context.newPage();
  await signedOut.goto('/sign-in');
  await expect(signedOut.getByRole('button', { name: 'Sign in' })).toBeVisible();
  const atSignIn = await violations(signedOut);
  if (atSignIn.length) report['/sign-in'] = atSignIn;
  await expertContext.close();
  expect(report).toEqual({});
});

test('the main pages can be walked with the keyboard, starting with a skip link, and the focus is always visible', async ({ browser }) => {
  test.setTimeout(240_000);
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const coordinator = await context.newPage();
  await signIn(coordinator, 'coordinator@demo.peerhub.test');
  const expertContext = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const expert = await expertContext.newPage();
  await signIn(expert, 'expert@demo.peerhub.test');
  const unseen: string[] = [];
  for (const entry of PAGES) await test.step(entry.path, async () => {
    const { path } = entry;
    const page = entry.as === 'expert' ? expert : coordinator;
    await openPage(page, entry);
    // Loaded afresh, so the keyboard starts from the top of the page.
    await page.goto(page.url());
    await entry.ready(page);
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('#main')).toBeFocused();
    for (let step = 0; step < 20; step++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el);
        // A card's stretched title link draws its ring on ::after, round the whole card.
        const after = getComputedStyle(el, '::after');
        const outlined = [style, after].some((s) => s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0);
        const ringed = style.boxShadow !== 'none';
        // Mantine's text fields show focus by their border colour instead of a ring.
        const field = el.matches('input:not([type=checkbox]):not([type=radio]), textarea, select, [role=combobox], [role=textbox]');
        return { visible: outlined || ringed || field, what: `${el.tagName.toLowerCase()} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}"` };
      });
      if (focused && !focused.visible) unseen.push(`${path}: ${focused.what}`);
    }
  });
  expect(unseen).toEqual([]);
  await context.close();
  await expertContext.close();
});
