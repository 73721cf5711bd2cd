import { z } from 'zod';

/**
 * The languages Peerhub's own words (pages, e-mails, calendar texts) are translated into. The
 * alliance's other national languages (LANGUAGES) join this list when their translation file does.
 */
export const UI_LOCALES = ['en', 'ru', 'kk'] as const;
export const UiLocale = z.enum(UI_LOCALES, { error: 'Peerhub is not translated into this language yet' });
export type UiLocale = z.infer<typeof UiLocale>;

/** Used when neither the person nor their browser names a language Peerhub speaks. */
export const DEFAULT_LOCALE: UiLocale = 'en';

/** The locale dates and numbers are formatted in: the alliance writes British English ("3 June 2026"). */
export function formattingLocale(locale: UiLocale): string {
  return locale === 'en' ? 'en-GB' : locale;
}

/** The best of Peerhub's languages for a list of preferred ones such as navigator.languages ('ru-RU' → 'ru'). */
export function pickLocale(preferred: readonly string[]): UiLocale {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    const found = UI_LOCALES.find((l) => l === base);
    if (found) return found;
  }
  return DEFAULT_LOCALE;
}
