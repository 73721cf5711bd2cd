import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { can, whyNot, type Actor, type ExchangeSubject } from '@peerhub/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { AppError, notFound } from '../common/app-error';
import { ExchangeEntity } from './exchange.entity';

export const exchangeSubject = (e: ExchangeEntity, actor: Actor): ExchangeSubject => ({
  allianceId: e.allianceId,
  status: e.status,
  organiser: e.organiserId === actor.personId,
});

/** Loads an exchange as one person may see it (404 otherwise) and applies its policies. */
@Injectable()
export class ExchangeAccess {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async load(actor: Actor, id: string, manager: EntityManager = this.dataSource.manager, lock = false): Promise<ExchangeEntity> {
    const exchange = await manager.findOne(ExchangeEntity, { where: { id }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    if (!exchange || !can(actor, 'exchange.view', exchangeSubject(exchange, actor))) throw notFound('Exchange');
    return exchange;
  }

  async authorize(actor: Actor, action: 'exchange.manage' | 'exchange.register', id: string, manager?: EntityManager, lock = false): Promise<ExchangeEntity> {
    const exchange = await this.load(actor, id, manager, lock);
    const subject = exchangeSubject(exchange, actor);
    if (!can(actor, action, subject)) {
      const reason = whyNot(actor, action, subject);
      throw reason ? new AppError('CONFLICT', reason, 409) : new AppError('FORBIDDEN', 'Only the organiser and the alliance coordinators may do this', 403);
    }
    return exchange;
  }
}
