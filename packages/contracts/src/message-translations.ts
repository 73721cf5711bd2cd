/**
 * Translations of the texts that reach people from outside the web app's own messages: validation
 * messages of these schemas (and zod's built-in ones), the refusal reasons of `whyNot()`, and the
 * API's error messages. Gettext-style: the English text is the key, because it is what every client
 * already sees and what the code writes; `messages/<locale>.json` maps it to an ICU message.
 *
 * A text with dynamic parts has a key with placeholders ("At most {max} rows per file"); a text is
 * matched against such keys when no key equals it, the one with the most fixed words first. Text
 * without a translation comes back unchanged, so English needs no file and anything unforeseen
 * still reads, in English.
 */
import { IntlMessageFormat } from 'intl-messageformat';
import { formattingLocale, type UiLocale } from './locales';
import kk from './messages/kk.json';
import ru from './messages/ru.json';

type Catalog = Readonly<Record<string, string>>;

const CATALOGS: Readonly<Record<UiLocale, Catalog>> = { en: {}, ru, kk };

// The element types of the ICU syntax tree (@formatjs/icu-messageformat-parser's TYPE enum).
const LITERAL = 0;
const ARGUMENT = 1;
const NUMBER = 2;
const PLURAL = 6;

type Element = { type: number; value?: string; options?: Record<string, { value: Element[] }> };

/** The fixed text around the `{placeholders}` of an English key, or null when the key has other ICU syntax. */
export function keySegments(key: string): { literals: string[]; names: string[] } | null {
  const literals = [''];
  const names: string[] = [];
  for (const element of new IntlMessageFormat(key, 'en').getAst() as Element[]) {
    if (element.type === LITERAL) literals[literals.length - 1] += element.value ?? '';
    else if (element.type === ARGUMENT && element.value) {
      names.push(element.value);
      literals.push('');
    } else return null;
  }
  return { literals, names };
}

/** Names the translation formats as numbers (plural, number): their captured text is turned into a number. */
function numericNames(elements: Element[], into = new Set<string>()): Set<string> {
  for (const element of elements) {
    if ((element.type === PLURAL || element.type === NUMBER) && element.value) into.add(element.value);
    for (const option of Object.values(element.options ?? {})) numericNames(option.value, into);
  }
  return into;
}

interface Pattern {
  key: string;
  regex: RegExp;
  names: string[];
  fixedLength: number;
}

interface Table {
  catalog: Catalog;
  patterns: Pattern[];
  formats: Map<string, { format: IntlMessageFormat; numeric: Set<string> }>;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const tables = new Map<UiLocale, Table>();

function tableFor(locale: UiLocale): Table {
  let table = tables.get(locale);
  if (!table) {
    const catalog = CATALOGS[locale];
    const patterns: Pattern[] = [];
    for (const key of Object.keys(catalog)) {
      if (!key.includes('{')) continue;
      const segments = keySegments(key);
      if (!segments || segments.names.length === 0) continue;
      const regex = new RegExp(`^${segments.literals.map(escape).join('([\\s\\S]+?)')}$`);
      patterns.push({ key, regex, names: segments.names, fixedLength: segments.literals.join('').length });
    }
    // The most specific key wins: "Invalid input: expected string, received {received}" before "Invalid input: {details}".
    patterns.sort((a, b) => b.fixedLength - a.fixedLength || a.key.localeCompare(b.key));
    table = { catalog, patterns, formats: new Map() };
    tables.set(locale, table);
  }
  return table;
}

function format(locale: UiLocale, table: Table, key: string, values: Record<string, string>): string {
  const message = table.catalog[key];
  if (message === undefined) return key;
  let compiled = table.formats.get(key);
  if (!compiled) {
    const format = new IntlMessageFormat(message, formattingLocale(locale));
    compiled = { format, numeric: numericNames(format.getAst() as Element[]) };
    table.formats.set(key, compiled);
  }
  const args: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(values)) {
    const number = Number(value);
    // A captured part that is itself a known text ("in a case study") is translated too.
    args[name] = compiled.numeric.has(name) && value.trim() !== '' && Number.isFinite(number) ? number : (Object.hasOwn(table.catalog, value) ? (table.catalog[value] as string) : value);
  }
  const formatted = compiled.format.format(args);
  return typeof formatted === 'string' ? formatted : String(formatted);
}

/** The text in the language, or unchanged when it has no translation (always in English). */
export function translateMessage(locale: UiLocale, english: string): string {
  if (locale === 'en' || english === '') return english;
  const table = tableFor(locale);
  if (Object.hasOwn(table.catalog, english)) return format(locale, table, english, {});
  for (const pattern of table.patterns) {
    const match = pattern.regex.exec(english);
    if (!match) continue;
    return format(locale, table, pattern.key, Object.fromEntries(pattern.names.map((name, i) => [name, match[i + 1] ?? ''])));
  }
  return english;
}

/** The translations of a language, keyed by English text (for tests and tools). */
export function messageCatalog(locale: UiLocale): Catalog {
  return CATALOGS[locale];
}
