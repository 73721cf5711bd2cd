import { DEFAULT_LOCALE, formattingLocale, pickLocale, UI_LOCALES, type UiLocale } from '@peerhub/contracts';
import dayjs from 'dayjs';
import 'dayjs/locale/kk';
import 'dayjs/locale/ru';
import { createIntl, createIntlCache, type IntlShape } from 'react-intl';
import { useSyncExternalStore } from 'react';
import { knowsDates, polyfillDates } from './intl-polyfill';
import en from './messages/en.json';

/** Every message id: the English file is the reference the other languages must match. */
export type MessageId = keyof typeof en;
export type Messages = Record<MessageId, string>;

declare global {
  // Makes formatMessage({ id }) and <FormattedMessage id> accept only ids that exist.
  namespace FormatjsIntl {
    interface Message {
      ids: MessageId;
    }
  }
}

// Each language is one file beside en.json; only the English one is in the main bundle.
const catalogs = import.meta.glob<Messages>(['./messages/*.json', '!./messages/en.json'], { import: 'default' });

async function loadMessages(locale: UiLocale): Promise<Messages> {
  if (locale === 'en') return en;
  const load = catalogs[`./messages/${locale}.json`];
  return load ? load() : en;
}

const STORAGE_KEY = 'peerhub.locale';
const cache = createIntlCache();
// Missing keys fail the messages test; at run time the English text is the fallback, not an error in the console.
const quiet = (): void => undefined;

interface LocaleState {
  locale: UiLocale;
  intl: IntlShape;
}

let state: LocaleState = { locale: DEFAULT_LOCALE, intl: createIntl({ locale: formattingLocale(DEFAULT_LOCALE), messages: en, onError: quiet }, cache) };
const listeners = new Set<() => void>();

/** The language this browser last chose, else the browser's own preference. */
function initialLocale(): UiLocale {
  const stored = localStorage.getItem(STORAGE_KEY);
  if (stored && (UI_LOCALES as readonly string[]).includes(stored)) return stored as UiLocale;
  return pickLocale(navigator.languages ?? [navigator.language]);
}

export const localeStore = {
  get: (): LocaleState => state,
  subscribe: (listener: () => void): (() => void) => {
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  },
  /** Loads the language's messages, then switches every page, date and number to it. */
  async set(locale: UiLocale, { remember = true } = {}): Promise<void> {
    if (remember) localStorage.setItem(STORAGE_KEY, locale);
    if (locale === state.locale && state.intl.messages) {
      applyToDocument(locale);
      if (state.intl.locale === locale) return;
    }
    const [messages] = await Promise.all([loadMessages(locale), knowsDates(formattingLocale(locale)) ? undefined : polyfillDates()]);
    state = { locale, intl: createIntl({ locale: formattingLocale(locale), defaultLocale: 'en', messages: { ...en, ...messages }, onError: quiet }, cache) };
    applyToDocument(locale);
    for (const listener of listeners) listener();
  },
  /** Before the first render: the remembered or the browser's language. */
  init: (): Promise<void> => localeStore.set(initialLocale(), { remember: false }),
};

function applyToDocument(locale: UiLocale): void {
  document.documentElement.lang = locale;
  dayjs.locale(locale);
}

export function useLocale(): LocaleState {
  return useSyncExternalStore(localeStore.subscribe, localeStore.get);
}

/**
 * Translates outside React components (labels, toasts, helpers). Components use useIntl() so they
 * re-render on a switch; the whole app is re-mounted on a switch anyway, so these stay in step.
 */
export function t(id: MessageId, values?: Record<string, string | number | Date>): string {
  return state.intl.formatMessage({ id }, values);
}

/** The current language. */
export function currentLocale(): UiLocale {
  return state.locale;
}

/** The locale for Intl formatting outside components ("en-GB" for English). */
export function currentFormattingLocale(): string {
  return formattingLocale(state.locale);
}
