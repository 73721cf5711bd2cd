import { Logger } from '@nestjs/common';
import { ConnectedSocket, MessageBody, SubscribeMessage, WebSocketGateway } from '@nestjs/websockets';
import { REALTIME_PATH, WatchCaseStudy, type CaseStudyCommentList } from '@peerhub/contracts';
import { Policy } from '../common/access.decorators';
import { caseStudyRoom } from '../realtime/realtime-sessions';
import { SocketEvents, type EventResult, type PeerhubSocket } from '../realtime/socket-events';
import { CaseStudyCommentsService } from './case-study-comments.service';


/** Watch requests a person may send per 10 seconds (all tabs together, per API process). */
const WATCHES_PER_10_SECONDS = 30;

/**
 * Live comments on case studies. A socket joins a study's room only after the same read check as
 * GET /api/case-studies/:id (a study it may not read answers NOT_FOUND); the acknowledgement carries
 * the latest comments, so a client that (re)watches after a reconnect has missed nothing.
 */
@WebSocketGateway({ path: REALTIME_PATH, serveClient: false, transports: ['websocket', 'polling'] })
export class CaseStudiesGateway {
  private readonly events = new SocketEvents(new Logger('CaseStudies'), WATCHES_PER_10_SECONDS);

  constructor(private readonly comments: CaseStudyCommentsService) {}

  @SubscribeMessage('case-study:watch')
  @Policy('account.self')
  watch(@ConnectedSocket() socket: PeerhubSocket, @MessageBody() body: unknown): Promise<EventResult<CaseStudyCommentList>> {
    return this.events.handle(socket, 'case-study:watch', WatchCaseStudy, body, async ({ caseStudyId }) => {
      const list = await this.comments.list(socket.data.actor, caseStudyId);
      await socket.join(caseStudyRoom(caseStudyId));
      return list;
    });
  }

  @SubscribeMessage('case-study:unwatch')
  @Policy('account.self')
  unwatch(@ConnectedSocket() socket: PeerhubSocket, @MessageBody() body: unknown): Promise<EventResult<null>> {
    return this.events.handle(socket, 'case-study:unwatch', WatchCaseStudy, body, async ({ caseStudyId }) => {
      await socket.leave(caseStudyRoom(caseStudyId));
      return null;
    });
  }
}
