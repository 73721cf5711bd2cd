import { ErrorBody, SessionResponse, type ErrorCode, type FieldIssue } from '@peerhub/contracts';
import type { z } from 'zod';
import { currentLocale, t } from '../i18n/locale-store';
import { sessionStore } from './session';

/** An error answer of the API: the code the UI switches on, the message it shows, the field problems. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly issues: FieldIssue[] = [],
    readonly retryAfterSeconds?: number,
    readonly requestId?: string,
  ) {
    super(message);
  }
}

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export interface RequestOptions {
  method?: Method;
  body?: unknown;
  /** Query-string parameters; empty values are left out. */
  query?: Record<string, string | number | null | undefined>;
}

let refreshing: Promise<boolean> | null = null;

/**
 * Exchanges the refresh cookie for a new access token. Concurrent callers share one request, so a
 * burst of 401s causes a single refresh. Answers false (and signs out locally) when it fails.
 */
export function refreshSession(): Promise<boolean> {
  refreshing ??= fetch('/api/auth/refresh', { method: 'POST', credentials: 'same-origin' })
    .then(async (response) => {
      if (!response.ok) {
        sessionStore.clear();
        return false;
      }
      sessionStore.start(SessionResponse.parse(await response.json()));
      return true;
    })
    .catch(() => {
      sessionStore.clear();
      return false;
    })
    .finally(() => {
      refreshing = null;
    });
  return refreshing;
}

function urlOf(path: string, query: RequestOptions['query']): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

function send(path: string, { method = 'GET', body, query }: RequestOptions): Promise<Response> {
  // The API writes mails to people without a saved language (invitations) in the page's language.
  const headers: Record<string, string> = { accept: 'application/json', 'accept-language': currentLocale() };
  const token = sessionStore.accessToken();
  if (token) headers.authorization = `Bearer ${token}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  return fetch(urlOf(path, query), {
    method,
    headers,
    credentials: 'same-origin',
    body: body === undefined ? null : JSON.stringify(body),
  });
}

async function errorOf(response: Response): Promise<ApiError> {
  const parsed = ErrorBody.safeParse(await response.json().catch(() => null));
  if (!parsed.success) {
    return new ApiError(response.status, response.status >= 500 ? 'INTERNAL' : 'VALIDATION_FAILED', t('error.serverAnswered', { status: response.status }));
  }
  const { code, message, issues, retryAfterSeconds, requestId } = parsed.data.error;
  return new ApiError(response.status, code, message, issues ?? [], retryAfterSeconds, requestId);
}

/**
 * Calls the API with the session's bearer token. A 401 on a signed-in request triggers one refresh
 * and one repeat. With a schema, the answer is parsed with it (the contracts are the single source
 * of the shapes); without one, the answer is ignored.
 */
export async function apiRequest<S extends z.ZodType>(path: string, options: RequestOptions & { schema: S }): Promise<z.output<S>>;
export async function apiRequest(path: string, options?: RequestOptions): Promise<void>;
export async function apiRequest(path: string, options: RequestOptions & { schema?: z.ZodType } = {}): Promise<unknown> {
  const hadToken = sessionStore.accessToken() !== null;
  let response = await send(path, options);
  if (response.status === 401 && hadToken && !path.startsWith('/api/auth/')) {
    if (await refreshSession()) response = await send(path, options);
  }
  if (!response.ok) throw await errorOf(response);
  if (!options.schema || response.status === 204) return undefined;
  const result = options.schema.safeParse(await response.json());
  if (!result.success) {
    console.error(`Unexpected answer from ${path}`, result.error.issues);
    throw new ApiError(response.status, 'INTERNAL', t('error.unexpectedAnswer'));
  }
  return result.data;
}

/** Field problems of an API error, keyed by the form path ("languages.1"), for form.setErrors. */
export function fieldErrors(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError)) return {};
  return Object.fromEntries(error.issues.filter((i) => i.path).map((i) => [i.path, i.message]));
}

export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.code === 'RATE_LIMITED' && error.retryAfterSeconds) {
      const minutes = Math.ceil(error.retryAfterSeconds / 60);
      return `${error.message} ${t('error.tryAgainIn', { minutes })}`;
    }
    return error.message;
  }
  if (error instanceof TypeError) return t('error.offline');
  if (error instanceof Error) return error.message;
  return t('error.unknown');
}

export function isApiError(error: unknown, ...codes: ErrorCode[]): error is ApiError {
  return error instanceof ApiError && (codes.length === 0 || codes.includes(error.code));
}
