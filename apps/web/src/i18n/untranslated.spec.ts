import { parseSync } from '@swc/core';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Finds words written straight into the pages instead of going through the messages files: JSX
 * text, text-bearing props (label, placeholder, title…) and the title/message/label of objects
 * (toasts, options). Anything it reports must be translated, or is a proper name listed below.
 */
const SRC = join(__dirname, '..');
const TEXT_PROPS = new Set(['label', 'placeholder', 'title', 'aria-label', 'description', 'alt', 'error', 'message', 'confirmLabel', 'cancelLabel', 'nothingFoundMessage', 'emptyMessage', 'tooltip', 'hint']);
const NOT_WORDS = /^[\s\d.,:;!?·•—–\-+×/|()[\]{}'"«»“”’…%#@&*=<>]*$/;
/** Proper names and symbols that read the same in every language. */
const SAME_IN_EVERY_LANGUAGE = new Set(['Peerhub', 'OECD', 'UTC', 'CSV', 'PDF', 'iCal', 'Markdown', 'English', 'Русский', 'Қазақша', 'EN', 'RU', 'KK', 'INT']);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'i18n' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.(spec|test|d)\.tsx?$/.test(name) ? [path] : [];
  });
}

interface Finding {
  file: string;
  line: number;
  text: string;
}

function isWords(text: string): boolean {
  const trimmed = text.trim();
  return /\p{L}/u.test(trimmed) && !NOT_WORDS.test(trimmed) && !SAME_IN_EVERY_LANGUAGE.has(trimmed);
}

function lineOf(source: string, offset: number): number {
  return source.slice(0, offset).split('\n').length;
}

function findings(file: string): Finding[] {
  const source = readFileSync(file, 'utf8');
  const ast = parseSync(source, { syntax: 'typescript', tsx: file.endsWith('.tsx') });
  // swc's spans count from a global offset shared by every parse in this process.
  const base = (ast as unknown as { span: { start: number } }).span.start;
  const found: Finding[] = [];
  const add = (start: number, text: string) => found.push({ file: relative(SRC, file), line: lineOf(source, start - base), text: text.trim().slice(0, 80) });

  // Words inside a JSX text position: "x ? 'Yes' : 'No'", "a || 'None'", `${n} members`.
  const visitText = (expr: unknown): void => {
    const e = expr as { type?: string; value?: string; span?: { start: number }; [key: string]: unknown } | null;
    if (!e) return;
    if (e.type === 'StringLiteral' && typeof e.value === 'string' && isWords(e.value)) add(e.span?.start ?? base, e.value);
    else if (e.type === 'TemplateLiteral') {
      for (const q of e.quasis as Array<{ cooked?: string; raw: string; span: { start: number } }>) if (isWords(q.cooked ?? q.raw)) add(q.span.start, q.cooked ?? q.raw);
      visit(e.expressions);
    } else if (e.type === 'ConditionalExpression') {
      visit(e.test);
      visitText(e.consequent);
      visitText(e.alternate);
    } else if (e.type === 'BinaryExpression' && (e.operator === '&&' || e.operator === '||' || e.operator === '??')) {
      visit(e.left);
      visitText(e.right);
    } else if (e.type === 'BinaryExpression' && e.operator === '+') {
      visitText(e.left);
      visitText(e.right);
    } else if (e.type === 'ParenthesisExpression') visitText(e.expression);
    else visit(e);
  };

  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const child of node) visit(child);
      return;
    }
    const n = node as { type?: string; span?: { start: number }; [key: string]: unknown };
    if (n.type === 'JSXText' && typeof n.value === 'string' && isWords(n.value)) add(n.span?.start ?? base, n.value);
    if (n.type === 'JSXAttribute') {
      const name = (n.name as { value?: string })?.value;
      const value = n.value as { type?: string; expression?: unknown } | null;
      const inner = value?.type === 'JSXExpressionContainer' ? value.expression : value;
      // Other props (className, variant, to…) hold code words, not text; JSX passed into them is still checked.
      if (name && TEXT_PROPS.has(name)) visitText(inner);
      else visit(inner);
      return;
    }
    if (n.type === 'JSXExpressionContainer') {
      visitText(n.expression);
      return;
    }
    if (n.type === 'KeyValueProperty') {
      const key = n.key as { type?: string; value?: string };
      if (key?.value && TEXT_PROPS.has(key.value)) {
        visitText(n.value);
        return;
      }
    }
    for (const [key, child] of Object.entries(n)) if (key !== 'span' && typeof child === 'object') visit(child);
  };
  visit(ast);
  return found;
}

describe('the web app has no untranslated words', () => {
  it('writes every visible word through the messages files', () => {
    const all = sourceFiles(SRC).flatMap(findings);
    expect(all.map((f) => `${f.file}:${f.line}  ${f.text}`)).toEqual([]);
  });
});
