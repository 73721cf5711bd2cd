import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { newSignedInPage, snap } from './helpers';

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };
const SEEDED_NEED = 'Open budget data that citizens actually use';

/** Both widths, full page. */
async function snapBoth(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  await snap(page, testInfo, name);
  await page.setViewportSize(PHONE);
  await snap(page, testInfo, `${name}-390`);
  await page.setViewportSize(DESKTOP);
}

async function pickMany(page: Page, combobox: string, options: string[]): Promise<void> {
  const box = page.getByRole('combobox', { name: combobox, exact: true });
  for (const option of options) {
    await box.click();
    await page.getByRole('option', { name: option, exact: true }).click();
  }
  await page.keyboard.press('Escape');
}

const errorsOf = (page: Page) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
};

test('a member posts a need, the coordinator proposes the top suggestion with its reasons, both sides accept, the match opens its group and draft exchange', async ({ browser }, testInfo) => {
  const title = `One-stop shops for business registration ${Date.now().toString(36)}`;

  // Dilnoza (member, Tashkent) posts a learning need; a seeded proposal already waits for her answer.
  const member = await newSignedInPage(browser, 'member@demo.peerhub.test');
  const memberErrors = errorsOf(member);
  await member.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Learning' }).click();
  await expect(member.getByRole('heading', { level: 1, name: 'Learning needs' })).toBeVisible();
  await expect(member.getByRole('heading', { level: 2, name: 'Waiting for your answer' })).toBeVisible();
  await expect(member.getByRole('link', { name: `${SEEDED_NEED}, Open` })).toBeVisible();
  await expect(member.getByRole('link', { name: 'Online consultations that change decisions, Draft' })).toBeVisible();
  // She coordinates nothing: no alliance-wide list.
  await expect(member.getByRole('heading', { name: 'Needs in the alliances you coordinate' })).toHaveCount(0);
  await snapBoth(member, testInfo, 'l-01-learning-member');

  await member.getByRole('link', { name: 'Post a learning need' }).click();
  await expect(member.getByRole('heading', { level: 1, name: 'Post a learning need' })).toBeVisible();
  await member.getByRole('textbox', { name: 'Title' }).fill(title);
  await member
    .getByRole('textbox', { name: 'The reform challenge' })
    .fill('We are merging the front offices of 40 agencies into one-stop shops for businesses and need to learn how others designed the catalogue and the data exchange behind it.');
  await pickMany(member, 'Topics', ['Integrated services', 'Open data']);
  await member.getByRole('textbox', { name: 'What you want to be able to do afterwards' }).fill('Design the service catalogue\nPlan the data exchange between agencies');
  await member.getByRole('checkbox', { name: 'Study visit' }).check();
  await member.getByRole('checkbox', { name: 'Paired calls' }).check();
  // Her profile's languages are filled in.
  await expect(member.getByRole('combobox', { name: 'Languages you can work in' })).toBeVisible();
  // A time frame that ends before it starts is refused on the field, with the contract's words.
  await member.getByLabel('Start month').fill('2027-06');
  await member.getByLabel('End month').fill('2027-03');
  await member.getByRole('button', { name: 'Save and post' }).click();
  await expect(member.getByLabel('End month')).toHaveAccessibleDescription('The time frame must end after it starts');
  await expect(member.getByRole('alert')).toContainText('One field needs attention');
  await snapBoth(member, testInfo, 'l-02-form-time-frame-error');
  await member.getByLabel('End month').fill('2027-09');
  await member.getByRole('button', { name: 'Save and post' }).click();
  await expect(member.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(member.getByText('Open', { exact: true }).first()).toBeVisible();
  await expect(member.getByText(/^Jun – Sept? 2027$/)).toBeVisible();
  await expect(member.getByText('No match proposed yet')).toBeVisible();
  // Members see no suggestions: they are the coordinators' tool.
  await expect(member.getByRole('heading', { name: 'Suggested peers' })).toHaveCount(0);
  await snapBoth(member, testInfo, 'l-03-need-posted');
  const needUrl = member.url();
  // Its author may edit it: the form comes back filled in.
  await member.getByRole('link', { name: 'Edit' }).click();
  await expect(member.getByRole('heading', { level: 1, name: `Edit ${title}` })).toBeVisible();
  await expect(member.getByLabel('End month')).toHaveValue('2027-09');
  await expect(member.getByRole('button', { name: 'Save changes' })).toBeVisible();
  await snap(member, testInfo, 'l-03b-edit');
  await member.getByRole('button', { name: 'Cancel' }).click();
  await expect(member).toHaveURL(needUrl);

  // Daniyar (coordinator) finds it among his alliances' needs and reads why each peer is suggested.
  const coordinator = await newSignedInPage(browser, 'coordinator@demo.peerhub.test');
  const coordinatorErrors = errorsOf(coordinator);
  await coordinator.goto('/learning');
  await expect(coordinator.getByRole('heading', { level: 2, name: 'Needs in the alliances you coordinate' })).toBeVisible();
  await coordinator.getByRole('combobox', { name: 'Status', exact: true }).click();
  await coordinator.getByRole('option', { name: 'Open', exact: true }).click();
  await expect(coordinator).toHaveURL(/status=open/);
  // Searching by a word form the title does not use ("registrations"): the need's English stemmer finds it.
  await coordinator.getByRole('searchbox', { name: 'Search needs' }).fill('registrations');
  await expect(coordinator).toHaveURL(/q=registrations/);
  await expect(coordinator.getByRole('link', { name: `${title}, Open` })).toBeVisible();
  await expect(coordinator.getByRole('link', { name: `${SEEDED_NEED}, Open` })).toHaveCount(0);
  await snapBoth(coordinator, testInfo, 'l-04-learning-coordinator');
  await coordinator.getByRole('link', { name: `${title}, Open` }).click();
  await expect(coordinator.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const peers = coordinator.getByRole('region', { name: 'Suggested peers' });
  await expect(peers.getByRole('listitem').first()).toContainText('Kadri Tamm');
  const why = peers.getByRole('list', { name: 'Why Kadri Tamm' });
  await expect(why.getByRole('listitem').filter({ hasText: 'works on integrated services and open data' })).toContainText('+35');
  await expect(why.getByRole('listitem').filter({ hasText: 'speaks Russian and English' })).toContainText('+15');
  await expect(why.getByRole('listitem').filter({ hasText: /h apart/ })).toContainText(/\+\d/);
  await expect(why.getByRole('listitem').filter({ hasText: 'available for new matches' })).toContainText('+10');
  // Her own case study (demo data) counts as reform experience; her organisation is shown.
  await expect(why.getByRole('listitem').filter({ hasText: 'wrote the case study' })).toContainText('+25');
  await expect(peers.getByRole('listitem').first().getByText(/Information System Authority/)).toBeVisible();
  await expect(peers.getByText(/local time/).first()).toBeVisible();
  // Unavailable people are never suggested.
  await expect(peers.getByText('Claire Dubois')).toHaveCount(0);
  await snapBoth(coordinator, testInfo, 'l-05-suggestions');

  await peers.getByRole('checkbox', { name: 'Choose Kadri Tamm' }).check();
  await peers.getByRole('button', { name: 'Propose a match' }).click();
  const modal = coordinator.getByRole('dialog', { name: 'Propose a match' });
  await modal.getByRole('textbox', { name: 'Message to the learner and the peers' }).fill('Kadri built the once-only data exchange behind Estonian e-services: exactly what your catalogue needs.');
  await expect(modal.getByRole('checkbox', { name: /Create a peer group/ })).toBeChecked();
  await expect(modal.getByRole('checkbox', { name: /Create a draft exchange/ })).toBeChecked();
  await snap(coordinator, testInfo, 'l-06-propose-modal');
  await modal.getByRole('button', { name: 'Send the proposal' }).click();
  await expect(modal).toBeHidden();
  const proposals = coordinator.getByRole('region', { name: 'Match proposals' });
  await expect(proposals.getByLabel('Kadri Tamm: Pending')).toBeVisible();
  await expect(proposals.getByLabel('Dilnoza Rakhimova: Pending')).toBeVisible();
  await expect(proposals.getByText('Waiting for answers')).toBeVisible();
  // The coordinator is not a party: no answer buttons for him.
  await expect(proposals.getByRole('button', { name: 'Accept' })).toHaveCount(0);
  await expect(peers.getByText('Proposed', { exact: true })).toBeVisible();

  // Kadri (expert) finds the proposal waiting for her and accepts.
  const expert = await newSignedInPage(browser, 'expert@demo.peerhub.test');
  const expertErrors = errorsOf(expert);
  await expert.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Learning' }).click();
  const waiting = expert.getByRole('region', { name: 'Waiting for your answer' });
  await expect(waiting.getByRole('article')).toHaveCount(2);
  await snapBoth(expert, testInfo, 'l-07-expert-waiting');
  await waiting.getByRole('link', { name: title }).click();
  await expect(expert.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(expert.getByText('Your answer is needed')).toBeVisible();
  // A peer sees the need but not the coordinators' suggestions.
  await expect(expert.getByRole('heading', { name: 'Suggested peers' })).toHaveCount(0);
  await snapBoth(expert, testInfo, 'l-08-expert-need');
  await expert.getByRole('region', { name: 'Match proposals' }).getByRole('button', { name: 'Accept' }).click();
  await expect(expert.getByLabel('Kadri Tamm: Accepted')).toBeVisible();
  await expect(expert.getByText('Your answer is needed')).toHaveCount(0);

  // Dilnoza: declining needs a reason; she accepts, and the match opens.
  await member.goto(needUrl);
  await expect(member.getByText('Your answer is needed')).toBeVisible();
  const mine = member.getByRole('region', { name: 'Match proposals' });
  await expect(mine.getByLabel('Kadri Tamm: Accepted')).toBeVisible();
  await mine.getByRole('button', { name: 'Decline' }).click();
  const decline = member.getByRole('dialog', { name: 'Decline this match?' });
  await decline.getByRole('button', { name: 'Decline' }).click();
  await expect(decline.getByRole('textbox', { name: 'Reason' })).toHaveAccessibleDescription(/Give a reason/);
  await snap(member, testInfo, 'l-09-decline-needs-reason');
  await decline.getByRole('button', { name: 'Cancel' }).click();
  await mine.getByRole('button', { name: 'Accept' }).click();
  await expect(member.getByText('Match agreed')).toBeVisible();
  await expect(mine.getByLabel('Dilnoza Rakhimova: Accepted')).toBeVisible();
  await expect(member.getByText('Matched', { exact: true }).first()).toBeVisible();
  await expect(mine.getByRole('link', { name: 'Open the peer group' })).toBeVisible();
  await snapBoth(member, testInfo, 'l-10-matched');

  await mine.getByRole('link', { name: 'Open the draft exchange' }).click();
  await expect(member.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(member.getByText('A draft you were invited to')).toBeVisible();
  await expect(member.getByText('Design the service catalogue')).toBeVisible();
  await snap(member, testInfo, 'l-11-draft-exchange');
  await member.goBack();
  await mine.getByRole('link', { name: 'Open the peer group' }).click();
  await expect(member.getByRole('heading', { level: 1, name: `Match: ${title}` })).toBeVisible();

  expect([...memberErrors, ...coordinatorErrors, ...expertErrors]).toEqual([]);
});

test('declining a proposal takes a reason the others read; an answer that comes too late is refused in words', async ({ browser }, testInfo) => {
  // Dilnoza opens the seeded proposal, and leaves the page open.
  const member = await newSignedInPage(browser, 'member@demo.peerhub.test');
  await member.goto('/learning');
  await member.getByRole('region', { name: 'Waiting for your answer' }).getByRole('link', { name: SEEDED_NEED }).click();
  await expect(member.getByRole('heading', { level: 1, name: SEEDED_NEED })).toBeVisible();
  const mine = member.getByRole('region', { name: 'Match proposals' });
  await expect(mine.getByRole('button', { name: 'Accept' })).toBeVisible();

  // Meanwhile Kadri declines it, with a reason (an empty one is refused).
  const expert = await newSignedInPage(browser, 'expert@demo.peerhub.test');
  await expert.goto('/learning');
  await expert.getByRole('region', { name: 'Waiting for your answer' }).getByRole('button', { name: 'Decline' }).click();
  const decline = expert.getByRole('dialog', { name: 'Decline this match?' });
  await decline.getByRole('button', { name: 'Decline' }).click();
  await expect(decline.getByText('Give a reason: the person reads it')).toBeVisible();
  await decline.getByRole('textbox', { name: 'Reason' }).fill('I am on a mission until the autumn; Yerlan knows the portal side better.');
  await decline.getByRole('button', { name: 'Decline' }).click();
  await expect(decline).toBeHidden();
  await expect(expert.getByText('You declined')).toBeVisible();
  await expect(expert.getByRole('heading', { name: 'Waiting for your answer' })).toHaveCount(0);

  // Dilnoza's Accept now comes too late: the API's reason, in words.
  await mine.getByRole('button', { name: 'Accept' }).click();
  await expect(mine.getByRole('alert')).toContainText('This proposal was already declined');
  await expect(mine.getByText('“I am on a mission until the autumn; Yerlan knows the portal side better.”')).toBeVisible();
  await expect(mine.getByText('Declined', { exact: true }).first()).toBeVisible();
  await snapBoth(member, testInfo, 'l-12-declined-too-late');
});

test('the author posts a draft and takes it back; a coordinator sees a draft but cannot match it yet', async ({ browser }, testInfo) => {
  const draft = 'Online consultations that change decisions';
  const member = await newSignedInPage(browser, 'member@demo.peerhub.test');
  await member.goto('/learning');
  await member.getByRole('link', { name: `${draft}, Draft` }).click();
  await expect(member.getByRole('heading', { level: 1, name: draft })).toBeVisible();
  await expect(member.getByText('Only you and the alliance’s coordinators see it.')).toBeVisible();

  const coordinator = await newSignedInPage(browser, 'coordinator@demo.peerhub.test');
  await coordinator.goto(member.url());
  await expect(coordinator.getByText('The author has not posted this need yet: peers can be proposed once it is posted.')).toBeVisible();
  await expect(coordinator.getByRole('heading', { name: 'Suggested peers' })).toHaveCount(0);
  await snapBoth(coordinator, testInfo, 'l-13-coordinator-draft');

  await member.getByRole('button', { name: 'Post it' }).click();
  await expect(member.getByText('Learning need posted')).toBeVisible();
  await expect(member.getByRole('button', { name: 'Post it' })).toHaveCount(0);
  await coordinator.reload();
  await expect(coordinator.getByRole('heading', { name: 'Suggested peers' })).toBeVisible();

  await member.getByRole('button', { name: 'More' }).click();
  await member.getByRole('menuitem', { name: 'Back to draft' }).click();
  await expect(member.getByRole('button', { name: 'Post it' })).toBeVisible();
  await expect(member.getByText('Draft', { exact: true }).first()).toBeVisible();
});
