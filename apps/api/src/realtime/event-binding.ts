import type { Logger } from '@nestjs/common';
import type { MessageMappingProperties } from '@nestjs/websockets';
import { isObservable } from 'rxjs';
import type { Socket } from 'socket.io';

type Answer = { event?: string; data?: unknown } | null | undefined;

/**
 * Binds a gateway's events to a socket as Nest's IoAdapter does, without its rxjs stream per
 * event and socket (fromEvent, mergeMap, defer, filter, map, catchError, takeUntil, then
 * fromPromise and mergeAll): under `npm run bench:chat` those made a tenth of everything the API
 * allocated per chat message. Nest's guards, interceptors, pipes and exception filters all run
 * inside `callback`, as before; only the way its answer reaches the acknowledgement is plainer.
 * An answer with `event` is emitted as that event, like Nest does; a failure that escaped the
 * exception filters is logged and the event stays bound.
 */
export function bindGatewayEvents(
  socket: Socket,
  handlers: MessageMappingProperties[],
  mapPayload: (payload: unknown) => { data: unknown; ack?: unknown },
  logger: Logger,
): void {
  for (const { message, callback, isAckHandledManually } of handlers) {
    socket.on(message as string, (...args: unknown[]) => {
      const { data, ack } = mapPayload(args.length === 1 ? args[0] : args);
      const answer = (response: Answer) => {
        if (response === null || response === undefined) return;
        if (response.event) socket.emit(response.event, response.data);
        else if (!isAckHandledManually && typeof ack === 'function') ack(response);
      };
      const failed = (error: unknown) => logger.error({ err: error, event: message }, 'live event failed outside its handler');
      Promise.resolve(callback(data, ack)).then((result: unknown) => {
        // With an interceptor (the response shapes are checked on every route), the answer is an Observable.
        if (isObservable(result)) result.subscribe({ next: (value) => answer(value as Answer), error: failed });
        else answer(result as Answer);
      }, failed);
    });
  }
}
