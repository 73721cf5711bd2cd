import { Logger } from '@nestjs/common';
import { ConnectedSocket, MessageBody, SubscribeMessage, WebSocketGateway } from '@nestjs/websockets';
import { REALTIME_PATH, WatchCaseStudy, type CaseStudyCommentList, type ClientToServerEvents, type RealtimeError, type ServerToClientEvents } from '@peerhub/contracts';
import { RateLimiterMemory } from 'rate-limiter-flexible';
import type { Socket } from 'socket.io';
import { Policy } from '../common/access.decorators';
import { AppError } from '../common/app-error';
import { caseStudyRoom } from '../realtime/realtime-sessions';
import type { SocketData } from '../realtime/socket-data';
import { CaseStudyCommentsService } from './case-study-comments.service';

type CaseStudySocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
type Result<T> = { ok: true; value: T } | { ok: false; error: RealtimeError };

/** Watch requests a person may send per 10 seconds (all tabs together, per API process). */
const WATCHES_PER_10_SECONDS = 30;

/**
 * Live comments on case studies. A socket joins a study's room only after the same read check as
 * GET /api/case-studies/:id (a study it may not read answers NOT_FOUND); the acknowledgement carries
 * the latest comments, so a client that (re)watches after a reconnect has missed nothing.
 */
@WebSocketGateway({ path: REALTIME_PATH, serveClient: false, transports: ['websocket', 'polling'] })
export class CaseStudiesGateway {
  private readonly logger = new Logger('CaseStudies');
  private readonly flood = new RateLimiterMemory({ points: WATCHES_PER_10_SECONDS, duration: 10 });

  constructor(private readonly comments: CaseStudyCommentsService) {}

  @SubscribeMessage('case-study:watch')
  @Policy('account.self')
  watch(@ConnectedSocket() socket: CaseStudySocket, @MessageBody() body: unknown): Promise<Result<CaseStudyCommentList>> {
    return this.handle(socket, 'case-study:watch', body, async ({ caseStudyId }) => {
      const list = await this.comments.list(socket.data.actor, caseStudyId);
      await socket.join(caseStudyRoom(caseStudyId));
      return list;
    });
  }

  @SubscribeMessage('case-study:unwatch')
  @Policy('account.self')
  unwatch(@ConnectedSocket() socket: CaseStudySocket, @MessageBody() body: unknown): Promise<Result<null>> {
    return this.handle(socket, 'case-study:unwatch', body, async ({ caseStudyId }) => {
      await socket.leave(caseStudyRoom(caseStudyId));
      return null;
    });
  }

  private async handle<T>(socket: CaseStudySocket, event: string, body: unknown, run: (input: WatchCaseStudy) => Promise<T>): Promise<Result<T>> {
    try {
      await this.flood.consume(socket.data.actor.personId);
    } catch {
      return { ok: false, error: { code: 'RATE_LIMITED', message: 'Too many events; slow down', event } };
    }
    const parsed = WatchCaseStudy.safeParse(body);
    if (!parsed.success) {
      return { ok: false, error: { code: 'VALIDATION_FAILED', message: parsed.error.issues.map((i) => `${i.path.join('.') || 'payload'}: ${i.message}`).join('; '), event } };
    }
    try {
      return { ok: true, value: await run(parsed.data) };
    } catch (error) {
      if (error instanceof AppError) return { ok: false, error: { code: error.code, message: error.message, event } };
      this.logger.error({ err: error, event }, 'case study event failed');
      return { ok: false, error: { code: 'INTERNAL', message: 'Something went wrong on our side', event } };
    }
  }
}
