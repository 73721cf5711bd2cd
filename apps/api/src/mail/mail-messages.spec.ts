import { parse } from '@formatjs/icu-messageformat-parser';
import { UI_LOCALES } from '@peerhub/contracts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mailDateTime, mailText, recipientLocale } from './mail-messages';

const load = (locale: string): Record<string, string> => JSON.parse(readFileSync(join(__dirname, 'messages', `${locale}.json`), 'utf8')) as Record<string, string>;

describe('mail texts', () => {
  const en = load('en');

  it.each(UI_LOCALES)('has every English key in %s, each a valid ICU message', (locale) => {
    const messages = load(locale);
    expect(Object.keys(messages).sort()).toEqual(Object.keys(en).sort());
    for (const text of Object.values(messages)) expect(() => parse(text)).not.toThrow();
  });

  it('writes in the saved language, else the page language, else English', () => {
    expect(recipientLocale('ru', 'en-GB')).toBe('ru');
    expect(recipientLocale(null, 'kk-KZ,ru;q=0.8')).toBe('kk');
    expect(recipientLocale(null, 'de-DE')).toBe('en');
    expect(recipientLocale(null)).toBe('en');
    expect(mailText('ru', 'mail.footer.sentBy')).toContain('Отправлено');
  });

  it('formats dates for the reader, in their time zone', () => {
    const at = new Date('2026-06-03T05:00:00Z');
    expect(mailDateTime('en', at, 'Asia/Almaty')).toBe('3 June 2026 at 10:00 (Asia/Almaty)');
    expect(mailDateTime('ru', at, 'Europe/Tallinn')).toBe('3 июня 2026 г. в 08:00 (Europe/Tallinn)');
  });
});
