import { Controller, Get, Header, Patch, Post, Put, Delete } from '@nestjs/common';
import {
  AnswerPoll,
  CalendarFeed,
  CreateExchangeRequest,
  ExchangeAfterwards,
  ExchangeFeedback,
  ExchangeOutcomes,
  FeedbackSummary,
  ExchangeDetail,
  ExchangesPage,
  ExchangesQuery,
  Id,
  ParticipantList,
  Poll,
  RegisterRequest,
  RegistrationAnswer,
  RegistrationStatus,
  SetExchangeStatus,
  SetPollSlots,
  UpdateExchangeRequest,
} from '@peerhub/contracts';
import { z } from 'zod';
import { Policy, Public } from '../common/access.decorators';
import { Endpoint, Input } from '../common/endpoint.decorator';
import { PageLanguage } from '../common/page-language';
import { CurrentActor, type AuthenticatedActor } from '../common/request-actor';
import { AfterwardsService } from './afterwards.service';
import { CalendarService } from './calendar.service';
import { ExchangesService } from './exchanges.service';
import { PollService } from './poll.service';
import { RegistrationsService } from './registrations.service';

const ExchangeParams = z.object({ id: Id });
const ParticipantParams = z.object({ id: Id, personId: Id });
const Approval = z.strictObject({ approve: z.boolean() });
const Attendance = z.strictObject({ attendance: z.array(z.strictObject({ personId: Id, attended: z.boolean() })).min(1).max(1000) });
const FeedParams = z.object({ token: z.string().regex(/^[\w-]{20,100}\.ics$/) });
const SlotParams = z.object({ id: Id, slotId: Id });

/**
 * Exchanges: the routes declare the baseline policy; each exchange's own policy (drafts, organiser,
 * cancelled) needs the exchange, so ExchangeAccess applies it in the services (404 for what the
 * person may not see).
 */
@Controller()
export class ExchangesController {
  constructor(
    private readonly exchanges: ExchangesService,
    private readonly registrations: RegistrationsService,
    private readonly calendar: CalendarService,
    private readonly polls: PollService,
    private readonly afterwards: AfterwardsService,
  ) {}

  @Get('exchanges/:id/afterwards')
  @Policy('directory.browse')
  @Endpoint({ summary: 'Outcomes, recommendations and materials; whether I gave feedback', tags: ['exchanges'], params: ExchangeParams, response: ExchangeAfterwards, errors: [401, 404] })
  readAfterwards(@CurrentActor() actor: AuthenticatedActor, @Input('params') params: z.infer<typeof ExchangeParams>): Promise<ExchangeAfterwards> {
    return this.afterwards.read(actor, params.id);
  }

  @Put('exchanges/:id/afterwards')
  @Policy('directory.browse')
  @Endpoint({ summary: 'Write the outcomes, recommendations and materials (organiser)', tags: ['exchanges'], params: ExchangeParams, body: ExchangeOutcomes, response: ExchangeAfterwards, errors: [400, 401, 403, 404, 409] })
  writeAfterwards(@CurrentActor() actor: AuthenticatedActor, @Input('params') params: z.infer<typeof ExchangeParams>, @Input('body') body: ExchangeOutcomes): Promise<ExchangeAfterwards> {
    return this.afterwards.writeOutcomes(actor, params.id, body);
  }

  @Put('exchanges/:id/feedback')
  @Policy('directory.browse')
  @Endpoint({ summary: 'Give (or change) my feedback as a participant', tags: ['exchanges'], params: ExchangeParams, body: ExchangeFeedback, status: 204, errors: [400, 401, 403, 404, 409] })
  async feedback(@CurrentActor() actor: AuthenticatedActor, @Input('params') params: z.infer<typeof ExchangeParams>, @Input('body') body: ExchangeFeedback): Promise<void> {
    await this.afterwards.giveFeedback(actor, params.id, body);
  }

  @Get('exchanges/:id/feedback/summary')
  @Policy('directory.browse')
  @Endpoint({ summary: 'The summary of the feedback, for the organiser', tags: ['exchanges'], params: ExchangeParams, response: FeedbackSummary, errors: [401, 403, 404] })
  feedbackSummary(@CurrentActor() actor: AuthenticatedActor, @Input('params') params: z.infer<typeof ExchangeParams>): Promise<FeedbackSummary> {
    return this.afterwards.summary(actor, params.id);
  }

  @Get('exchanges/:id/poll')
  @Policy('directory.browse')
  @Endpoint({ summary: 'The scheduling poll: proposed times with their answers and the best one', tags: ['exchanges'], params: ExchangeParams, response: Poll, errors: [401, 404] })
  poll(@CurrentActor() actor: AuthenticatedActor, @Input('params') params: z.infer<typeof ExchangeParams>): Promise<Poll> {
    return this.polls.poll(actor, params.id);
  }

  @Put('exchanges/:id/poll')
  @Policy('directory.browse')
  @Endpoint({ summary: 'Propose the times (replaces the poll)', tags: ['exchanges'], params: ExchangeParams, body: SetPollSlots, response: Poll, errors: [400, 401, 403, 404, 409] })
  setPoll(@CurrentActor() actor: AuthenticatedActor, @Input('params') params: z.infer<typeof ExchangeParams>, @Input('body') body: SetPollSlots): Promise<Poll> {
    return this.polls.setSlots(actor, params.id, body);
  }

  @Put('exchanges/:id/poll/answers')
  @Policy('directory.browse')
  @Endpoint({ summary: 'Answer yes / if need be / no for proposed times', tags: ['exchanges'], params: ExchangeParams, body: AnswerPoll, response: Poll, errors: [400, 401, 404, 409] })
  answerPoll(@CurrentActor() actor: AuthenticatedActor, @Input('params') params: z.infer<typeof ExchangeParams>, @Input('body') body: AnswerPoll): Promise<Poll> {
    return this.polls.answer(actor, params.id, body);
  }

  @Post('exchanges/:id/poll/slots/:slotId/choose')
  @Policy('directory.browse')
  @Endpoint({ summary: "Make a proposed time the exchange's time (the agenda moves with it)", tags: ['exchanges'], params: SlotParams, response: ExchangeDetail, errors: [401, 403, 404, 409] })
  async choose(@CurrentActor() actor: AuthenticatedActor, @Input('params') params: z.infer<typeof SlotParams>): Promise<ExchangeDetail> {
    await this.polls.choose(actor, params.id, params.slotId);
    return this.exchanges.detail(actor, params.id);
  }

  @Get('exchanges')
  @Policy('directory.browse')
  @Endpoint({ summary: 'Exchanges of my alliances (calendar range with from/to)', tags: ['exchanges'], query: ExchangesQuery, response: ExchangesPage, errors: [400, 401] })
  list(@CurrentActor() actor: AuthenticatedActor, @Input('query') query: ExchangesQuery): Promise<ExchangesPage> {
    return this.exchanges.list(actor, query);
  }

  @Post('exchanges')
  @Policy('directory.browse')
  @Endpoint({ summary: 'Create an exchange (a draft) in an alliance I coordinate', tags: ['exchanges'], body: CreateExchangeRequest, response: ExchangeDetail, status: 201, errors: [400, 401, 403] })
  create(@CurrentActor() actor: AuthenticatedActor, @Input('body') body: CreateExchangeRequest): Promise<ExchangeDetail> {
    return this.exchanges.create(actor, body);
  }

  @Get('exchanges/:id')
  @Policy('directory.browse')
  @Endpoint({ summary: 'An exchange with its agenda and counts', tags: ['exchanges'], params: ExchangeParams, response: ExchangeDetail, errors: [401, 404] })
  detail(@CurrentActor() actor: AuthenticatedActor, @Input('params') params: z.infer<typeof ExchangeParams>): Promise<ExchangeDetail> {
    return this.exchanges.detail(actor, params.id);
  }

  @Patch('exchanges/:id')
  @Policy('directory.browse')
  @Endpoint({ summary: 'Edit an exchange (organiser, coordinators); checked whole again', tags: ['exchanges'], params: ExchangeParams, body: UpdateExchangeRequest, response: ExchangeDetail, errors: [400, 401, 403, 404, 409] })
  update(@CurrentActor() actor: AuthenticatedActor, @Input('params') params: z.infer<typeof ExchangeParams>, @Input('body') body: UpdateExchangeRequest): Promise<ExchangeDetail> {
    return this.exchanges.update(actor, params.id, body);
  }

  @Put('exchanges/:id/status')
  @Policy('directory.browse')
  @Endpoint({ summary: 'Publish, cancel or complete an exchange', tags: ['exchanges'], params: ExchangeParams, body: SetExchangeStatus, response: ExchangeDetail, errors: [400, 401, 403, 404, 409] })
  setStatus(@CurrentActor() actor: AuthenticatedActor, @Input('params') params: z.infer<typeof ExchangeParams>, @Input('body') body: SetExchangeStatus): Promise<ExchangeDetail> {
    return this.exchanges.setStatus(actor, params.id, body);
  }

  @Put('exchanges/:id/registration')
  @Policy('directory.browse')
  @Endpoint({ summary: 'Answer going / maybe / declined (going may land on the waitlist or wait for approval)', tags: ['exchanges'], params: ExchangeParams, body: RegisterRequest, response: RegistrationAnswer, errors: [400, 401, 404, 409] })
  register(@CurrentActor() actor: AuthenticatedActor, @Input('params') params: z.infer<typeof ExchangeParams>, @Input('body') body: RegisterRequest): Promise<RegistrationAnswer> {
    return this.registrations.answer(actor, params.id, body);
  }

  @Get('exchanges/:id/participants')
  @Policy('directory.browse')
  @Endpoint({ summary: 'Participants, listed by country', tags: ['exchanges'], params: ExchangeParams, response: ParticipantList, errors: [401, 404] })
  participants(@CurrentActor() actor: AuthenticatedActor, @Input('params') params: z.infer<typeof ExchangeParams>): Promise<ParticipantList> {
    return this.registrations.participants(actor, params.id);
  }

  @Put('exchanges/:id/participants/:personId/approval')
  @Policy('directory.browse')
  @Endpoint({ summary: 'Admit or refuse someone waiting for approval', tags: ['exchanges'], params: ParticipantParams, body: Approval, response: z.object({ status: RegistrationStatus }), errors: [400, 401, 403, 404] })
  async approve(@CurrentActor() actor: AuthenticatedActor, @Input('params') params: z.infer<typeof ParticipantParams>, @Input('body') body: z.infer<typeof Approval>) {
    return { status: await this.registrations.decide(actor, params.id, params.personId, body.approve) };
  }

  @Put('exchanges/:id/attendance')
  @Policy('directory.browse')
  @Endpoint({ summary: 'Record who attended', tags: ['exchanges'], params: ExchangeParams, body: Attendance, status: 204, errors: [400, 401, 403, 404, 409] })
  async attendance(@CurrentActor() actor: AuthenticatedActor, @Input('params') params: z.infer<typeof ExchangeParams>, @Input('body') body: z.infer<typeof Attendance>): Promise<void> {
    await this.registrations.recordAttendance(actor, params.id, body.attendance);
  }

  @Get('exchanges/:id/calendar.ics')
  @Policy('directory.browse')
  @Header('content-type', 'text/calendar; charset=utf-8')
  @Header('content-disposition', 'attachment; filename="exchange.ics"')
  @Endpoint({ summary: 'The exchange as an .ics file', tags: ['exchanges'], params: ExchangeParams, errors: [401, 404] })
  ics(@CurrentActor() actor: AuthenticatedActor, @Input('params') params: z.infer<typeof ExchangeParams>, @PageLanguage() pageLanguage: string | null): Promise<string> {
    return this.calendar.exchangeIcs(actor, params.id, pageLanguage);
  }

  @Get('me/calendar-feed')
  @Policy('account.self')
  @Endpoint({ summary: 'Whether my calendar feed is on, its secret address and when it was made', tags: ['exchanges'], response: CalendarFeed, errors: [401] })
  feedState(@CurrentActor() actor: AuthenticatedActor): Promise<CalendarFeed> {
    return this.calendar.feedState(actor);
  }

  @Post('me/calendar-feed')
  @Policy('account.self')
  @Endpoint({ summary: 'Turn on my calendar feed, or give it a new secret address (the old one stops working)', tags: ['exchanges'], response: CalendarFeed, status: 201, errors: [401] })
  rotateFeed(@CurrentActor() actor: AuthenticatedActor): Promise<CalendarFeed> {
    return this.calendar.rotateFeed(actor);
  }

  @Delete('me/calendar-feed')
  @Policy('account.self')
  @Endpoint({ summary: 'Turn my calendar feed off', tags: ['exchanges'], status: 204, errors: [401] })
  async revokeFeed(@CurrentActor() actor: AuthenticatedActor): Promise<void> {
    await this.calendar.revokeFeed(actor);
  }

  /** Calendar apps cannot sign in: the secret in the address is the credential. */
  @Get('calendar/:token')
  @Public()
  @Header('content-type', 'text/calendar; charset=utf-8')
  @Header('cache-control', 'private, max-age=300')
  @Endpoint({ summary: 'My calendar feed (secret address from POST /api/me/calendar-feed)', tags: ['exchanges'], params: FeedParams, errors: [404] })
  feed(@Input('params') params: z.infer<typeof FeedParams>): Promise<string> {
    return this.calendar.feed(params.token.replace(/\.ics$/, ''));
  }
}
