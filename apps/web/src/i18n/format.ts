import { currentFormattingLocale, currentLocale } from './locale-store';

// Dates, times, numbers and names of languages and countries come from the browser's Intl data in
// the page's language, so they need no translation of their own.

export function formatDate(iso: string | Date): string {
  return new Date(iso).toLocaleDateString(currentFormattingLocale(), { day: 'numeric', month: 'short', year: 'numeric' });
}

export function formatDateTime(iso: string | Date): string {
  return new Date(iso).toLocaleString(currentFormattingLocale(), { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
}

export function formatNumber(value: number, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(currentFormattingLocale(), options).format(value);
}

const displayNames = new Map<string, Intl.DisplayNames>();
function namesOf(type: 'language' | 'region'): Intl.DisplayNames {
  const key = `${currentFormattingLocale()}:${type}`;
  let names = displayNames.get(key);
  if (!names) {
    names = new Intl.DisplayNames([currentFormattingLocale(), 'en'], { type, fallback: 'code' });
    displayNames.set(key, names);
  }
  return names;
}

/** 'ru' → "Russian" in English, "русский" in Russian. */
export function displayLanguage(code: string): string {
  return namesOf('language').of(code) ?? code;
}

// Where the browser's name differs from the one the country itself uses in that language.
const REGION_NAMES: Record<string, Record<string, string>> = { ru: { KG: 'Кыргызстан' } };

/** 'KZ' → "Kazakhstan" in English, "Казахстан" in Russian. */
export function displayRegion(code: string): string {
  return REGION_NAMES[currentLocale()]?.[code] ?? namesOf('region').of(code) ?? code;
}
