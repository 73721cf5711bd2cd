import { Catch, HttpException, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import { translateMessage, type ErrorBody, type ErrorCode, type UiLocale } from '@peerhub/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError, invalidInputMessage } from './app-error';
import { requestLocale } from './request-locale';

const codeForStatus: Record<number, ErrorCode> = {
  400: 'VALIDATION_FAILED',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'VALIDATION_FAILED',
  429: 'RATE_LIMITED',
};

/**
 * Shapes every error as `{ error: { code, message, requestId, issues? } }`; unexpected ones are logged, never leaked.
 * The message and each issue's message are translated into the request's language (the English text
 * is the key, see packages/contracts/src/message-translations.ts); the code never changes.
 */
@Catch()
export class GlobalExceptionFilter implements ExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost): void {
    const context = host.switchToHttp();
    const request = context.getRequest<FastifyRequest>();
    const reply = context.getResponse<FastifyReply>();
    const body = translated(this.toBody(exception, request), requestLocale(request));
    if (exception instanceof AppError && exception.extra.retryAfterSeconds) {
      void reply.header('retry-after', String(exception.extra.retryAfterSeconds));
    }
    // Routes that answer CSV or iCalendar set their own content type; an error is always JSON.
    void reply
      .status(body.status)
      .header('content-type', 'application/json; charset=utf-8')
      .send({ error: { ...body.error, requestId: String(request.id) } } satisfies ErrorBody);
  }

  private toBody(exception: unknown, request: FastifyRequest): { status: number; error: ErrorBody['error'] } {
    if (exception instanceof AppError) {
      return { status: exception.status, error: { code: exception.code, message: exception.message, ...exception.extra } };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      // Nest hands on Fastify's own refusals (malformed JSON, wrong content type) as HttpExceptions caused by them.
      const refusal = FASTIFY_REFUSALS[(exception.cause as { code?: string } | undefined)?.code ?? ''];
      const message = status === 404 ? `No route ${request.method} ${request.url.split('?')[0]}` : (refusal ?? exception.message);
      return { status, error: { code: codeForStatus[status] ?? 'INTERNAL', message } };
    }
    // Fastify's own errors (malformed JSON, body too large, wrong content type) carry a 4xx statusCode.
    const fastifyError = exception as { statusCode?: number; message?: string; code?: string };
    if (typeof fastifyError.statusCode === 'number' && fastifyError.statusCode >= 400 && fastifyError.statusCode < 500) {
      const status = fastifyError.statusCode;
      const message = (fastifyError.code ? FASTIFY_REFUSALS[fastifyError.code] : undefined) ?? fastifyError.message ?? 'Bad request';
      return { status, error: { code: codeForStatus[status] ?? 'VALIDATION_FAILED', message } };
    }
    request.log.error({ err: exception }, 'unhandled error');
    return { status: 500, error: { code: 'INTERNAL', message: 'Something went wrong on our side; the request id helps us find it.' } };
  }
}

/** Fastify's own refusals of a request body, in words a person can act on (and that are translated). */
const FASTIFY_REFUSALS: Record<string, string> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'The request body is not valid JSON',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'The request body is empty, though its content type says JSON',
  FST_ERR_CTP_BODY_TOO_LARGE: 'The request body is too large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'This content type is not accepted here; send JSON',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'The request body is not as long as its Content-Length header says',
};

type Answer = { status: number; error: ErrorBody['error'] };

function translated(answer: Answer, locale: UiLocale): Answer {
  if (locale === 'en') return answer;
  const { message, issues } = answer.error;
  if (!issues) return { ...answer, error: { ...answer.error, message: translateMessage(locale, message) } };
  const local = issues.map((issue) => ({ ...issue, message: translateMessage(locale, issue.message) }));
  // "Invalid input: title: …; topics: …" is made of the issues: made again from their translations.
  const whole = message === invalidInputMessage(issues) ? invalidInputMessage(local, translateMessage(locale, '(body)')) : message;
  return { ...answer, error: { ...answer.error, message: translateMessage(locale, whole), issues: local } };
}
