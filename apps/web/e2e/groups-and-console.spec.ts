import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { newSignedInPage, snap } from './helpers';

const EGOV = 'P2P Learning Alliance on e-Government Development';
const GROUP = 'Open data portals';

async function openConsole(page: Page, testInfo: TestInfo): Promise<void> {
  await page.goto('/');
  await page.getByRole('link', { name: EGOV }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: EGOV })).toBeVisible();
  await expect(page.getByRole('heading', { name: /^Peer groups/ })).toBeVisible();
  await expect(page.getByRole('link', { name: GROUP })).toBeVisible();
  await snap(page, testInfo, 'g-04-alliance-with-groups');
  await page.getByRole('link', { name: /Coordinator console/ }).click();
  await expect(page.getByText('Coordinator console', { exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: EGOV })).toBeVisible();
}

test('a member asks to join a group, the coordinator approves in the console and she sees it live; import, audit, dashboard', async ({ browser }, testInfo) => {
  // Dilnoza finds a by-request group and asks to join.
  const dilnoza = await newSignedInPage(browser, 'member@demo.peerhub.test');
  const errors: string[] = [];
  dilnoza.on('pageerror', (e) => errors.push(e.message));
  await dilnoza.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Groups' }).click();
  await expect(dilnoza.getByRole('heading', { level: 1, name: 'Groups' })).toBeVisible();
  await expect(dilnoza.getByRole('link', { name: GROUP })).toBeVisible();
  // Invite-only groups she is not in stay hidden from her.
  await expect(dilnoza.getByRole('link', { name: 'E-participation practitioners' })).toHaveCount(0);
  await snap(dilnoza, testInfo, 'g-01-groups');
  await dilnoza.getByRole('link', { name: GROUP }).click();
  await expect(dilnoza.getByRole('heading', { level: 1, name: GROUP })).toBeVisible();
  await expect(dilnoza.getByText("The discussion is for the group's members")).toBeVisible();
  await dilnoza.getByRole('button', { name: 'Ask to join' }).click();
  const ask = dilnoza.getByRole('dialog', { name: `Ask to join ${GROUP}` });
  await ask.getByRole('textbox', { name: 'Message to the leads' }).fill('Uzbekistan is opening its budget data; I would like to learn from your portals.');
  await snap(dilnoza, testInfo, 'g-02-ask-to-join');
  await ask.getByRole('button', { name: 'Send request' }).click();
  await expect(ask).toBeHidden();
  await expect(dilnoza.getByRole('button', { name: /Request sent/ })).toBeDisabled();
  await expect(dilnoza.getByRole('listitem', { name: /Dilnoza Rakhimova/ })).toHaveCount(0);
  await snap(dilnoza, testInfo, 'g-03-group-requested');

  // The coordinator approves it with one click in the console.
  const coordinator = await newSignedInPage(browser, 'coordinator@demo.peerhub.test');
  await openConsole(coordinator, testInfo);
  const row = coordinator.getByRole('row', { name: `Dilnoza Rakhimova asks to join the group ${GROUP}` });
  await expect(row).toBeVisible();
  await expect(coordinator.getByRole('row', { name: /Tigran Hakobyan asks to join the group Open data portals/ })).toBeVisible();
  await snap(coordinator, testInfo, 'g-05-console-requests');
  await row.getByRole('button', { name: 'Approve Dilnoza Rakhimova' }).click();
  await expect(coordinator.getByRole('status').getByText(`Approved: Dilnoza Rakhimova → the group ${GROUP}`)).toBeVisible();
  await expect(row).toHaveCount(0);
  await snap(coordinator, testInfo, 'g-06-console-approved');

  // Without reloading, Dilnoza's page shows her as a member.
  await expect(dilnoza.getByRole('button', { name: 'Leave group' })).toBeVisible();
  await expect(dilnoza.getByRole('listitem', { name: /Dilnoza Rakhimova/ })).toBeVisible();
  // …and the group's live discussion opens to her.
  await expect(dilnoza.getByRole('button', { name: 'Send' })).toBeVisible();
  await snap(dilnoza, testInfo, 'g-07-group-member-live');

  // The coordinator imports a CSV mixing good and bad rows.
  const stamp = Date.now();
  const csvPath = join(mkdtempSync(join(tmpdir(), 'peerhub-import-')), 'invitees.csv');
  writeFileSync(
    csvPath,
    [
      'name,email,country,organisation,role',
      `Aliya Sarsenova,aliya.${stamp}@example.test,KZ,,member`,
      `Nino Beridze,nino.${stamp}@example.test,GE,,expert`,
      'Broken Address,not-an-email,KZ,,member',
      `Nobody Nowhere,nobody.${stamp}@example.test,XX,,member`,
      'Dilnoza Again,member@demo.peerhub.test,UZ,,member',
    ].join('\n'),
  );
  await coordinator.getByRole('tab', { name: 'Import' }).click();
  await coordinator.locator('input[type="file"]').setInputFiles(csvPath);
  await expect(coordinator.getByText('invitees.csv')).toBeVisible();
  await coordinator.getByRole('button', { name: 'Check the rows' }).click();
  await expect(coordinator.getByText('2 ready', { exact: true })).toBeVisible();
  await expect(coordinator.getByText('3 with problems', { exact: true })).toBeVisible();
  await expect(coordinator.getByText(/Bad e-mail/)).toBeVisible();
  await expect(coordinator.getByText(/Unknown country “XX”/)).toBeVisible();
  await expect(coordinator.getByText('Already a member of this alliance')).toBeVisible();
  await snap(coordinator, testInfo, 'g-08-import-preview');
  await coordinator.getByRole('button', { name: 'Invite 2 people' }).click();
  const summary = coordinator.getByRole('status', { name: 'Import summary' });
  await expect(summary.getByRole('heading', { name: '2 invitations sent' })).toBeVisible();
  await expect(summary.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '100');
  await expect(summary.getByText(`aliya.${stamp}@example.test`)).toBeVisible();
  await expect(summary.getByText(`nino.${stamp}@example.test`)).toBeVisible();
  await snap(coordinator, testInfo, 'g-09-import-done');

  // The audit log lists the approval.
  await coordinator.getByRole('tab', { name: 'Audit log' }).click();
  const approval = coordinator.getByRole('row').filter({ hasText: 'Group request approved' }).filter({ hasText: 'Dilnoza Rakhimova' });
  await expect(approval).toHaveCount(1);
  await expect(approval).toContainText(GROUP);
  await expect(coordinator.getByRole('button', { name: 'Export CSV' })).toBeEnabled();
  await snap(coordinator, testInfo, 'g-10-audit');

  // The members table and the dashboard.
  await coordinator.getByRole('tab', { name: 'Members' }).click();
  await expect(coordinator.getByRole('combobox', { name: 'Role of Dilnoza Rakhimova' })).toHaveValue('Member');
  await snap(coordinator, testInfo, 'g-11-members');
  await coordinator.getByRole('tab', { name: 'Dashboard' }).click();
  for (const chart of ['Members by country', 'Members by role', 'Growth', 'Groups by activity']) {
    await expect(coordinator.getByRole('heading', { name: chart })).toBeVisible();
  }
  await expect(coordinator.locator('.recharts-surface').first()).toBeVisible();
  await expect.poll(() => coordinator.locator('.recharts-surface').count()).toBeGreaterThanOrEqual(4);
  await snap(coordinator, testInfo, 'g-12-dashboard');

  // The same pages on a phone.
  await dilnoza.setViewportSize({ width: 390, height: 844 });
  await expect(dilnoza.getByRole('button', { name: 'Leave group' })).toBeVisible();
  await snap(dilnoza, testInfo, 'g-13-mobile-group');
  await coordinator.setViewportSize({ width: 390, height: 844 });
  await coordinator.getByRole('tab', { name: 'Requests' }).click();
  await expect(coordinator.getByRole('article', { name: /Tigran Hakobyan/ })).toBeVisible();
  await snap(coordinator, testInfo, 'g-14-mobile-console-requests');
  await coordinator.getByRole('tab', { name: 'Members' }).click();
  await expect(coordinator.getByRole('combobox', { name: 'Role of Dilnoza Rakhimova' })).toBeVisible();
  await snap(coordinator, testInfo, 'g-15-mobile-console-members');
  await coordinator.getByRole('tab', { name: 'Dashboard' }).click();
  await expect(coordinator.getByRole('heading', { name: 'Members by role' })).toBeVisible();
  await snap(coordinator, testInfo, 'g-16-mobile-console-dashboard');

  expect(errors).toEqual([]);
});

test('a group lead decides a request on the group page; someone outside an alliance asks to join it', async ({ browser }, testInfo) => {
  // Yerlan leads "Open data portals"; Tigran's request waits in the demo data.
  const lead = await newSignedInPage(browser, 'yerlan.omarov@demo.peerhub.test');
  await lead.goto('/groups');
  await lead.getByRole('link', { name: GROUP }).click();
  const request = lead.getByRole('group', { name: 'Tigran Hakobyan asks to join' }).or(lead.getByLabel('Tigran Hakobyan asks to join'));
  await expect(request).toBeVisible();
  await snap(lead, testInfo, 'g-17-lead-requests');
  await lead.getByRole('button', { name: 'Approve Tigran Hakobyan' }).click();
  await expect(lead.getByText('Approved: Tigran Hakobyan')).toBeVisible();
  await expect(lead.getByRole('listitem', { name: /Tigran Hakobyan/ })).toBeVisible();

  // Kadri (e-Government alliance only) asks to join the Public Service Delivery alliance.
  const kadri = await newSignedInPage(browser, 'expert@demo.peerhub.test');
  await kadri.goto('/');
  await kadri.getByRole('link', { name: /P2P Learning Alliance on Public Service Delivery/ }).first().click();
  await kadri.getByRole('button', { name: 'Ask to join' }).click();
  await kadri.getByRole('dialog').getByLabel('Message to the coordinators').fill('Estonia would like to compare service quality measures.');
  await kadri.getByRole('dialog').getByRole('button', { name: 'Send request' }).click();
  await expect(kadri.getByRole('button', { name: 'Request sent' })).toBeDisabled();
  await snap(kadri, testInfo, 'g-18-asked-to-join-alliance');
});
