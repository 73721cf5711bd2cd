import { z } from 'zod';
import { en, ru } from 'zod/v4/locales';
import type { UiLocale } from './locales';
import { translateMessage } from './message-translations';

const english = en().localeError;
const russian = ru().localeError;

const textOf = (message: ReturnType<z.core.$ZodErrorMap>): string | undefined =>
  typeof message === 'string' ? message : message?.message;

/**
 * zod's own messages ("Too small: expected string to have >=10 characters") in a language, for
 * `schema.safeParse(input, { error: zodErrorMap(locale) })`. Messages written into the schemas win
 * over it (they are translated with translateMessage where they are shown).
 *
 * The English message is looked up in messages/<locale>.json like every other text, so Russian and
 * Kazakh read the same words as the rest of Peerhub; a message no key covers falls back to zod's
 * own Russian locale, for Kazakh too (zod has no Kazakh one, and Russian is the language every
 * Kazakh civil servant also reads). English is zod's default: no map at all.
 */
export function zodErrorMap(locale: UiLocale): z.core.$ZodErrorMap | undefined {
  if (locale === 'en') return undefined;
  return (issue) => {
    const message = textOf(english(issue));
    if (message === undefined) return undefined;
    const translated = translateMessage(locale, message);
    return translated !== message ? translated : textOf(russian(issue));
  };
}
