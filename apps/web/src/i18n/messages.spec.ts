import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { UI_LOCALES } from '@peerhub/contracts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = join(__dirname, 'messages');
const load = (locale: string): Record<string, string> => JSON.parse(readFileSync(join(dir, `${locale}.json`), 'utf8')) as Record<string, string>;
const en = load('en');
const others = UI_LOCALES.filter((l) => l !== 'en');

/** The arguments a message uses ({name}, {count, plural, …}), and each plural's categories. */
function argumentsOf(elements: MessageFormatElement[], found = new Map<string, Set<string>>()): Map<string, Set<string>> {
  for (const el of elements) {
    if (el.type === TYPE.literal || el.type === TYPE.pound) continue;
    if (!found.has(el.value)) found.set(el.value, new Set());
    if (el.type === TYPE.plural || el.type === TYPE.select) {
      for (const [category, option] of Object.entries(el.options)) {
        if (el.type === TYPE.plural) found.get(el.value)?.add(category);
        argumentsOf(option.value, found);
      }
    }
    if (el.type === TYPE.tag) argumentsOf(el.children, found);
  }
  return found;
}

describe('translations', () => {
  it('keeps the English file sorted, so that additions from several branches merge cleanly', () => {
    const keys = Object.keys(en);
    expect(keys).toEqual([...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });

  it.each(UI_LOCALES)('parses every %s message as ICU MessageFormat', (locale) => {
    const broken = Object.entries(load(locale)).flatMap(([key, text]) => {
      try {
        parse(text);
        return [];
      } catch (error) {
        return [`${key}: ${(error as Error).message}`];
      }
    });
    expect(broken).toEqual([]);
  });

  it.each(others)('has every English key in %s and nothing more', (locale) => {
    const messages = load(locale);
    expect({ missing: Object.keys(en).filter((k) => !(k in messages)), extra: Object.keys(messages).filter((k) => !(k in en)) }).toEqual({ missing: [], extra: [] });
  });

  it.each(others)('uses the same {placeholders} in %s as in English, and every plural form the language has', (locale) => {
    const messages = load(locale);
    const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
    const problems = Object.entries(en).flatMap(([key, english]) => {
      if (!(key in messages)) return [];
      const want = argumentsOf(parse(english));
      const got = argumentsOf(parse(messages[key] ?? ""));
      const issues: string[] = [];
      const names = (m: Map<string, Set<string>>) => [...m.keys()].sort().join(', ');
      if (names(want) !== names(got)) issues.push(`${key}: uses {${names(got)}}, English uses {${names(want)}}`);
      for (const [name, forms] of got) {
        const lacking = forms.size > 0 ? categories.filter((c) => !forms.has(c)) : [];
        if (lacking.length > 0) issues.push(`${key}: plural {${name}} lacks ${lacking.join(', ')}`);
      }
      return issues;
    });
    expect(problems).toEqual([]);
  });
});
