import { notifications } from '@mantine/notifications';
import type { z } from 'zod';
import { localParsing, localText } from '../i18n/outside-texts';
import { errorMessage, fieldErrors } from './api-client';

/**
 * A Mantine form validator from a contract schema (the zod resolver, with an optional mapping from
 * the form's values to the request, e.g. empty optional fields → undefined). Errors are keyed by
 * dotted path, the same keys the API's `issues` use, and read in the page's language.
 */
export function validateWith<V>(schema: z.ZodType, toRequest: (values: V) => unknown = (v) => v) {
  return (values: V): Record<string, string> => {
    const result = schema.safeParse(toRequest(values), localParsing());
    if (result.success) return {};
    const errors: Record<string, string> = {};
    for (const issue of result.error.issues) {
      const path = issue.path.map(String).join('.');
      errors[path] ??= localText(issue.message);
    }
    return errors;
  };
}

/** An API refusal of a form: problems with fields go on those fields, anything else to a notification. */
export function showApiErrors(form: { setErrors: (errors: Record<string, string>) => void }, error: unknown): void {
  const fields = fieldErrors(error);
  form.setErrors(fields);
  if (Object.keys(fields).length === 0) notifications.show({ color: 'red', message: errorMessage(error) });
}
