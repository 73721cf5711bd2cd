import { translateMessage, zodErrorMap } from '@peerhub/contracts';
import type { z } from 'zod';
import { currentLocale } from './locale-store';

/**
 * Texts the web app shows but does not write: the contracts' validation messages and the refusal
 * reasons of whyNot(). They are English (their key); this gives them in the page's language
 * (packages/contracts/src/messages/<locale>.json), or as they are when nobody translated them.
 */
export function localText(english: string): string;
export function localText(english: string | null): string | null;
export function localText(english: string | null): string | null {
  return english === null ? null : translateMessage(currentLocale(), english);
}

/**
 * A contract schema's verdict on a form's values, zod's own messages in the page's language
 * (`schema.safeParse(values, localParsing())`); the schema's own texts still go through localText.
 */
export function localParsing(): z.core.ParseContext<z.core.$ZodIssue> {
  return { error: zodErrorMap(currentLocale()) };
}
