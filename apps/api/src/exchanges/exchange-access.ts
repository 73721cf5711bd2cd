import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { can, whyNot, type Actor, type ExchangeSubject } from '@peerhub/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { AppError, notFound } from '../common/app-error';
import { ExchangeEntity } from './exchange.entity';

export const exchangeSubject = (e: ExchangeEntity, actor: Actor, invited: boolean): ExchangeSubject => ({
  allianceId: e.allianceId,
  status: e.status,
  organiser: e.organiserId === actor.personId,
  invited,
});

/** Whether a person was asked to take part: invited by name, or an active member of a linked group. */
export async function isInvited(manager: EntityManager, e: Pick<ExchangeEntity, 'inviteeIds' | 'groupIds'>, personId: string): Promise<boolean> {
  if (e.inviteeIds.includes(personId)) return true;
  if (e.groupIds.length === 0) return false;
  const rows = await manager.query<unknown[]>(`SELECT 1 FROM group_membership WHERE person_id = $1 AND group_id = ANY($2) AND state = 'active' LIMIT 1`, [personId, e.groupIds]);
  return rows.length > 0;
}

/** Loads an exchange as one person may see it (404 otherwise) and applies its policies. */
@Injectable()
export class ExchangeAccess {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async load(actor: Actor, id: string, manager: EntityManager = this.dataSource.manager, lock = false): Promise<ExchangeEntity> {
    return (await this.loadWithSubject(actor, id, manager, lock)).exchange;
  }

  async authorize(actor: Actor, action: 'exchange.manage' | 'exchange.register' | 'exchange.answer-poll', id: string, manager: EntityManager = this.dataSource.manager, lock = false): Promise<ExchangeEntity> {
    const { exchange, subject } = await this.loadWithSubject(actor, id, manager, lock);
    if (!can(actor, action, subject)) {
      const reason = whyNot(actor, action, subject);
      throw reason ? new AppError('CONFLICT', reason, 409) : new AppError('FORBIDDEN', 'Only the organiser and the alliance coordinators may do this', 403);
    }
    return exchange;
  }

  private async loadWithSubject(actor: Actor, id: string, manager: EntityManager, lock: boolean): Promise<{ exchange: ExchangeEntity; subject: ExchangeSubject }> {
    const exchange = await manager.findOne(ExchangeEntity, { where: { id }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    if (!exchange) throw notFound('Exchange');
    const subject = exchangeSubject(exchange, actor, await isInvited(manager, exchange, actor.personId));
    if (!can(actor, 'exchange.view', subject)) throw notFound('Exchange');
    return { exchange, subject };
  }
}
