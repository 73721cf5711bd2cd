import { expect, test, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import { join } from 'node:path';
import { DEMO_PASSWORD, signIn, snap } from './helpers';

const KADRI = 'expert@demo.peerhub.test';
const DILNOZA = 'member@demo.peerhub.test';
const GROUP = 'Open data portals';

async function personPage(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await signIn(page, email);
  return page;
}

async function tokenOf(request: APIRequestContext, email: string): Promise<string> {
  const response = await request.post('/api/auth/login', { data: { email, password: DEMO_PASSWORD } });
  expect(response.ok()).toBe(true);
  return ((await response.json()) as { accessToken: string }).accessToken;
}

async function pick(page: Page, combobox: string, option: string): Promise<void> {
  await page.getByRole('combobox', { name: combobox, exact: true }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** A PDF of a few megabytes (its first bytes make it a PDF; the rest is padding) so the upload takes a moment. */
function bigPdf(megabytes: number): Buffer {
  return Buffer.concat([Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n'), Buffer.alloc(megabytes * 1024 * 1024, 0x20), Buffer.from('\n%%EOF\n')]);
}

test('an expert writes, uploads and publishes a case study; a member finds it, they discuss it live; it is shared into a group as a card', async ({ browser }, testInfo) => {
  // A long journey with two browsers and a slowed upload.
  test.setTimeout(180_000);
  const run = Date.now().toString(36);
  const title = `The once-only data exchange behind Estonian e-services ${run}`;
  const errors: string[] = [];

  const kadri = await personPage(browser, KADRI);
  kadri.on('pageerror', (e) => errors.push(e.message));
  await kadri.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Case studies' }).click();
  await expect(kadri.getByRole('heading', { level: 1, name: 'Case studies' })).toBeVisible();
  await kadri.getByRole('link', { name: 'Write a case study' }).click();

  // The essentials; the contract's own schema refuses a summary too short.
  await kadri.getByRole('textbox', { name: 'Title', exact: true }).fill(title);
  await kadri.getByRole('textbox', { name: 'Summary', exact: true }).fill('Too short');
  await kadri.getByRole('button', { name: 'Create draft' }).click();
  await expect(kadri.getByText('Summarise it in a sentence or two')).toBeVisible();
  await kadri.getByRole('textbox', { name: 'Summary', exact: true }).fill('How Estonia made agencies ask citizens for a piece of data only once, through one secure exchange layer between registries.');
  await kadri.getByRole('combobox', { name: 'Topics' }).click();
  await kadri.getByRole('option', { name: 'Open data', exact: true }).click();
  await kadri.keyboard.press('Escape');
  await kadri.getByRole('textbox', { name: 'The story (markdown)' }).fill('## Why\n\nCitizens gave the **same data** to many agencies.\n\n- 900 organisations connected\n- 99% of services online');
  await snap(kadri, testInfo, 'cs-01-editor-new');
  await kadri.getByRole('button', { name: 'Create draft' }).click();
  await expect(kadri).toHaveURL(/\/case-studies\/[0-9a-f-]{36}\/edit$/);
  const caseStudyId = /\/case-studies\/([0-9a-f-]{36})\/edit$/.exec(kadri.url())?.[1] ?? '';
  await expect(kadri.getByRole('status').filter({ hasText: 'Saved (version 1)' })).toBeVisible();

  // It saves itself after typing stops: a new version.
  await kadri.getByRole('textbox', { name: 'The story (markdown)' }).fill('## Why\n\nCitizens gave the **same data** to many agencies.\n\n- 900 organisations connected\n- 99% of services online\n\n## How\n\nThe exchange layer connects registries.');
  await expect(kadri.getByRole('status').filter({ hasText: 'Saved (version 2)' })).toBeVisible();
  await kadri.getByRole('tab', { name: 'Preview' }).click();
  await expect(kadri.getByLabel('Preview').locator('strong', { hasText: 'same data' })).toBeVisible();
  await expect(kadri.getByLabel('Preview').getByRole('heading', { name: 'How' })).toBeVisible();

  // An upload of a few megabytes on a slow line: its progress bar shows.
  const cdp = await kadri.context().newCDPSession(kadri);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 20, downloadThroughput: -1, uploadThroughput: 512 * 1024 });
  await kadri.locator('input[type=file]').setInputFiles({ name: 'X-Road overview.pdf', mimeType: 'application/pdf', buffer: bigPdf(4) });
  const progress = kadri.getByRole('progressbar', { name: 'Upload of X-Road overview.pdf' });
  await expect(progress).toBeVisible();
  await expect(kadri.getByText(/Uploading X-Road overview\.pdf… \d+%/)).toBeVisible();
  // The bar grows while we look at it, so Playwright would wait for it to stand still; scroll without waiting.
  await progress.evaluate((bar) => bar.scrollIntoView({ block: 'center' }));
  await kadri.screenshot({ path: join(testInfo.project.outputDir, 'screenshots', 'cs-02-upload-progress.png') });
  await expect(kadri.getByRole('button', { name: 'X-Road overview.pdf', exact: true })).toBeVisible({ timeout: 30_000 });
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
  await snap(kadri, testInfo, 'cs-03-editor-saved-with-file');

  await kadri.getByRole('button', { name: 'Publish' }).click();
  await expect(kadri.getByRole('button', { name: 'Back to draft' })).toBeVisible();
  await kadri.getByRole('link', { name: 'View', exact: true }).click();
  await expect(kadri.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(kadri.getByRole('heading', { name: 'Discussion' })).toBeVisible();

  // Dilnoza, in another browser, finds it by a word in another form ("registry" finds "registries").
  const dilnoza = await personPage(browser, DILNOZA);
  dilnoza.on('pageerror', (e) => errors.push(e.message));
  await dilnoza.goto('/case-studies');
  await dilnoza.getByRole('searchbox', { name: 'Search case studies' }).fill('registry exchange layer');
  const hit = dilnoza.getByRole('list', { name: 'Case studies' }).getByRole('listitem').filter({ hasText: title });
  await expect(hit).toBeVisible();
  await expect(hit.locator('mark', { hasText: /^registr/i }).first()).toBeVisible();
  await snap(dilnoza, testInfo, 'cs-04-library-search-highlight');
  await hit.getByRole('link', { name: title }).click();
  await expect(dilnoza.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(dilnoza.getByRole('button', { name: 'X-Road overview.pdf', exact: true })).toBeVisible();
  // A reader neither edits nor sees the history.
  await expect(dilnoza.getByRole('link', { name: 'Edit' })).toHaveCount(0);
  await expect(dilnoza.getByRole('heading', { name: 'Version history' })).toHaveCount(0);

  // The file downloads under its name.
  const downloading = dilnoza.waitForEvent('download');
  await dilnoza.getByRole('button', { name: 'X-Road overview.pdf', exact: true }).click();
  expect((await downloading).suggestedFilename()).toBe('X-Road overview.pdf');

  // Dilnoza comments; Kadri, on the same page, sees it arrive live.
  await dilnoza.getByLabel('Add a comment').fill(`Which registries did you connect first? (${run})`);
  await dilnoza.getByRole('button', { name: 'Comment', exact: true }).click();
  await expect(kadri.getByRole('list', { name: 'Comments' }).getByText(`Which registries did you connect first? (${run})`)).toBeVisible();
  await kadri.getByLabel('Add a comment').fill('The population register and the business register.');
  await kadri.getByRole('button', { name: 'Comment', exact: true }).click();
  await expect(dilnoza.getByRole('list', { name: 'Comments' }).getByText('The population register and the business register.')).toBeVisible();
  await snap(dilnoza, testInfo, 'cs-05-study-page-comments');

  // Kadri compares two versions.
  await kadri.getByRole('checkbox', { name: 'Pick version 1 to compare' }).check();
  await kadri.getByRole('checkbox', { name: 'Pick version 2 to compare' }).check();
  await kadri.getByRole('button', { name: 'Compare version 1 with 2' }).click();
  const comparison = kadri.getByRole('dialog', { name: 'Changes from version 1 to 2' });
  await expect(comparison.locator('ins', { hasText: 'The exchange layer connects registries.' })).toBeVisible();
  // The dialog fades in: let it finish before the picture.
  await comparison.evaluate((el) => Promise.all(document.getAnimations().map((a) => a.finished)).then(() => el.id));
  await kadri.screenshot({ path: join(testInfo.project.outputDir, 'screenshots', 'cs-06-compare-versions.png') });
  await kadri.keyboard.press('Escape');
  await expect(comparison).toBeHidden();

  // The printable view: the story without the application around it.
  await kadri.emulateMedia({ media: 'print' });
  await expect(kadri.getByRole('button', { name: 'Print' })).toBeHidden();
  await snap(kadri, testInfo, 'cs-07-print-view');
  await kadri.emulateMedia({ media: 'screen' });

  // Kadri shares it into her group; the conversation shows it as a card.
  await kadri.getByRole('button', { name: 'Share to a conversation' }).click();
  await pick(kadri, 'Conversation', `${GROUP} (group)`);
  await kadri.getByLabel('A note (optional)').fill('How we did it in Estonia');
  await kadri.getByRole('button', { name: 'Share', exact: true }).click();
  await kadri.getByRole('button', { name: 'Open the conversation' }).click();
  const card = kadri.getByTestId('case-study-card').filter({ hasText: title });
  await expect(card.first()).toBeVisible();
  await expect(card.first().getByRole('link', { name: title })).toHaveAttribute('href', `/case-studies/${caseStudyId}`);
  await snap(kadri, testInfo, 'cs-08-shared-card-in-group');

  expect(errors).toEqual([]);
});

const XSS = {
  title: `<img src=x onerror="window.__xss='title'">Portal <script>window.__xss='title-script'</script>`,
  summary: `<svg onload="window.__xss='summary'"></svg> A summary long enough to be accepted by the contract.`,
  body: [
    `<script>window.__xss='script'</script>`,
    `<img src=x onerror="window.__xss='img'">`,
    `[a javascript link](javascript:window.__xss='md-link')`,
    `<a href="javascript:window.__xss='a-href'">raw link</a>`,
    `<svg><script>window.__xss='svg-script'</script></svg>`,
    `<svg onload="window.__xss='svg-onload'"><circle r="10"/></svg>`,
    `<iframe src="javascript:window.__xss='iframe'"></iframe>`,
    `![an image](javascript:window.__xss='md-img')`,
    `[data link](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)`,
    `<details open ontoggle="window.__xss='toggle'">x</details>`,
    `portal xsscheck`,
  ].join('\n\n'),
};
// The smallest valid PNG (1×1 pixel): a real image whose name is a payload.
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082', 'hex');

/** Nothing from the content ran, and nothing able to run made it into the page. */
async function expectInert(page: Page, where: string): Promise<void> {
  expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss), `${where}: a payload ran`).toBeUndefined();
  const found = await page.evaluate(() => ({
    scripts: [...document.scripts].filter((s) => (s.textContent ?? '').includes('__xss')).length,
    handlers: document.querySelectorAll('[onerror], [onload], [ontoggle], [onclick]').length,
    javascriptUrls: [...document.querySelectorAll('[href], [src]')].filter((e) => /^\s*(javascript|data):/i.test(e.getAttribute('href') ?? e.getAttribute('src') ?? '')).length,
    frames: document.querySelectorAll('iframe, object, embed').length,
  }));
  expect(found, where).toEqual({ scripts: 0, handlers: 0, javascriptUrls: 0, frames: 0 });
}

test('script tags, event handlers, javascript: links and SVG scripts in a title, body and file name never run', async ({ browser, request }, testInfo) => {
  const token = await tokenOf(request, KADRI);
  const headers = { authorization: `Bearer ${token}` };
  const created = await request.post('/api/case-studies', {
    headers,
    data: { ...XSS, country: 'EE', topics: ['open-data'], stage: 'implemented', language: 'en', results: XSS.body, lessons: `<script>window.__xss='lessons'</script>` },
  });
  expect(created.status()).toBe(201);
  const id = ((await created.json()) as { id: string }).id;
  // A real PNG whose name is a payload is kept (with a harmless name); an SVG carrying a script is refused.
  const png = await request.post(`/api/case-studies/${id}/attachments`, { headers, multipart: { file: { name: `<img src=x onerror="window.__xss='file'">.png`, mimeType: 'image/png', buffer: PNG } } });
  expect(png.status()).toBe(201);
  const svg = await request.post(`/api/case-studies/${id}/attachments`, { headers, multipart: { file: { name: 'diagram.pdf', mimeType: 'application/pdf', buffer: Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg"><script>window.__xss='svg-file'</script></svg>`) } } });
  expect(svg.status()).toBe(415);
  expect(((await svg.json()) as { error: { message: string } }).error.message).toMatch(/cannot be shared in a case study/);
  expect((await request.put(`/api/case-studies/${id}/status`, { headers, data: { status: 'published' } })).ok()).toBe(true);
  const groups = (await (await request.get(`/api/groups?q=${encodeURIComponent(GROUP)}`, { headers })).json()) as { items: Array<{ id: string; name: string }> };
  const groupId = groups.items.find((g) => g.name === GROUP)?.id;
  const conversation = (await (await request.get(`/api/groups/${groupId}/conversation`, { headers })).json()) as { id: string };

  const kadri = await personPage(browser, KADRI);
  const dialogs: string[] = [];
  kadri.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await kadri.addInitScript(() => {
    const flag = (why: string) => () => {
      (window as unknown as { __xss?: unknown }).__xss = why;
    };
    window.alert = flag('alert');
    window.confirm = flag('confirm') as unknown as typeof window.confirm;
    window.prompt = flag('prompt') as unknown as typeof window.prompt;
  });

  // The study page: title, summary, body, results, lessons and the file name.
  await kadri.goto(`/case-studies/${id}`);
  await expect(kadri.getByRole('heading', { level: 1 })).toContainText('<img src=x onerror=');
  await expect(kadri.getByRole('heading', { level: 1 })).toContainText('<script>');
  await expect(kadri.getByText('portal xsscheck').first()).toBeVisible();
  // A javascript: link keeps its words, loses its target.
  await expect(kadri.getByText('a javascript link').first()).toBeVisible();
  await expect(kadri.getByRole('button', { name: /img src=x onerror=.*\.png/ })).toBeVisible();
  await expectInert(kadri, 'study page');
  await snap(kadri, testInfo, 'cs-x1-xss-study-page');

  // The library's highlighted hit.
  await kadri.goto('/case-studies?q=xsscheck');
  await expect(kadri.getByRole('list', { name: 'Case studies' }).locator('mark', { hasText: 'xsscheck' })).toBeVisible();
  await expectInert(kadri, 'library');
  await snap(kadri, testInfo, 'cs-x2-xss-library');

  // The editor's preview.
  await kadri.goto(`/case-studies/${id}/edit`);
  await kadri.getByRole('tab', { name: 'Preview' }).click();
  await expect(kadri.getByLabel('Preview').getByText('portal xsscheck')).toBeVisible();
  await expectInert(kadri, 'editor preview');

  // Shared into a conversation: the message and its card.
  const shared = await request.post(`/api/conversations/${conversation.id}/messages`, {
    headers,
    data: { clientId: crypto.randomUUID(), body: `Look <img src=x onerror="window.__xss='message'"> [here](javascript:window.__xss='message-link')\n${new URL(kadri.url()).origin}/case-studies/${id}` },
  });
  expect(shared.ok()).toBe(true);
  await kadri.goto(`/conversations/${conversation.id}`);
  await expect(kadri.getByTestId('case-study-card').last()).toContainText('<img src=x onerror=');
  await expectInert(kadri, 'conversation card');
  await snap(kadri, testInfo, 'cs-x3-xss-card');

  expect(dialogs).toEqual([]);
});
