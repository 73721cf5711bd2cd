import type { ErrorCode, FieldIssue } from '@peerhub/contracts';

/**
 * An error the person can act on: a code the web app switches on, a message that names the problem,
 * and the HTTP status. Services throw these; the global filter shapes every answer from them.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly status: number,
    readonly extra: { issues?: FieldIssue[]; retryAfterSeconds?: number } = {},
  ) {
    super(message);
  }
}

export const notFound = (what: string) => new AppError('NOT_FOUND', `${what} not found`, 404);
export const forbidden = (message = 'You are not allowed to do this') => new AppError('FORBIDDEN', message, 403);
export const conflict = (message: string, code: ErrorCode = 'CONFLICT') => new AppError(code, message, 409);
export const unauthenticated = (message = 'Sign in to continue', code: ErrorCode = 'UNAUTHENTICATED') =>
  new AppError(code, message, 401);
/** The message of a validation error that names each field's problem; `whole` stands for a problem with the body as a whole. */
export const invalidInputMessage = (issues: FieldIssue[], whole = '(body)') => `Invalid input: ${issues.map((i) => `${i.path || whole}: ${i.message}`).join('; ')}`;

export const validationFailed = (issues: FieldIssue[], message?: string) =>
  new AppError('VALIDATION_FAILED', message ?? invalidInputMessage(issues), 400, { issues });
