import { expect, test, type Browser, type Page, type TestInfo } from '@playwright/test';
import { signIn, snap } from './helpers';

// An exchange's life after it is planned: invitations to a draft's poll, edits, approval, the
// waitlist, attendance and cancellation, each seen by the organiser and the participants.

const EGOV = 'P2P Learning Alliance on e-Government Development';
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };

async function personIn(browser: Browser, email: string, timezoneId: string, errors: string[]): Promise<Page> {
  const context = await browser.newContext({ viewport: DESKTOP, timezoneId });
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(`${email}: ${e.message}`));
  await signIn(page, email);
  return page;
}

async function pick(page: Page, combobox: string, option: string | RegExp, search?: string): Promise<void> {
  const box = page.getByRole('combobox', { name: combobox, exact: true });
  await box.click();
  if (search) await box.fill(search);
  await page.getByRole('option', { name: option }).first().click();
}

async function snapBoth(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  await snap(page, testInfo, name);
  await page.setViewportSize(PHONE);
  await snap(page, testInfo, `${name}-390`);
  await page.setViewportSize(DESKTOP);
}

/** A day relative to today, as the form's date field takes it. */
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/** The coordinator fills in the essentials of an in-person exchange in Astana and saves the draft. */
async function draft(page: Page, title: string, fill: { startDate: string; startTime?: string; endDate: string; endTime?: string; capacity?: number; approval?: boolean }): Promise<string> {
  await page.goto('/exchanges/new');
  await pick(page, 'Alliance', EGOV);
  await page.getByRole('textbox', { name: 'Title' }).fill(title);
  await pick(page, 'Host country', 'Kazakhstan', 'Kazakh');
  await page.getByRole('textbox', { name: 'Venue' }).fill('Astana Civil Service Hub, Mangilik El 55/20');
  await page.getByLabel('Start date').fill(fill.startDate);
  if (fill.startTime) await page.getByLabel('Start time').fill(fill.startTime);
  await page.getByLabel('End date').fill(fill.endDate);
  if (fill.endTime) await page.getByLabel('End time').fill(fill.endTime);
  if (fill.capacity) await page.getByRole('textbox', { name: 'Capacity' }).fill(String(fill.capacity));
  if (fill.approval) await page.getByRole('switch', { name: 'The organiser approves each registration' }).check({ force: true });
  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  return page.url();
}

async function publish(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Publish' }).click();
  await expect(page.getByRole('alert').getByText('Published', { exact: true })).toBeVisible();
}

const answer = (page: Page, label: 'Going' | 'Maybe' | "Can't go") => page.getByRole('group', { name: 'Your answer' }).getByRole('button', { name: label }).click();

test('people invited to a draft answer its poll before it is published; the rest of the alliance does not see it', async ({ browser }, testInfo) => {
  const title = `Once-only data exchange ${Date.now().toString(36)}`;
  const errors: string[] = [];
  const coordinator = await personIn(browser, 'coordinator@demo.peerhub.test', 'Asia/Almaty', errors);
  await coordinator.goto('/exchanges/new');
  await pick(coordinator, 'Alliance', EGOV);
  await pick(coordinator, 'Type', 'Webinar');
  await coordinator.getByRole('textbox', { name: 'Title' }).fill(title);
  await pick(coordinator, 'Host country', 'Estonia', 'Eston');
  await coordinator.locator('label').filter({ hasText: /^Online$/ }).click();
  await coordinator.getByRole('textbox', { name: 'Meeting link' }).fill('https://meet.example.org/once-only');
  // Kadri is invited by name: the alliance's other members are not.
  await pick(coordinator, 'People invited by name', /^Kadri Tamm/, 'Kadri');
  await coordinator.keyboard.press('Escape');
  await coordinator.getByLabel('Start date').fill('2027-05-04');
  await coordinator.getByLabel('Start time').fill('10:00');
  await coordinator.getByLabel('End date').fill('2027-05-04');
  await coordinator.getByLabel('End time').fill('11:00');
  await coordinator.getByRole('button', { name: 'Save draft' }).click();
  await expect(coordinator.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(coordinator.getByRole('region', { name: 'When and where' })).toContainText('Invited by name: Kadri Tamm');
  const url = coordinator.url();
  await coordinator.getByRole('tab', { name: 'Find a time' }).click();
  await coordinator.getByLabel('Time 1: date').fill('2027-05-06');
  await coordinator.getByLabel('Time 1: start').fill('10:00');
  await coordinator.getByLabel('Time 2: date').fill('2027-05-05');
  await coordinator.getByLabel('Time 2: start').fill('11:00');
  await coordinator.getByRole('button', { name: 'Propose these times' }).click();
  await expect(coordinator.getByRole('list', { name: 'Proposed times' }).getByRole('listitem')).toHaveCount(2);

  // Kadri finds the draft in her list, marked as an invitation, and answers.
  const expert = await personIn(browser, 'expert@demo.peerhub.test', 'Europe/Tallinn', errors);
  await expert.goto('/exchanges?view=list');
  const row = expert.getByRole('link', { name: new RegExp(title) });
  // The card shows the badges; its link says them to screen readers.
  await expect(row).toHaveAccessibleName(/Draft, Invited/);
  await expect(expert.locator('.card-link').filter({ has: row })).toContainText('Invited');
  await row.click();
  await expect(expert.getByRole('alert').filter({ hasText: 'A draft you were invited to' })).toBeVisible();
  await expect(expert.getByRole('group', { name: 'Your answer' }).getByRole('button', { name: 'Going' })).toBeDisabled();
  await expert.getByRole('button', { name: 'Answer the poll' }).click();
  // 11:00 in Tallinn on 5 May is 11:00 in the host's zone too (Estonia hosts).
  const second = expert.getByRole('listitem', { name: /^Wed 5 May 2027, 11:00–12:00/ });
  await second.locator('label').filter({ hasText: /^Yes$/ }).click();
  await expect(second).toContainText('1 yes');
  await snapBoth(expert, testInfo, 'xl-01-draft-poll-invited');

  // Dilnoza, in the same alliance but not invited, does not learn the draft exists.
  const member = await personIn(browser, 'member@demo.peerhub.test', 'Asia/Tashkent', errors);
  await member.goto(url);
  await expect(member.getByText('This page does not exist, or you do not have access to it.')).toBeVisible();
  await member.goto('/exchanges?view=list');
  await expect(member.getByRole('heading', { level: 1, name: 'Exchanges' })).toBeVisible();
  await expect(member.getByRole('link', { name: new RegExp(title) })).toHaveCount(0);

  // The organiser sees the answer and uses the best time.
  await coordinator.reload();
  const best = coordinator.getByRole('listitem', { name: /best time$/ });
  await expect(best).toHaveAccessibleName(/^Wed 5 May 2027/);
  await snap(coordinator, testInfo, 'xl-02-draft-poll-organiser');
  expect(errors).toEqual([]);
});

test('capacity 1 with approval: two people register, one is admitted, the other waits and is promoted when the first declines; attendance afterwards', async ({ browser }, testInfo) => {
  const title = `Queue management clinic ${Date.now().toString(36)}`;
  const errors: string[] = [];
  const coordinator = await personIn(browser, 'coordinator@demo.peerhub.test', 'Asia/Almaty', errors);
  // A two-day clinic that started yesterday, one seat, each registration approved.
  const url = await draft(coordinator, title, { startDate: day(-1), endDate: day(1), capacity: 1, approval: true });
  await expect(coordinator.getByRole('region', { name: 'Registration' })).toContainText('0 of 1 seats taken · the organiser approves each registration');
  await publish(coordinator);
  // The organiser keeps the participants open while people register: it fills in live.
  await coordinator.getByRole('tab', { name: 'Participants' }).click();
  await expect(coordinator.getByText('Nobody has registered yet')).toBeVisible();

  const member = await personIn(browser, 'member@demo.peerhub.test', 'Asia/Tashkent', errors);
  const expert = await personIn(browser, 'expert@demo.peerhub.test', 'Europe/Tallinn', errors);
  for (const page of [member, expert]) {
    await page.goto(url);
    await answer(page, 'Going');
    await expect(page.getByRole('status').filter({ hasText: "Waiting for the organiser's approval." })).toBeVisible();
  }
  const dilnoza = coordinator.getByRole('listitem', { name: /^Dilnoza Rakhimova, / });
  const kadri = coordinator.getByRole('listitem', { name: /^Kadri Tamm, / });
  await expect(dilnoza).toHaveAccessibleName('Dilnoza Rakhimova, Awaiting approval');
  await expect(kadri).toHaveAccessibleName('Kadri Tamm, Awaiting approval');
  await snapBoth(coordinator, testInfo, 'xl-03-approval-waiting');

  // Dilnoza takes the one seat; Kadri, admitted next, lands on the waitlist. Each sees it without reloading.
  await coordinator.getByRole('button', { name: 'Admit Dilnoza Rakhimova' }).click();
  await expect(dilnoza).toHaveAccessibleName('Dilnoza Rakhimova, Going');
  await expect(member.getByText('Registration approved')).toBeVisible();
  await expect(member.getByRole('status').filter({ hasText: "You're going." })).toBeVisible();
  await coordinator.getByRole('button', { name: 'Admit Kadri Tamm' }).click();
  await expect(kadri).toHaveAccessibleName('Kadri Tamm, Waitlist');
  await expect(expert.getByRole('status').filter({ hasText: 'You are on the waitlist, position 1.' })).toBeVisible();
  await expect(expert.getByRole('region', { name: 'Registration' })).toContainText('1 of 1 seats taken · 1 on the waitlist');
  await snapBoth(expert, testInfo, 'xl-04-waitlisted');

  // Dilnoza cannot go after all: Kadri moves up at once, and both other pages show it live.
  await answer(member, "Can't go");
  await expect(member.getByText('Noted: you are not going.')).toBeVisible();
  await expect(expert.getByText('A seat freed up')).toBeVisible();
  await expect(expert.getByRole('status').filter({ hasText: "You're going." })).toBeVisible();
  await expect(kadri).toHaveAccessibleName('Kadri Tamm, Going');
  await expect(dilnoza).toHaveAccessibleName("Dilnoza Rakhimova, Can't go");
  await snapBoth(expert, testInfo, 'xl-05-promoted');

  // Attendance: Kadri came. Then the organiser closes the exchange.
  await coordinator.getByRole('checkbox', { name: 'Kadri Tamm attended' }).check();
  await coordinator.getByRole('button', { name: 'Save attendance' }).click();
  await expect(coordinator.getByText('1 attended.')).toBeVisible();
  await expect(kadri.getByText('Attended')).toBeVisible();
  await coordinator.getByRole('button', { name: 'More' }).click();
  await coordinator.getByRole('menuitem', { name: 'Mark as completed' }).click();
  await expect(coordinator.getByRole('alert').getByText('Marked as completed')).toBeVisible();
  await snapBoth(coordinator, testInfo, 'xl-06-attendance');
  await coordinator.reload();
  await expect(coordinator.getByRole('listitem', { name: 'Kadri Tamm, Going' }).getByText('Attended')).toBeVisible();
  expect(errors).toEqual([]);
});

test('the organiser moves an exchange and then cancels it; a registered participant sees both', async ({ browser }, testInfo) => {
  const title = `Digital signatures across borders ${Date.now().toString(36)}`;
  const errors: string[] = [];
  const coordinator = await personIn(browser, 'coordinator@demo.peerhub.test', 'Asia/Almaty', errors);
  const url = await draft(coordinator, title, { startDate: '2027-09-14', startTime: '10:00', endDate: '2027-09-14', endTime: '12:00' });
  await publish(coordinator);

  const member = await personIn(browser, 'member@demo.peerhub.test', 'Asia/Tashkent', errors);
  await member.goto(url);
  await answer(member, 'Going');
  await expect(member.getByRole('status').filter({ hasText: "You're going." })).toBeVisible();
  // Astana is UTC+5 like Tashkent: one time, no second zone.
  const when = member.getByRole('region', { name: 'When and where' });
  await expect(when).toContainText(/Tue 14 Sept? 2027, 10:00–12:00/);

  // The organiser moves it an hour later.
  await coordinator.getByRole('link', { name: 'Edit' }).click();
  await expect(coordinator.getByRole('heading', { level: 1, name: /Edit/ })).toBeVisible();
  await coordinator.getByLabel('Start time').fill('11:00');
  await coordinator.getByLabel('End time').fill('13:00');
  await coordinator.getByRole('button', { name: 'Save changes' }).click();
  await expect(coordinator.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(coordinator.getByRole('region', { name: 'When and where' })).toContainText(/Tue 14 Sept? 2027, 11:00–13:00/);

  // Dilnoza's open page is told (a notice through the job queue) and shows the new time.
  await expect(member.getByText('An exchange changed')).toBeVisible({ timeout: 20_000 });
  await expect(when).toContainText(/Tue 14 Sept? 2027, 11:00–13:00/);
  await snapBoth(member, testInfo, 'xl-07-moved-member');

  // Then the organiser cancels it, with a reason.
  await coordinator.getByRole('button', { name: 'More' }).click();
  await coordinator.getByRole('menuitem', { name: 'Cancel the exchange' }).click();
  const dialog = coordinator.getByRole('dialog');
  await expect(dialog).toContainText('The 1 people registered are told');
  await dialog.getByRole('textbox', { name: 'Reason' }).fill('The venue is closed for repairs.');
  await dialog.getByRole('button', { name: 'Cancel the exchange' }).click();
  await expect(coordinator.getByRole('status').filter({ hasText: 'This exchange was cancelled' })).toBeVisible();
  await expect(coordinator.getByRole('button', { name: 'Edit' }).or(coordinator.getByRole('link', { name: 'Edit' }))).toHaveCount(0);

  await expect(member.getByText('An exchange was cancelled')).toBeVisible({ timeout: 20_000 });
  await expect(member.getByRole('status').filter({ hasText: 'This exchange was cancelled' })).toBeVisible();
  await expect(member.getByRole('group', { name: 'Your answer' }).getByRole('button', { name: 'Maybe' })).toBeDisabled();
  await snapBoth(member, testInfo, 'xl-08-cancelled-member');
  await member.goto('/exchanges?view=list&scope=mine');
  await expect(member.getByRole('link', { name: new RegExp(`${title}.*Cancelled`) })).toBeVisible();
  await snap(member, testInfo, 'xl-09-cancelled-in-list');

  // Her calendar feed: made once, still shown after a reload, and it carries the cancellation.
  await member.getByRole('button', { name: 'Get my feed address' }).click();
  const address = member.getByRole('textbox', { name: 'Your secret feed address' });
  const feedUrl = await address.inputValue();
  expect(feedUrl).toMatch(/\/api\/calendar\/[\w-]+\.ics$/);
  await member.reload();
  await expect(address).toHaveValue(feedUrl);
  await expect(member.getByText(/^On since /)).toBeVisible();
  const feed = await (await member.request.get(feedUrl)).text();
  expect(feed.replace(/\r?\n[ \t]/g, '')).toContain(`SUMMARY:Cancelled: ${title}`);
  expect(feed).toContain('STATUS:CANCELLED');
  await snap(member, testInfo, 'xl-10-feed-after-reload');
  await member.getByRole('button', { name: 'Turn the feed off' }).click();
  await expect(member.getByText('The feed is off.')).toBeVisible();
  expect(errors).toEqual([]);
});
