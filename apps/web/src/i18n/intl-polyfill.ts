/**
 * Some browsers claim a language but carry none of its calendar words: Debian's Chromium writes
 * "2026 M11" for November in Kazakh. There, FormatJS's DateTimeFormat (built on the same CLDR data
 * as the browsers' own) stands in for Intl.DateTimeFormat and toLocale…String. It is loaded only
 * on such a browser, for such a language.
 */
export function knowsDates(locale: string): boolean {
  const january = new Date(Date.UTC(2026, 0, 15));
  const month = (l: string) => new Intl.DateTimeFormat(l, { month: 'long', timeZone: 'UTC' }).format(january);
  const own = month(locale);
  return !/^M\d+$/.test(own) && (locale.startsWith('en') || own !== month('en'));
}

let polyfilled: Promise<void> | null = null;

export function polyfillDates(): Promise<void> {
  polyfilled ??= (async () => {
    await import('@formatjs/intl-datetimeformat/polyfill-force.js');
    // Every offered language, since the stand-in replaces the browser's formatter for all of them.
    await Promise.all([
      import('@formatjs/intl-datetimeformat/locale-data/en.js'),
      import('@formatjs/intl-datetimeformat/locale-data/en-GB.js'),
      import('@formatjs/intl-datetimeformat/locale-data/ru.js'),
      import('@formatjs/intl-datetimeformat/locale-data/kk.js'),
      import('@formatjs/intl-datetimeformat/add-all-tz.js'),
    ]);
  })();
  return polyfilled;
}
