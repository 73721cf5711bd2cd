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
  nodes: Array<{ target: string[]; failureSummary?: string }>;
}

/** Serious and critical WCAG 2.2 A/AA violations on the page as it stands. */
async function violations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  const found = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, options: object) => Promise<{ violations: Violation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] }, resultTypes: ['violations'] });
    return result.violations;
  });
  return found.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')} — ${v.nodes[0]?.failureSummary ?? ''}`);
}

const PAGES: Array<{ path: string; ready: (page: Page) => Promise<void> }> = [
  { path: '/', ready: (p) => expect(p.getByRole('heading', { level: 1 })).toBeVisible() },
  { path: '/groups', ready: (p) => expect(p.getByRole('heading', { level: 1, name: 'Groups' })).toBeVisible() },
  { path: '/exchanges', ready: (p) => expect(p.getByRole('heading', { level: 1 })).toBeVisible() },
  { path: '/case-studies', ready: (p) => expect(p.getByRole('heading', { level: 1 })).toBeVisible() },
  { path: '/learning', ready: (p) => expect(p.getByRole('heading', { level: 1 })).toBeVisible() },
  { path: '/people', ready: (p) => expect(p.getByRole('heading', { level: 1, name: 'People' })).toBeVisible() },
  { path: '/conversations', ready: (p) => expect(p.getByRole('heading', { level: 1, name: 'Conversations' })).toBeVisible() },
  { path: '/me', ready: (p) => expect(p.getByRole('heading', { level: 1 })).toBeVisible() },
];

test('the main pages have no serious or critical accessibility violations (axe-core, WCAG 2.2 AA)', async ({ browser }) => {
  // The app's Content-Security-Policy (rightly) refuses inline scripts; the checker is let in.
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, bypassCSP: true });
  const page = await context.newPage();
  await signIn(page, 'coordinator@demo.peerhub.test');
  const report: Record<string, string[]> = {};
  for (const { path, ready } of PAGES) {
    await page.goto(path);
    await ready(page);
    await page.waitForLoadState('networkidle').catch(() => undefined);
    const found = await violations(page);
    if (found.length) report[path] = found;
  }
  expect(report).toEqual({});
});

test('the main pages can be walked with the keyboard, starting with a skip link, and the focus is always visible', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await signIn(page, 'coordinator@demo.peerhub.test');
  const unseen: string[] = [];
  for (const { path, ready } of PAGES) {
    await page.goto(path);
    await ready(page);
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
        const field = el.matches('input:not([type=checkbox]):not([type=radio]), textarea, [role=combobox], [role=textbox]');
        return { visible: outlined || ringed || field, what: `${el.tagName.toLowerCase()} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}"` };
      });
      if (focused && !focused.visible) unseen.push(`${path}: ${focused.what}`);
    }
  }
  expect(unseen).toEqual([]);
  await context.close();
});
