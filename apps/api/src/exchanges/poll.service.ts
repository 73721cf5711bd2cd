import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AnswerPoll, Poll, PollAnswerValue, SetPollSlots } from '@peerhub/contracts';
import { bestSlot, type Actor } from '@peerhub/domain';
import { DataSource, In } from 'typeorm';
import { AppError, notFound, validationFailed } from '../common/app-error';
import { ExchangeAccess } from './exchange-access';
import { ExchangeNotices } from './exchange-notices';
import { ExchangeEntity } from './exchange.entity';
import { PollAnswerEntity, PollSlotEntity } from './poll-slot.entity';

/** Finding a time: the organiser proposes slots, people answer, the best one becomes the exchange's time. */
@Injectable()
export class PollService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ExchangeAccess,
    private readonly notices: ExchangeNotices,
  ) {}

  async setSlots(actor: Actor, exchangeId: string, body: SetPollSlots): Promise<Poll> {
    await this.dataSource.transaction(async (manager) => {
      const exchange = await this.access.authorize(actor, 'exchange.manage', exchangeId, manager, true);
      if (exchange.status === 'cancelled' || exchange.status === 'completed') throw new AppError('CONFLICT', `This exchange is ${exchange.status}`, 409);
      await manager.delete(PollSlotEntity, { exchangeId });
      await manager.insert(PollSlotEntity, body.slots.map((s) => ({ exchangeId, startsAt: new Date(s.startsAt), endsAt: new Date(s.endsAt) })));
    });
    return this.poll(actor, exchangeId);
  }

  /** Open to whoever may see the exchange: on a draft, the people invited by name or through a linked group. */
  async answer(actor: Actor, exchangeId: string, body: AnswerPoll): Promise<Poll> {
    await this.access.authorize(actor, 'exchange.answer-poll', exchangeId);
    const slots = await this.dataSource.getRepository(PollSlotEntity).findBy({ exchangeId, id: In(body.answers.map((a) => a.slotId)) });
    if (slots.length !== new Set(body.answers.map((a) => a.slotId)).size) throw validationFailed([{ path: 'answers', message: 'Answer only the times proposed for this exchange' }]);
    await this.dataSource.getRepository(PollAnswerEntity).upsert(body.answers.map((a) => ({ slotId: a.slotId, personId: actor.personId, answer: a.answer })), ['slotId', 'personId']);
    return this.poll(actor, exchangeId);
  }

  async poll(actor: Actor, exchangeId: string): Promise<Poll> {
    await this.access.load(actor, exchangeId);
    const rows = await this.dataSource.query<Array<{ id: string; starts_at: Date; ends_at: Date; yes: number; if_need_be: number; no: number; mine: PollAnswerValue | null }>>(
      `SELECT s.id, s.starts_at, s.ends_at,
              count(a.*) FILTER (WHERE a.answer = 'yes')::int AS yes,
              count(a.*) FILTER (WHERE a.answer = 'if-need-be')::int AS if_need_be,
              count(a.*) FILTER (WHERE a.answer = 'no')::int AS no,
              max(a.answer) FILTER (WHERE a.person_id = $2) AS mine
         FROM exchange_poll_slot s LEFT JOIN exchange_poll_answer a ON a.slot_id = s.id
        WHERE s.exchange_id = $1 GROUP BY s.id ORDER BY s.starts_at`,
      [exchangeId, actor.personId],
    );
    const [{ respondents }] = await this.dataSource.query<[{ respondents: number }]>(
      'SELECT count(DISTINCT a.person_id)::int AS respondents FROM exchange_poll_answer a JOIN exchange_poll_slot s ON s.id = a.slot_id WHERE s.exchange_id = $1',
      [exchangeId],
    );
    const best = bestSlot(rows.map((r) => ({ slotId: r.id, startsAt: new Date(r.starts_at), yes: r.yes, ifNeedBe: r.if_need_be, no: r.no })));
    return {
      slots: rows.map((r) => ({ id: r.id, startsAt: new Date(r.starts_at).toISOString(), endsAt: new Date(r.ends_at).toISOString(), yes: r.yes, ifNeedBe: r.if_need_be, no: r.no, myAnswer: r.mine })),
      bestSlotId: respondents > 0 ? (best?.slotId ?? null) : null,
      respondents,
    };
  }

  /** One click: the slot becomes the exchange's time; the agenda moves with it. */
  async choose(actor: Actor, exchangeId: string, slotId: string): Promise<void> {
    const moved = await this.dataSource.transaction(async (manager) => {
      const exchange = await this.access.authorize(actor, 'exchange.manage', exchangeId, manager, true);
      if (exchange.status === 'cancelled' || exchange.status === 'completed') throw new AppError('CONFLICT', `This exchange is ${exchange.status}`, 409);
      const slot = await manager.findOneBy(PollSlotEntity, { id: slotId, exchangeId });
      if (!slot) throw notFound('Proposed time');
      const shift = slot.startsAt.getTime() - exchange.startsAt.getTime();
      await manager.query('UPDATE exchange_agenda_item SET starts_at = starts_at + $2 * interval \'1 millisecond\', ends_at = ends_at + $2 * interval \'1 millisecond\' WHERE exchange_id = $1', [exchangeId, shift]);
      await manager.update(ExchangeEntity, { id: exchangeId }, { startsAt: slot.startsAt, endsAt: slot.endsAt, sequence: exchange.sequence + 1 });
      return { id: exchange.id, status: exchange.status, startsAt: slot.startsAt, sequence: exchange.sequence + 1 };
    });
    if (moved.status === 'published') {
      await this.notices.announce(moved, 'changed');
      await this.notices.planReminder(moved);
    }
  }
}
