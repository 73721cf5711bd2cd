import { expect, test } from '@playwright/test';
import { newSignedInPage, signIn, snap } from './helpers';

const ALLIANCE = 'P2P Learning Alliance on e-Government Development';

test('a coordinator invites someone, who accepts from the outbox link and finds herself in the directory', async ({ page, browser }, testInfo) => {
  const email = `aigerim.testova.${Date.now()}@example.test`;

  // The coordinator opens the alliance and invites Aigerim.
  await signIn(page, 'coordinator@demo.peerhub.test');
  await expect(page.getByRole('heading', { name: 'My alliances' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Outbox' })).toHaveCount(0);
  await snap(page, testInfo, '01-home-coordinator');
  await page.getByRole('link', { name: ALLIANCE }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: ALLIANCE })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Pending invitations' })).toBeVisible();
  await snap(page, testInfo, '02-alliance');
  await page.getByRole('button', { name: 'Invite someone' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: 'Name' }).fill('Aigerim Testova');
  await dialog.getByRole('textbox', { name: 'E-mail' }).fill(email);
  await snap(page, testInfo, '03-invite-modal');
  await dialog.getByRole('button', { name: 'Send invitation' }).click();
  await expect(page.getByText('Invitation sent')).toBeVisible();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('cell', { name: email })).toBeVisible();
  await snap(page, testInfo, '03b-invitation-pending');

  // The admin finds the mail in the dev outbox.
  const admin = await newSignedInPage(browser, 'admin@demo.peerhub.test');
  await admin.getByRole('link', { name: 'Outbox' }).click();
  await admin.getByRole('searchbox', { name: 'Recipient' }).fill(email);
  const mail = admin.getByRole('article', { name: `Invitation to the ${ALLIANCE}` });
  await expect(mail).toHaveCount(1);
  await snap(admin, testInfo, '04-outbox');
  const link = await mail.getByRole('link', { name: /\/invitations\/accept\?token=/ }).getAttribute('href');
  expect(link).toBeTruthy();

  // Aigerim, in her own browser, follows the link, accepts and is signed in.
  const invitee = await (await browser.newContext({ viewport: { width: 1280, height: 800 }, timezoneId: 'Asia/Almaty' })).newPage();
  const errors: string[] = [];
  const sockets: string[] = [];
  invitee.on('pageerror', (e) => errors.push(e.message));
  invitee.on('websocket', (ws) => sockets.push(ws.url()));
  await invitee.goto(link ?? '');
  await expect(invitee.getByRole('heading', { name: `Join the ${ALLIANCE}` })).toBeVisible();
  await expect(invitee.getByRole('textbox', { name: 'Your name' })).toHaveValue('Aigerim Testova');
  // The time zone defaults to the browser's.
  await expect(invitee.getByRole('combobox', { name: 'Time zone' })).toHaveValue(/^Asia\/Almaty/);
  await invitee.getByRole('textbox', { name: 'Choose a password' }).fill('a good long password');
  await invitee.getByRole('combobox', { name: 'Country' }).click();
  await invitee.getByRole('option', { name: 'Kazakhstan' }).click();
  await invitee.getByRole('combobox', { name: 'Languages you work in' }).click();
  await invitee.getByRole('option', { name: /Russian/ }).click();
  await invitee.keyboard.press('Escape');
  await snap(invitee, testInfo, '05-accept-invitation');
  await invitee.getByRole('button', { name: 'Accept and sign in' }).click();
  await expect(invitee.getByRole('heading', { name: 'Welcome, Aigerim' })).toBeVisible();
  await expect(invitee.getByRole('link', { name: ALLIANCE }).first()).toBeVisible();
  await snap(invitee, testInfo, '06-home-new-member');
  // Signed in, the app opens its live connection with the new access token.
  await expect.poll(() => sockets.some((url) => url.includes('/socket.io/'))).toBe(true);

  // She finds herself in the directory.
  await invitee.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'People' }).click();
  await invitee.getByRole('searchbox', { name: 'Search by name' }).fill('Testova');
  await expect(invitee).toHaveURL(/q=Testova/);
  await expect(invitee.getByText('1 person', { exact: true })).toBeVisible();
  await expect(invitee.getByRole('link', { name: 'Aigerim Testova', exact: true })).toBeVisible();
  await snap(invitee, testInfo, '07-directory-search');
  await invitee.getByRole('link', { name: 'Aigerim Testova', exact: true }).click();
  await expect(invitee.getByRole('heading', { level: 1, name: 'Aigerim Testova' })).toBeVisible();
  await snap(invitee, testInfo, '08-person');

  // The same app on a phone.
  await invitee.setViewportSize({ width: 390, height: 844 });
  await invitee.goto('/');
  await expect(invitee.getByRole('heading', { name: 'Welcome, Aigerim' })).toBeVisible();
  await snap(invitee, testInfo, '09-mobile-home');
  await invitee.getByRole('button', { name: 'Open menu' }).click();
  await expect(invitee.getByRole('dialog', { name: 'Menu' })).toBeVisible();
  await invitee.waitForTimeout(400); // the drawer's slide-in
  await snap(invitee, testInfo, '10-mobile-menu');
  await invitee.getByRole('link', { name: 'People' }).click();
  await expect(invitee.getByText(/\d+ people/)).toBeVisible();
  await snap(invitee, testInfo, '11-mobile-people');
  await invitee.goto('/');
  await invitee.getByRole('link', { name: ALLIANCE }).first().click();
  await expect(invitee.getByRole('heading', { level: 1, name: ALLIANCE })).toBeVisible();
  await expect(invitee.getByRole('button', { name: 'Invite someone' })).toHaveCount(0);
  await snap(invitee, testInfo, '11b-mobile-alliance');
  expect(errors).toEqual([]);
});

test('the directory filters live in the address', async ({ page }, testInfo) => {
  await signIn(page, 'member@demo.peerhub.test');
  await page.goto('/people?country=EE');
  await expect(page.getByRole('combobox', { name: 'Country' })).toHaveValue('Estonia');
  await expect(page.getByRole('article').first()).toBeVisible();
  await expect(page.getByRole('article').filter({ hasNotText: 'Estonia' })).toHaveCount(0);
  await snap(page, testInfo, '12-directory-filtered');
});

test('a person edits their profile; bad input is named and nothing is lost', async ({ page }, testInfo) => {
  await signIn(page, 'member@demo.peerhub.test');
  await page.getByRole('link', { name: 'My profile' }).first().click();
  await page.getByRole('textbox', { name: 'Position' }).fill('Head of the digital services unit');
  await page.getByRole('textbox', { name: 'Avatar address' }).fill('javascript:alert(1)');
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByText('Use an https:// address for the avatar')).toBeVisible();
  await snap(page, testInfo, '13-profile-invalid');
  await page.getByRole('textbox', { name: 'Avatar address' }).fill('');
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByText('Your profile is up to date.')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Position' })).toHaveValue('Head of the digital services unit');
  await snap(page, testInfo, '14-profile');
});

test('sign-in and invitation errors are clear', async ({ page }, testInfo) => {
  await page.goto('/sign-in');
  await page.getByLabel('E-mail').fill('member@demo.peerhub.test');
  await page.getByRole('textbox', { name: 'Password' }).fill('not the password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toContainText('The e-mail or the password is not right');
  await snap(page, testInfo, '15-sign-in-error');

  await page.goto('/invitations/accept?token=this-token-does-not-exist');
  await expect(page.getByRole('heading', { name: 'This invitation link does not work' })).toBeVisible();
  await snap(page, testInfo, '16-invitation-invalid');

  await page.goto('/people');
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fpeople/);
  await page.getByRole('link', { name: 'Forgot password?' }).click();
  await page.getByLabel('E-mail').fill('member@demo.peerhub.test');
  await page.getByRole('button', { name: 'Send the link' }).click();
  await expect(page.getByRole('status')).toBeVisible();
  await snap(page, testInfo, '17-reset-requested');
});

test('a coordinator revokes a pending invitation; members see no invite button', async ({ page, browser }, testInfo) => {
  const email = `revoked.${Date.now()}@example.test`;
  await signIn(page, 'coordinator@demo.peerhub.test');
  await page.getByRole('link', { name: ALLIANCE }).first().click();
  await page.getByRole('button', { name: 'Invite someone' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: 'Name' }).fill('Nodira Example');
  await dialog.getByRole('textbox', { name: 'E-mail' }).fill('not an address');
  await dialog.getByRole('button', { name: 'Send invitation' }).click();
  await expect(dialog.getByText('Enter a valid e-mail address')).toBeVisible();
  await dialog.getByRole('textbox', { name: 'E-mail' }).fill(email);
  await dialog.getByRole('combobox', { name: 'Role' }).click();
  await page.getByRole('option', { name: 'Expert' }).click();
  await dialog.getByRole('button', { name: 'Send invitation' }).click();
  const row = page.getByRole('row').filter({ hasText: email });
  await expect(row).toContainText('Expert');
  await row.getByRole('button', { name: 'Revoke the invitation of Nodira Example' }).click();
  await expect(page.getByText('Invitation revoked')).toBeVisible();
  await expect(row).toHaveCount(0);
  await snap(page, testInfo, '18-invitation-revoked');

  const member = await newSignedInPage(browser, 'member@demo.peerhub.test');
  await member.getByRole('link', { name: ALLIANCE }).first().click();
  await expect(member.getByRole('heading', { level: 1, name: ALLIANCE })).toBeVisible();
  await expect(member.getByRole('button', { name: 'Invite someone' })).toHaveCount(0);
  await expect(member.getByRole('heading', { name: 'Pending invitations' })).toHaveCount(0);
});
