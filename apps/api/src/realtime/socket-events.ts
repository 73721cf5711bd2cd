import type { Logger } from '@nestjs/common';
import { translateMessage, type ClientToServerEvents, type ErrorCode, type RealtimeError, type ServerToClientEvents } from '@peerhub/contracts';
import { RateLimiterMemory } from 'rate-limiter-flexible';
import type { Socket } from 'socket.io';
import type { z } from 'zod';
import { AppError } from '../common/app-error';
import type { SocketData } from './socket-data';

export type PeerhubSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
export type EventResult<T> = { ok: true; value: T } | { ok: false; error: RealtimeError };

/**
 * The one path of the live events that answer: the person's flood limit, the contract's schema,
 * then the work. Refusals and failures come back as values (never a crash or a silent drop), in
 * the person's language like the HTTP answers; the logs stay in English.
 */
export class SocketEvents {
  private readonly flood: RateLimiterMemory;

  /** @param eventsPer10Seconds per person, all tabs together, per API process. @param announceFlood also emit an `error` event on a flood (the chat's composer shows it). */
  constructor(
    private readonly logger: Logger,
    eventsPer10Seconds: number,
    private readonly announceFlood = false,
  ) {
    this.flood = new RateLimiterMemory({ points: eventsPer10Seconds, duration: 10 });
  }

  /** Whether the person is within their flood limit (for events without an answer, such as typing). */
  async admit(socket: PeerhubSocket, event: string): Promise<boolean> {
    try {
      await this.flood.consume(socket.data.actor.personId);
      return true;
    } catch {
      if (this.announceFlood) socket.emit('error', this.refusal(socket, 'RATE_LIMITED', 'Too many events; slow down', event));
      return false;
    }
  }

  async handle<S extends z.ZodType, T>(socket: PeerhubSocket, event: string, schema: S, body: unknown, run: (input: z.infer<S>) => Promise<T>): Promise<EventResult<T>> {
    if (!(await this.admit(socket, event))) return { ok: false, error: this.refusal(socket, 'RATE_LIMITED', 'Too many events; slow down', event) };
    const parsed = schema.safeParse(body);
    if (!parsed.success) {
      const message = parsed.error.issues.map((i) => `${i.path.join('.') || 'payload'}: ${translateMessage(socket.data.actor.locale ?? 'en', i.message)}`).join('; ');
      return { ok: false, error: { code: 'VALIDATION_FAILED', message, event } };
    }
    try {
      return { ok: true, value: await run(parsed.data) };
    } catch (error) {
      if (error instanceof AppError) return { ok: false, error: this.refusal(socket, error.code, error.message, event) };
      this.logger.error({ err: error, event }, 'live event failed');
      return { ok: false, error: this.refusal(socket, 'INTERNAL', 'Something went wrong on our side', event) };
    }
  }

  private refusal(socket: PeerhubSocket, code: ErrorCode, message: string, event: string): RealtimeError {
    return { code, message: translateMessage(socket.data.actor.locale ?? 'en', message), event };
  }
}
