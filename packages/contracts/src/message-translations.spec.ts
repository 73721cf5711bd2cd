import { parse, TYPE } from '@formatjs/icu-messageformat-parser';
import { parseSync } from '@swc/core';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { z } from 'zod';
import { UI_LOCALES, type UiLocale } from './locales';
import { keySegments, messageCatalog, translateMessage } from './message-translations';
import { zodErrorMap } from './zod-messages';

/**
 * Every text that leaves the contracts' schemas, whyNot() or an API error must have a Russian and a
 * Kazakh translation. The texts are found by parsing the sources (swc), not by searching them: a
 * zod `error:` or issue `message:`, what a policy returns, what the API passes to its errors.
 */
const ROOT = join(__dirname, '../../..');
const TRANSLATED: UiLocale[] = UI_LOCALES.filter((l) => l !== 'en');

/** A text as the code writes it: its fixed parts, split where a template literal has an expression. */
interface Found {
  literals: string[];
  where: string;
}

type Node = { type?: string; span?: { start: number }; [key: string]: unknown };

function sourceFiles(dir: string, only?: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'seeds' || name === 'bench' ? [] : sourceFiles(path, only);
    if (!/\.ts$/.test(name) || /\.(spec|d)\.ts$/.test(name)) return [];
    return !only || only.test(name) ? [path] : [];
  });
}

/** The texts an expression can evaluate to: a string, a template, either branch of `?:`, either side of `??`/`||`. */
function textsOf(expr: unknown): Array<{ literals: string[]; start: number }> {
  const e = expr as Node | null | undefined;
  if (!e) return [];
  switch (e.type) {
    case 'StringLiteral':
      return [{ literals: [e.value as string], start: e.span?.start ?? 0 }];
    case 'TemplateLiteral':
      return [{ literals: (e.quasis as Array<{ cooked?: string; raw: string }>).map((q) => q.cooked ?? q.raw), start: e.span?.start ?? 0 }];
    case 'ConditionalExpression':
      return [...textsOf(e.consequent), ...textsOf(e.alternate)];
    case 'BinaryExpression':
      if (e.operator === '??' || e.operator === '||') return [...textsOf(e.left), ...textsOf(e.right)];
      return e.operator === '&&' ? textsOf(e.right) : [];
    case 'ParenthesisExpression':
    case 'TsAsExpression':
    case 'TsConstAssertion':
      return textsOf(e.expression);
    default:
      return [];
  }
}

const argument = (node: Node, index: number): unknown => (node.arguments as Array<{ expression: unknown }> | undefined)?.[index]?.expression;
const calleeName = (node: Node): string | undefined => (node.callee as Node | undefined)?.type === 'Identifier' ? ((node.callee as Node).value as string) : undefined;
const propertyName = (prop: Node): string | undefined => {
  const key = prop.key as Node | undefined;
  return key?.type === 'Identifier' || key?.type === 'StringLiteral' ? (key.value as string) : undefined;
};
function properties(node: Node): Map<string, unknown> {
  const found = new Map<string, unknown>();
  for (const prop of (node.properties as Node[]) ?? []) {
    const name = prop.type === 'KeyValueProperty' ? propertyName(prop) : prop.type === 'Identifier' ? (prop.value as string) : undefined;
    if (name) found.set(name, prop.type === 'KeyValueProperty' ? prop.value : null);
  }
  return found;
}

type Rule = (node: Node, add: (expr: unknown, suffix?: string) => void) => void;

/** zod `error:` texts, and `message:` of issues added by hand (`ctx.addIssue({ code, path, message })`). */
const contractTexts: Rule = (node, add) => {
  if (node.type !== 'ObjectExpression') return;
  const props = properties(node);
  add(props.get('error'));
  if (props.has('code') || props.has('path')) add(props.get('message'));
};

/** What a policy returns or answers with: `return 'text'`, `=> cond ? 'text' : true`, `ok || 'text'`, and module constants. */
const policyTexts: Rule = (node, add) => {
  if (node.type === 'ReturnStatement') add(node.argument);
  if (node.type === 'ArrowFunctionExpression' && (node.body as Node).type !== 'BlockStatement') add(node.body);
  if (node.type === 'VariableDeclarator') add(node.init);
};

/** The API's errors: AppError's message, the helpers' arguments, `message:` of issues and error bodies. */
const apiTexts: Rule = (node, add) => {
  if (node.type === 'NewExpression' && calleeName(node) === 'AppError') add(argument(node, 1));
  if (node.type === 'CallExpression') {
    const name = calleeName(node);
    if (name === 'notFound') add(argument(node, 0), ' not found');
    if (name === 'forbidden' || name === 'conflict' || name === 'unauthenticated') add(argument(node, 0));
    if (name === 'validationFailed') add(argument(node, 1));
  }
  if (node.type === 'ObjectExpression') {
    const props = properties(node);
    if (props.has('code') || props.has('path')) add(props.get('message'));
  }
  // The helpers' default messages: forbidden(message = 'You are not allowed to do this').
  if (node.type === 'AssignmentPattern' && (node.left as Node).type === 'Identifier' && ((node.left as Node).value as string) === 'message') add(node.right);
};

function collect(files: string[], rule: Rule): Found[] {
  const found: Found[] = [];
  for (const file of files) {
    const source = readFileSync(file, 'utf8');
    const ast = parseSync(source, { syntax: 'typescript', decorators: true });
    // swc's spans count from a global offset shared by every parse in this process.
    const base = (ast as unknown as { span: { start: number } }).span.start;
    const add = (expr: unknown, suffix = '') => {
      for (const text of textsOf(expr)) {
        const literals = [...text.literals];
        literals[literals.length - 1] += suffix;
        if (!/\p{L}.*\s/u.test(literals.join(' '))) continue; // a word, not a sentence: an action name, a status
        found.push({ literals, where: `${relative(ROOT, file)}:${source.slice(0, text.start - base).split('\n').length}` });
      }
    };
    const visit = (node: unknown): void => {
      if (!node || typeof node !== 'object') return;
      if (Array.isArray(node)) return node.forEach(visit);
      rule(node as Node, add);
      for (const value of Object.values(node)) if (value && typeof value === 'object') visit(value);
    };
    visit(ast);
  }
  return found;
}

const contracts = () => collect(sourceFiles(join(ROOT, 'packages/contracts/src')), contractTexts);
const policies = () => collect(sourceFiles(join(ROOT, 'packages/domain/src'), /policies\.ts$/), policyTexts);
const api = () => collect(sourceFiles(join(ROOT, 'apps/api/src')), apiTexts);

/** The keys of a catalog by the shape of their fixed text: a template matches a key whatever its placeholders are named. */
function shapes(locale: UiLocale): Set<string> {
  return new Set(Object.keys(messageCatalog(locale)).map((key) => (keySegments(key)?.literals ?? [key]).join('\u0000')));
}

function untranslated(found: Found[]): string[] {
  const missing = new Set<string>();
  for (const locale of TRANSLATED) {
    const known = shapes(locale);
    for (const text of found) {
      if (!known.has(text.literals.join('\u0000'))) missing.add(`${locale}: ${text.literals.join('{…}')}  (${text.where})`);
    }
  }
  return [...missing].sort();
}

/** The `{names}` a message uses, at any depth (inside plural and select branches too). */
function placeholders(message: string): string[] {
  const names = new Set<string>();
  const walk = (elements: ReturnType<typeof parse>) => {
    for (const element of elements) {
      if (element.type !== TYPE.literal && 'value' in element && typeof element.value === 'string') names.add(element.value);
      if ('options' in element) for (const option of Object.values(element.options)) walk(option.value);
    }
  };
  walk(parse(message));
  return [...names].sort();
}

describe('message catalogs', () => {
  it.each(TRANSLATED)('%s: keys are sorted and parse, translations parse and use the key’s placeholders', (locale) => {
    const catalog = messageCatalog(locale);
    const keys = Object.keys(catalog);
    expect(keys).toEqual([...keys].sort());
    for (const [key, message] of Object.entries(catalog)) {
      expect(() => parse(key)).not.toThrow();
      expect(keySegments(key)).not.toBeNull();
      expect(message.trim()).not.toBe('');
      expect({ key, placeholders: placeholders(message) }).toEqual({ key, placeholders: placeholders(key) });
    }
  });

  it('Russian and Kazakh translate the same texts', () => {
    expect(Object.keys(messageCatalog('kk'))).toEqual(Object.keys(messageCatalog('ru')));
  });

  it('the files are formatted: sorted keys, two spaces, a final newline', () => {
    for (const locale of TRANSLATED) {
      const text = readFileSync(join(__dirname, 'messages', `${locale}.json`), 'utf8');
      expect(text).toBe(`${JSON.stringify(messageCatalog(locale), null, 2)}\n`);
    }
  });
});

describe('every text that can reach a person is translated', () => {
  it('finds the texts it checks', () => {
    expect(contracts().length).toBeGreaterThan(50);
    expect(policies().length).toBeGreaterThan(25);
    expect(api().length).toBeGreaterThan(120);
  });

  it('validation messages of the contracts', () => {
    expect(untranslated(contracts())).toEqual([]);
  });

  it('refusal reasons of whyNot()', () => {
    expect(untranslated(policies())).toEqual([]);
  });

  it('error messages of the API', () => {
    expect(untranslated(api())).toEqual([]);
  });
});

describe('translateMessage', () => {
  it('translates a text that is a key', () => {
    expect(translateMessage('ru', 'Pick at least one topic')).toBe('Выберите хотя бы одну тему');
    expect(translateMessage('kk', 'The group is full')).toBe('Топта бос орын жоқ');
  });

  it('matches a text with dynamic parts against the keys with placeholders, plurals included', () => {
    expect(translateMessage('ru', 'At most 500 rows per file')).toBe('Не более 500 строк в одном файле');
    expect(translateMessage('ru', 'Too many attempts; try again in 1 seconds')).toBe('Слишком много попыток; повторите через 1 секунду');
    expect(translateMessage('ru', 'Too many attempts; try again in 3 seconds')).toBe('Слишком много попыток; повторите через 3 секунды');
    expect(translateMessage('ru', 'This exchange is cancelled')).toBe('Обмен опытом отменён');
  });

  it('prefers a key that equals the text to one that matches it', () => {
    expect(translateMessage('ru', 'Invalid input: expected string, received undefined')).toBe('Заполните это поле');
    expect(translateMessage('ru', 'Invalid input: expected number, received string')).not.toBe('Заполните это поле');
  });

  it('leaves English and unknown texts alone', () => {
    expect(translateMessage('en', 'Pick at least one topic')).toBe('Pick at least one topic');
    expect(translateMessage('ru', 'Something nobody wrote down')).toBe('Something nobody wrote down');
    expect(translateMessage('kk', '')).toBe('');
  });
});

describe('zodErrorMap', () => {
  const Name = z.strictObject({ name: z.string().min(3), topics: z.array(z.string()).min(1, { error: 'Pick at least one topic' }) });

  it('gives zod’s own messages in the language and leaves the schemas’ own texts for translateMessage', () => {
    const result = Name.safeParse({ name: 'ab', topics: [] }, { error: zodErrorMap('ru') });
    expect(result.error?.issues.map((i) => i.message)).toEqual(['Введите не менее 3 символов', 'Pick at least one topic']);
    const kk = Name.safeParse({ topics: [], extra: 1 }, { error: zodErrorMap('kk') });
    expect(kk.error?.issues.map((i) => i.message)).toEqual(['Бұл өрісті толтырыңыз', 'Pick at least one topic', 'Белгісіз өріс: "extra"']);
  });

  it('falls back to zod’s Russian messages for a message no key covers, in Kazakh too', () => {
    const Step = z.number().multipleOf(5);
    expect(Step.safeParse(7, { error: zodErrorMap('kk') }).error?.issues[0]?.message).toBe('Неверное число: должно быть кратным 5');
  });

  it('changes nothing in English', () => {
    expect(zodErrorMap('en')).toBeUndefined();
  });
});
