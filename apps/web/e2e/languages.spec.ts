import { expect, test } from '@playwright/test';
import { DEMO_PASSWORD, signIn, snap } from './helpers';

const AIGERIM = 'aigerim.sadykova@demo.peerhub.test';
// The calendar's month heading, "Ноябрь 2026 г." instead of "November 2026".
const RUSSIAN_MONTH = /(январь|февраль|март|апрель|май|июнь|июль|август|сентябрь|октябрь|ноябрь|декабрь)\s\d{4}/i;

test.describe('the alliance languages', () => {
  test.afterAll(async ({ browser }) => {
    // Journeys share the demo data: give Aigerim back the English she started with.
    const page = await browser.newPage({ locale: 'en-GB' });
    await page.goto('/sign-in');
    await page.getByLabel('E-mail').fill(AIGERIM);
    await page.getByRole('textbox', { name: 'Password' }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('button', { name: /^(Sign out|Выйти|Шығу)$/ })).toBeVisible();
    await page.getByRole('button', { name: /^(Language|Язык|Тіл): / }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await expect(page.getByRole('link', { name: 'Exchanges', exact: true })).toBeVisible();
    await page.close();
  });

  test('a civil servant switches to Russian: pages and dates change, and the choice follows her to another device', async ({ browser }, testInfo) => {
    const page = await browser.newPage({ locale: 'en-GB', viewport: { width: 1280, height: 800 } });
    await signIn(page, AIGERIM);
    await page.goto('/exchanges');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');

    await page.getByRole('button', { name: 'Language: EN (English)' }).click();
    await page.getByRole('menuitem', { name: 'Русский' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    const nav = page.getByRole('navigation', { name: 'Основное меню' });
    await expect(nav.getByRole('link', { name: 'Обмены' })).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Кейсы' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Выйти' })).toBeVisible();
    // Dates are written the Russian way, not only the words around them.
    await expect(page.getByRole('main')).toContainText(RUSSIAN_MONTH);
    await expect(page.getByRole('main')).toContainText(/пн\s*вт/i);
    await snap(page, testInfo, 'languages-exchanges-ru');

    // A reload keeps it.
    await page.reload();
    await expect(page.getByRole('button', { name: 'Выйти' })).toBeVisible();

    // Another device, whose browser speaks English: after signing in, her saved Russian wins.
    const other = await browser.newPage({ locale: 'en-GB' });
    await other.goto('/sign-in');
    await other.getByLabel('E-mail').fill(AIGERIM);
    await other.getByRole('textbox', { name: 'Password' }).fill(DEMO_PASSWORD);
    await other.getByRole('button', { name: 'Sign in' }).click();
    await expect(other.getByRole('button', { name: 'Выйти' })).toBeVisible();
    await expect(other.locator('html')).toHaveAttribute('lang', 'ru');
    await other.close();

    // And Kazakh, the national language that proves a language is one file.
    await page.getByRole('button', { name: 'Язык: RU (Русский)' }).click();
    await page.getByRole('menuitem', { name: 'Қазақша' }).click();
    await expect(page.getByRole('navigation', { name: 'Негізгі мәзір' }).getByRole('link', { name: 'Алмасулар' })).toBeVisible();
    // Kazakh month names even where the browser's own data lacks them (Debian's Chromium writes "2026 M11").
    await expect(page.getByRole('main')).toContainText(/\d{4}\sж\.\s(қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|желтоқсан)/i);
    await snap(page, testInfo, 'languages-exchanges-kk');
    await page.close();
  });

  test('a first visit follows the browser: a Russian browser gets the sign-in page in Russian', async ({ browser }, testInfo) => {
    const page = await browser.newPage({ locale: 'ru-RU' });
    await page.goto('/sign-in');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    await expect(page.getByRole('button', { name: 'Войти' })).toBeVisible();
    await snap(page, testInfo, 'languages-sign-in-ru');
    await page.close();
  });

  test('the contracts’ validation messages read in the page’s language too', async ({ browser }) => {
    const page = await browser.newPage({ locale: 'ru-RU' });
    await page.goto('/sign-in');
    await page.getByRole('button', { name: 'Войти' }).click();
    await expect(page.getByText('Введите корректный адрес электронной почты')).toBeVisible();
    await expect(page.getByText('Введите пароль', { exact: true })).toBeVisible();
    await expect(page.getByText('Enter your password')).toHaveCount(0);
    await page.close();
  });
});
