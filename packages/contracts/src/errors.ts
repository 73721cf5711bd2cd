import { z } from 'zod';

/**
 * Every error the API answers with carries one of these codes, so the web app (and any other
 * client) can switch on the code instead of parsing a message.
 */
export const ErrorCode = z.enum([
  'VALIDATION_FAILED',
  'UNAUTHENTICATED',
  'SESSION_EXPIRED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'RATE_LIMITED',
  'INVALID_CREDENTIALS',
  'INVITATION_INVALID',
  'INVITATION_ALREADY_ACCEPTED',
  'ALREADY_A_MEMBER',
  'RESET_TOKEN_INVALID',
  'REFRESH_TOKEN_INVALID',
  'PAYLOAD_TOO_LARGE',
  'INTERNAL',
]);
export type ErrorCode = z.infer<typeof ErrorCode>;

export const FieldIssue = z.object({
  path: z.string().describe('Dotted path of the field, e.g. "email" or "languages.1"'),
  message: z.string(),
});
export type FieldIssue = z.infer<typeof FieldIssue>;

export const ErrorBody = z
  .object({
    error: z.object({
      code: ErrorCode,
      message: z.string(),
      requestId: z.string().optional(),
      issues: z.array(FieldIssue).optional(),
      retryAfterSeconds: z.number().int().optional(),
    }),
  })
  .meta({ id: 'ErrorBody' });
export type ErrorBody = z.infer<typeof ErrorBody>;
