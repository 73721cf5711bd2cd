import { createIntl, createIntlCache, type IntlShape } from '@formatjs/intl';
import { DEFAULT_LOCALE, formattingLocale, pickLocale, UI_LOCALES, type UiLocale } from '@peerhub/contracts';
import en from './messages/en.json';
import kk from './messages/kk.json';
import ru from './messages/ru.json';

/** Every text of a mail or a calendar entry; the English file is the reference the others must match. */
export type MailMessageId = keyof typeof en;
export type MailValues = Record<string, string | number | Date>;

const CATALOGS: Record<UiLocale, Partial<Record<MailMessageId, string>>> = { en, ru, kk };
const cache = createIntlCache();
const intls = new Map<UiLocale, IntlShape>();

function intlFor(locale: UiLocale): IntlShape {
  let intl = intls.get(locale);
  if (!intl) {
    // A key missing in a language fails mail-messages.spec; at run time the English text stands in.
    intl = createIntl({ locale: formattingLocale(locale), defaultLocale: DEFAULT_LOCALE, messages: { ...en, ...CATALOGS[locale] }, onError: () => undefined }, cache);
    intls.set(locale, intl);
  }
  return intl;
}

/** A mail text in the recipient's language. */
export function mailText(locale: UiLocale, id: MailMessageId, values?: MailValues): string {
  return intlFor(locale).formatMessage({ id }, values);
}

/** A date and time as the recipient reads it, in their time zone: "3 June 2026, 10:00 (Asia/Almaty)". */
export function mailDateTime(locale: UiLocale, at: Date, timeZone: string): string {
  const text = intlFor(locale).formatDate(at, { dateStyle: 'long', timeStyle: 'short', timeZone });
  return `${text} (${timeZone})`;
}

/** A calendar date such as a due date ("2027-09-01"), with no time and so no time zone: "1 September 2027". */
export function mailDate(locale: UiLocale, isoDate: string): string {
  return intlFor(locale).formatDate(new Date(`${isoDate}T00:00:00Z`), { dateStyle: 'long', timeZone: 'UTC' });
}

/** A function that writes texts in one language, for code that writes several of them. */
export function textsIn(locale: UiLocale): (id: MailMessageId, values?: MailValues) => string {
  return (id, values) => mailText(locale, id, values);
}

/**
 * The language to write to a person in: their setting, else (for people without an account yet,
 * such as invitees) the language of the page that caused the mail, else English.
 */
export function recipientLocale(saved: UiLocale | null | undefined, acceptLanguage?: string | null): UiLocale {
  if (saved && (UI_LOCALES as readonly string[]).includes(saved)) return saved;
  if (acceptLanguage) return pickLocale(acceptLanguage.split(',').map((part) => part.split(';')[0]?.trim() ?? ''));
  return DEFAULT_LOCALE;
}
