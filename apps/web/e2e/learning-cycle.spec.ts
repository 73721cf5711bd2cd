import { expect, test, type APIRequestContext } from '@playwright/test';
import { DEMO_PASSWORD, newSignedInPage, snap } from './helpers';

const DILNOZA = 'member@demo.peerhub.test';
const KADRI = 'expert@demo.peerhub.test';
const DANIYAR = 'coordinator@demo.peerhub.test';
const JASUR = 'jasur.karimov@demo.peerhub.test';

async function api(request: APIRequestContext, email: string) {
  const login = await request.post('/api/auth/login', { data: { email, password: DEMO_PASSWORD } });
  expect(login.ok()).toBe(true);
  const { accessToken, person } = (await login.json()) as { accessToken: string; person: { id: string; memberships: Array<{ allianceId: string; allianceName: string }> } };
  const headers = { authorization: `Bearer ${accessToken}` };
  const call = async <T>(method: 'GET' | 'POST' | 'PUT', url: string, data?: unknown): Promise<T> => {
    const response = await request.fetch(url, { method, headers, data });
    expect(response.ok(), `${method} ${url}: ${response.status()} ${await response.text()}`).toBe(true);
    return (await response.json()) as T;
  };
  return { id: person.id, memberships: person.memberships, call };
}

// The demo data is shared with the journeys that run after this one: there, Dilnoza has no authoriser.
test.afterAll(async ({ request }) => {
  await (await api(request, DILNOZA)).call('PUT', '/api/me/authoriser', { authoriserId: null });
});

test('after a match: the authoriser approves, the learner plans, assesses and commits, the coordinator sees the results, the report prints', async ({ browser, request }, testInfo) => {
  const run = Date.now().toString(36);
  const title = `Service catalogue for one-stop shops (${run})`;
  // Set-up through the API: Dilnoza names Jasur (her vice-rector) as authoriser, posts a need; Daniyar proposes Kadri; both accept.
  const dilnoza = await api(request, DILNOZA);
  const kadri = await api(request, KADRI);
  const daniyar = await api(request, DANIYAR);
  const jasur = await api(request, JASUR);
  await dilnoza.call('PUT', '/api/me/authoriser', { authoriserId: jasur.id });
  const egov = dilnoza.memberships[0]!.allianceId;
  const need = await dilnoza.call<{ id: string }>('POST', '/api/learning-needs', {
    allianceId: egov,
    title,
    challenge: 'Our academy trains staff for the new public service centres and needs a catalogue of services to teach from.',
    topics: ['integrated-services'],
    outcomes: 'Design a service catalogue',
    formats: ['study-visit'],
    languages: ['ru', 'en'],
    timeFrom: '2027-03',
    timeTo: '2027-05',
  });
  await dilnoza.call('PUT', `/api/learning-needs/${need.id}/status`, { status: 'open' });
  const proposal = await daniyar.call<{ id: string }>('POST', `/api/learning-needs/${need.id}/proposals`, { peerIds: [kadri.id], message: 'Kadri built the catalogue behind eesti.ee.' });
  await kadri.call('POST', `/api/match-proposals/${proposal.id}/answer`, { answer: 'accepted' });
  await dilnoza.call('POST', `/api/match-proposals/${proposal.id}/answer`, { answer: 'accepted' });

  // She also registers for a webinar: that too waits for her authoriser.
  const webinar = await daniyar.call<{ id: string }>('POST', '/api/exchanges', {
    allianceId: egov,
    type: 'webinar',
    title: `Service catalogues in an hour (${run})`,
    hostCountry: 'UZ',
    format: 'online',
    meetingUrl: 'https://meet.example.org/catalogues',
    startsAt: '2027-04-06T06:00:00Z',
    endsAt: '2027-04-06T07:00:00Z',
    timezone: 'Asia/Tashkent',
  });
  await daniyar.call('PUT', `/api/exchanges/${webinar.id}/status`, { status: 'published' });
  await dilnoza.call('PUT', `/api/exchanges/${webinar.id}/registration`, { answer: 'going' });

  // Jasur, her authoriser, approves her taking part in both from his list.
  const jasurPage = await newSignedInPage(browser, JASUR);
  await jasurPage.goto('/learning/authorisations');
  await expect(jasurPage.getByRole('heading', { level: 1, name: 'Participation to approve' })).toBeVisible();
  const request1 = jasurPage.locator('[data-request="Dilnoza Rakhimova"]', { hasText: title });
  await expect(request1).toBeVisible();
  await snap(jasurPage, testInfo, 'lc-01-authoriser-requests');
  await request1.getByRole('button', { name: 'Approve' }).click();
  await expect(request1.getByText('Authorised')).toBeVisible();
  const request2 = jasurPage.locator('[data-request="Dilnoza Rakhimova"]', { hasText: `Service catalogues in an hour (${run})` });
  await expect(request2.getByText('registered for an exchange')).toBeVisible();
  await request2.getByRole('button', { name: 'Approve' }).click();
  await expect(request2.getByText('Authorised')).toBeVisible();

  // The match is open: Dilnoza plans it.
  const dilnozaPage = await newSignedInPage(browser, DILNOZA);
  await dilnozaPage.goto(`/learning/matches/${proposal.id}`);
  await expect(dilnozaPage.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(dilnozaPage.locator('[data-member="Dilnoza Rakhimova"]').getByText('Authorised')).toBeVisible();
  const objectiveForm = dilnozaPage.getByRole('form', { name: 'Add a learning objective' });
  await objectiveForm.getByLabel('New objective').fill('Design a catalogue of services for the academy');
  await objectiveForm.getByRole('button', { name: 'Add objective' }).click();
  const objective = dilnozaPage.locator('[data-objective="Design a catalogue of services for the academy"]');
  await expect(objective).toBeVisible();
  await objective.getByRole('radiogroup', { name: 'My level before (1–5)' }).getByText('2', { exact: true }).click();
  await expect(objective.getByText(/Before\s*2\.0/)).toBeVisible();

  const stepForm = dilnozaPage.getByRole('form', { name: 'Add a step' });
  await stepForm.getByLabel('Step').fill('Send our list of services to Kadri');
  await stepForm.getByLabel('Due').fill('2027-02-15');
  await stepForm.getByRole('button', { name: 'Add step' }).click();
  await expect(dilnozaPage.getByRole('checkbox', { name: 'Send our list of services to Kadri: done' })).toBeVisible();

  // A commitment without an owner is refused on the field; with one it is kept.
  const commitForm = dilnozaPage.getByRole('form', { name: 'Add a commitment' });
  await commitForm.getByLabel('What will be done').fill('Publish the academy service catalogue');
  await commitForm.getByLabel('Due').fill('2027-09-01');
  await commitForm.getByRole('button', { name: 'Add commitment' }).click();
  await expect(commitForm.getByText('Name who owns the commitment')).toBeVisible();
  await commitForm.getByLabel('Owner').fill('Department of digital government');
  await commitForm.getByRole('button', { name: 'Add commitment' }).click();
  await expect(dilnozaPage.locator('[data-commitment="Publish the academy service catalogue"]')).toBeVisible();
  await objective.getByRole('radiogroup', { name: 'My level after (1–5)' }).getByText('4', { exact: true }).click();
  await expect(objective.getByText(/after\s*4\.0/)).toBeVisible();
  await snap(dilnozaPage, testInfo, 'lc-02-match-plan');

  // The coordinator reads the results in the console and downloads a table.
  const daniyarPage = await newSignedInPage(browser, DANIYAR);
  await daniyarPage.goto(`/alliances/${egov}/console?tab=learning`);
  await expect(daniyarPage.getByRole('heading', { name: 'Self-assessed gains per objective' })).toBeVisible();
  await expect(daniyarPage.getByRole('heading', { name: 'Action-plan completion' })).toBeVisible();
  const download = daniyarPage.waitForEvent('download');
  await daniyarPage.getByRole('button', { name: 'Self-assessed gains per objective: download CSV' }).click();
  expect((await download).suggestedFilename()).toMatch(/^learning-gains-\d{4}-\d{2}-\d{2}\.csv$/);
  await snap(daniyarPage, testInfo, 'lc-03-console-learning-results');

  // Dilnoza closes the match; the printable report shows the before/after and her action plan.
  await dilnozaPage.getByRole('button', { name: 'Close match' }).click();
  await dilnozaPage.getByRole('dialog', { name: 'Close this match?' }).getByRole('button', { name: 'Close the match' }).click();
  await expect(dilnozaPage.getByText('This match is closed')).toBeVisible();
  await expect(dilnozaPage.getByRole('form', { name: 'Add a learning objective' })).toHaveCount(0);
  await dilnozaPage.getByRole('link', { name: 'Learning report' }).click();
  const report = dilnozaPage.getByRole('article', { name: title });
  await expect(report.getByRole('row', { name: /Design a catalogue of services for the academy\s+2\.0\s+4\.0\s+\+2\.0/ })).toBeVisible();
  await expect(report.getByRole('cell', { name: 'Department of digital government' })).toBeVisible();
  await dilnozaPage.emulateMedia({ media: 'print' });
  await expect(dilnozaPage.getByRole('button', { name: 'Print' })).toBeHidden();
  await snap(dilnozaPage, testInfo, 'lc-04-learning-report-print');
  await dilnozaPage.emulateMedia({ media: 'screen' });

  // On a phone the workspace still reads top to bottom.
  await jasurPage.setViewportSize({ width: 390, height: 844 });
  await jasurPage.goto(`/learning/matches/${proposal.id}`);
  await expect(jasurPage.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await snap(jasurPage, testInfo, 'lc-05-match-phone-authoriser');
});
