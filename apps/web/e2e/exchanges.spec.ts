import { expect, test, type Browser, type Page, type TestInfo } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { signIn, snap } from './helpers';

const EGOV = 'P2P Learning Alliance on e-Government Development';
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };

/** A signed-in page whose browser sits in another zone than the person's profile: times must follow the profile. */
async function personIn(browser: Browser, email: string, timezoneId: string): Promise<Page> {
  const context = await browser.newContext({ viewport: DESKTOP, timezoneId });
  const page = await context.newPage();
  await signIn(page, email);
  return page;
}

async function pick(page: Page, combobox: string, option: string | RegExp, search?: string): Promise<void> {
  const box = page.getByRole('combobox', { name: combobox, exact: true });
  await box.click();
  if (search) await box.fill(search);
  await page.getByRole('option', { name: option }).first().click();
}

/** Both widths, full page. */
async function snapBoth(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  await snap(page, testInfo, name);
  await page.setViewportSize(PHONE);
  await snap(page, testInfo, `${name}-390`);
  await page.setViewportSize(DESKTOP);
}

test('a coordinator plans a webinar with a poll, a member answers, the best time is used, published, registered and added to a calendar', async ({ browser }, testInfo) => {
  const title = `Open data portals: lessons from Tashkent ${Date.now().toString(36)}`;
  const errors: string[] = [];

  // Daniyar (coordinator, Asia/Almaty) on a laptop set to London time.
  const coordinator = await personIn(browser, 'coordinator@demo.peerhub.test', 'Europe/London');
  coordinator.on('pageerror', (e) => errors.push(e.message));
  await coordinator.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Exchanges' }).click();
  await expect(coordinator.getByRole('heading', { level: 1, name: 'Exchanges' })).toBeVisible();
  await coordinator.getByRole('link', { name: 'New exchange' }).click();
  await expect(coordinator.getByRole('heading', { level: 1, name: 'New exchange' })).toBeVisible();

  await pick(coordinator, 'Alliance', EGOV);
  await pick(coordinator, 'Type', 'Webinar');
  await coordinator.getByRole('textbox', { name: 'Title' }).fill(title);
  await coordinator.getByRole('textbox', { name: 'Description' }).fill('How Uzbekistan opened its budget data, and what the alliance can learn from it.');
  await coordinator.getByRole('textbox', { name: 'Learning objective 1' }).fill('Compare open data portal governance models');
  // The host country sets the host's time zone.
  await pick(coordinator, 'Host country', 'Uzbekistan', 'Uzbek');
  await expect(coordinator.getByRole('combobox', { name: "Host's time zone" })).toHaveValue(/^Asia\/Tashkent/);
  await coordinator.locator('label').filter({ hasText: /^Online$/ }).click();
  await expect(coordinator.getByRole('textbox', { name: 'Venue' })).toHaveCount(0);
  await coordinator.getByRole('textbox', { name: 'Meeting link' }).fill('https://meet.example.org/peerhub-open-data');
  await pick(coordinator, 'Peer groups', 'Open data portals');
  await coordinator.keyboard.press('Escape');

  // Wall-clock times in Tashkent; first a bad one: the end before the start.
  await coordinator.getByLabel('Start date').fill('2027-03-10');
  await coordinator.getByLabel('Start time').fill('10:00');
  await coordinator.getByLabel('End date').fill('2027-03-10');
  await coordinator.getByLabel('End time').fill('09:00');
  await coordinator.getByRole('button', { name: 'Save draft' }).click();
  await expect(coordinator.getByLabel('End date')).toHaveAccessibleDescription('The end must come after the start');
  await snap(coordinator, testInfo, 'x-05-form-error-end');
  await coordinator.getByLabel('End time').fill('11:30');
  await expect(coordinator.getByText('Wed 10 Mar 2027, 10:00–11:30 Tashkent')).toBeVisible();

  // A session, then the exchange moves to the next day: the session is left outside its days.
  await coordinator.getByRole('button', { name: 'Add session' }).click();
  const session = coordinator.getByRole('group', { name: 'Session 1' });
  await session.getByRole('textbox', { name: 'Session 1 start time' }).fill('10:00');
  await session.getByRole('textbox', { name: 'Session 1 end time' }).fill('10:45');
  await session.getByRole('textbox', { name: 'Session 1 topic' }).fill('The budget data portal, step by step');
  await session.getByRole('combobox', { name: 'Session 1 speakers' }).fill('Jasur Karimov');
  await session.getByRole('combobox', { name: 'Session 1 speakers' }).press('Enter');
  await coordinator.getByLabel('Start date').fill('2027-03-11');
  await expect(coordinator.getByLabel('End date')).toHaveValue('2027-03-11');
  await coordinator.getByRole('button', { name: 'Save draft' }).click();
  // The API's own message, on that session.
  await expect(session).toContainText("This session is on 2027-03-10, outside the exchange's days (2027-03-11 to 2027-03-11, Asia/Tashkent)");
  await snap(coordinator, testInfo, 'x-06-form-error-session');
  await session.getByRole('combobox', { name: 'Day' }).click();
  await coordinator.getByRole('option', { name: /Thu 11 Mar/ }).click();
  await snapBoth(coordinator, testInfo, 'x-04-form');
  await coordinator.getByRole('button', { name: 'Save draft' }).click();

  // The draft: the organiser proposes two times.
  await expect(coordinator.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(coordinator.getByText('Thu 11 Mar 2027, 10:00–11:30 Tashkent').first()).toBeVisible();
  const exchangeUrl = coordinator.url();
  await coordinator.getByRole('tab', { name: 'Find a time' }).click();
  await coordinator.getByLabel('Time 1: date').fill('2027-03-16');
  await coordinator.getByLabel('Time 1: start').fill('10:00');
  await coordinator.getByLabel('Time 2: date').fill('2027-03-17');
  await coordinator.getByLabel('Time 2: start').fill('14:00');
  await coordinator.getByRole('button', { name: 'Propose these times' }).click();
  await expect(coordinator.getByRole('list', { name: 'Proposed times' }).getByRole('listitem')).toHaveCount(2);
  // Members see no drafts: publishing opens the poll (and registration) to them.
  await coordinator.getByRole('button', { name: 'Publish' }).click();
  await expect(coordinator.getByRole('alert').getByText('Published', { exact: true })).toBeVisible();

  // Dilnoza (member, Asia/Tashkent) answers: yes on the 17th, no on the 16th.
  const member = await personIn(browser, 'member@demo.peerhub.test', 'America/New_York');
  member.on('pageerror', (e) => errors.push(e.message));
  await member.goto(exchangeUrl);
  await expect(member.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await member.getByRole('button', { name: 'Answer the poll' }).click();
  const slot16 = member.getByRole('listitem', { name: /^Tue 16 Mar 2027, 10:00–11:30/ });
  const slot17 = member.getByRole('listitem', { name: /^Wed 17 Mar 2027, 14:00–15:30/ });
  await slot17.locator('label').filter({ hasText: /^Yes$/ }).click();
  await expect(slot17).toContainText('1 yes');
  await slot16.locator('label').filter({ hasText: /^No$/ }).click();
  await expect(slot16).toContainText('1 no');
  await snapBoth(member, testInfo, 'x-07-poll-member');

  // The coordinator sees the best time highlighted and uses it with one click.
  await coordinator.reload();
  const best = coordinator.getByRole('listitem', { name: /best time$/ });
  await expect(best).toHaveCount(1);
  await expect(best).toHaveAccessibleName(/^Wed 17 Mar 2027, 14:00–15:30/);
  await expect(best.getByText('Best time')).toBeVisible();
  await snapBoth(coordinator, testInfo, 'x-08-poll-best');
  await best.getByRole('button', { name: /^Use this time/ }).click();
  await expect(coordinator.getByRole('alert').getByText(/It now starts Wed 17 Mar 2027, 14:00 Tashkent/)).toBeVisible();
  await expect(best.getByText("The exchange's time")).toBeVisible();
  const when = coordinator.getByRole('region', { name: 'When and where' });
  await expect(when).toContainText('Wed 17 Mar 2027, 14:00–15:30 Tashkent');
  // The agenda moved with it.
  await coordinator.getByRole('tab', { name: 'Overview' }).click();
  await expect(coordinator.getByRole('region', { name: 'Agenda' })).toContainText('14:00–14:45 Tashkent');

  // Dilnoza registers and takes the .ics.
  await member.reload();
  await expect(member.getByRole('region', { name: 'When and where' })).toContainText('Wed 17 Mar 2027, 14:00–15:30 Tashkent');
  await member.getByRole('group', { name: 'Your answer' }).getByRole('button', { name: 'Going' }).click();
  await expect(member.getByText("You're going.", { exact: true })).toBeVisible();
  await expect(member.getByRole('group', { name: 'Your answer' }).getByRole('button', { name: 'Going' })).toHaveAttribute('aria-pressed', 'true');
  await snapBoth(member, testInfo, 'x-09-exchange-member');
  const [download] = await Promise.all([member.waitForEvent('download'), member.getByRole('button', { name: 'Add to calendar (.ics)' }).click()]);
  expect(download.suggestedFilename()).toMatch(/\.ics$/);
  const ics = readFileSync((await download.path()) ?? '', 'utf8');
  expect(ics).toContain('BEGIN:VEVENT');
  expect(ics.replace(/\r?\n[ \t]/g, '')).toContain(title);
  // 14:00 in Tashkent (UTC+5) is 09:00 UTC.
  expect(ics).toMatch(/DTSTART:20270317T090000Z/);
  // She is now in the exchange's conversation.
  await member.getByRole('tab', { name: 'Discussion' }).click();
  await expect(member.getByRole('button', { name: 'Send' })).toBeVisible();

  // Kadri in Tallinn sees the host's time with hers beside it.
  const expert = await personIn(browser, 'expert@demo.peerhub.test', 'Asia/Tokyo');
  expert.on('pageerror', (e) => errors.push(e.message));
  await expert.goto(exchangeUrl);
  await expect(expert.getByRole('region', { name: 'When and where' })).toContainText('Wed 17 Mar 2027, 14:00–15:30 Tashkent (Wed 17 Mar, 11:00–12:30 your time, Tallinn)');
  await expect(expert.getByText('Register to join the discussion').or(expert.getByRole('tab', { name: 'Discussion' }))).toBeVisible();
  await snapBoth(expert, testInfo, 'x-10-exchange-other-zone');

  // The coordinator's exchange page and the calendar in its three views.
  await snapBoth(coordinator, testInfo, 'x-11-exchange-organiser');
  await coordinator.getByRole('tab', { name: 'Participants' }).click();
  await expect(coordinator.getByRole('listitem', { name: /Dilnoza Rakhimova, Going/ })).toBeVisible();
  await snap(coordinator, testInfo, 'x-12-participants');
  await coordinator.goto('/exchanges?date=2027-03-17');
  await expect(coordinator.getByRole('grid', { name: 'Exchanges in March 2027' }).getByRole('link', { name: new RegExp(title) })).toBeVisible();
  await snapBoth(coordinator, testInfo, 'x-01-calendar-month');
  await coordinator.getByText('Week', { exact: true }).click();
  await expect(coordinator.getByRole('heading', { name: '15 – 21 Mar 2027' })).toBeVisible();
  await expect(coordinator.getByRole('link', { name: new RegExp(title) }).first()).toBeVisible();
  await snapBoth(coordinator, testInfo, 'x-02-calendar-week');
  await coordinator.getByText('List', { exact: true }).click();
  await expect(coordinator.getByRole('link', { name: new RegExp(title) })).toBeVisible();
  await snapBoth(coordinator, testInfo, 'x-03-calendar-list');
  // The linked peer group lists it among its upcoming exchanges.
  await coordinator.goto('/groups');
  await coordinator.getByRole('link', { name: 'Open data portals' }).click();
  await expect(coordinator.getByRole('region', { name: 'Upcoming exchanges' }).getByRole('link', { name: new RegExp(title) })).toBeVisible();
  // "Mine": Dilnoza's calendar holds what she registered for.
  await member.goto('/exchanges?view=list&scope=mine');
  await expect(member.getByRole('link', { name: new RegExp(`${title}.*my answer: Going`) })).toBeVisible();

  expect(errors).toEqual([]);
});

test('after an exchange: a participant gives feedback, the organiser shares outcomes and reads the summary', async ({ browser }, testInfo) => {
  const title = `Service design clinic ${Date.now().toString(36)}`;
  const errors: string[] = [];
  const coordinator = await personIn(browser, 'coordinator@demo.peerhub.test', 'UTC');
  coordinator.on('pageerror', (e) => errors.push(e.message));
  await coordinator.goto('/exchanges/new');
  await pick(coordinator, 'Alliance', EGOV);
  await coordinator.getByRole('textbox', { name: 'Title' }).fill(title);
  await pick(coordinator, 'Host country', 'Kazakhstan', 'Kazakh');
  await coordinator.getByRole('textbox', { name: 'Venue' }).fill('Astana Civil Service Hub, Mangilik El 55/20');
  // It started yesterday (in Almaty) and runs until tomorrow.
  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  await coordinator.getByLabel('Start date').fill(day(-1));
  await coordinator.getByLabel('End date').fill(day(1));
  await coordinator.getByRole('button', { name: 'Save draft' }).click();
  await expect(coordinator.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await coordinator.getByRole('button', { name: 'Publish' }).click();
  await expect(coordinator.getByRole('alert').getByText('Published', { exact: true })).toBeVisible();
  const url = coordinator.url();

  const member = await personIn(browser, 'member@demo.peerhub.test', 'UTC');
  member.on('pageerror', (e) => errors.push(e.message));
  await member.goto(url);
  await member.getByRole('group', { name: 'Your answer' }).getByRole('button', { name: 'Going' }).click();
  await expect(member.getByText("You're going.", { exact: true })).toBeVisible();
  await member.getByRole('tab', { name: 'After the exchange' }).click();
  const feedback = member.getByRole('region', { name: 'Your feedback' });
  await feedback.getByRole('button', { name: 'Send feedback' }).click();
  await expect(feedback.getByText('Pick 1 to 5 stars').first()).toBeVisible();
  for (const [score, stars] of [
    ['overall', 5],
    ['relevance', 4],
    ['organisation', 5],
  ] as const) {
    const id = await feedback.locator(`input[name="score-${score}"][value="${stars}"]`).getAttribute('id');
    await feedback.locator(`label[for="${id}"]`).click();
  }
  await feedback.getByRole('textbox', { name: 'What will you apply at home?' }).fill('One-stop service centre queue metrics');
  await feedback.getByRole('button', { name: 'Send feedback' }).click();
  await expect(feedback.getByText('Thank you: your feedback is in.')).toBeVisible();
  await snap(member, testInfo, 'x-13-feedback');

  await coordinator.reload();
  await coordinator.getByRole('tab', { name: 'After the exchange' }).click();
  await coordinator.getByRole('button', { name: 'Write them' }).click();
  await coordinator.getByRole('textbox', { name: 'Outcomes' }).fill('Three countries agreed to share queue data monthly.');
  await coordinator.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(coordinator.getByText('Three countries agreed to share queue data monthly.')).toBeVisible();
  const summary = coordinator.getByRole('region', { name: 'Feedback summary' });
  await expect(summary).toContainText('1 of 1 participants answered.');
  await expect(summary).toContainText('One-stop service centre queue metrics');
  await expect(summary.locator('.recharts-bar-rectangle path').first()).toBeVisible();
  await snapBoth(coordinator, testInfo, 'x-14-afterwards-organiser');
  expect(errors).toEqual([]);
});
