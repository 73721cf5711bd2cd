import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ExchangeFeedback, type ExchangeAfterwards, type ExchangeOutcomes, type FeedbackSummary } from '@peerhub/contracts';
import type { Actor } from '@peerhub/domain';
import type { DataSource } from 'typeorm';
import { AppError } from '../common/app-error';
import { ExchangeAccess } from './exchange-access';
import { ExchangeFeedbackEntity } from './exchange-feedback.entity';
import { ExchangeEntity } from './exchange.entity';

/** After the exchange: outcomes, recommendations and materials; participants' feedback and its summary. */
@Injectable()
export class AfterwardsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ExchangeAccess,
  ) {}

  async read(actor: Actor, exchangeId: string): Promise<ExchangeAfterwards> {
    const exchange = await this.access.load(actor, exchangeId);
    const given = await this.dataSource.getRepository(ExchangeFeedbackEntity).existsBy({ exchangeId, personId: actor.personId });
    return { outcomes: exchange.outcomes, recommendations: exchange.recommendations, materials: exchange.outcomeMaterials, myFeedbackGiven: given };
  }

  async writeOutcomes(actor: Actor, exchangeId: string, body: ExchangeOutcomes): Promise<ExchangeAfterwards> {
    const exchange = await this.access.authorize(actor, 'exchange.manage', exchangeId);
    this.assertStarted(exchange);
    await this.dataSource.getRepository(ExchangeEntity).update({ id: exchangeId }, { outcomes: body.outcomes, recommendations: body.recommendations, outcomeMaterials: body.materials });
    return this.read(actor, exchangeId);
  }

  /** Only people who took part (going, or marked attended) give feedback, once the exchange has started. */
  async giveFeedback(actor: Actor, exchangeId: string, input: ExchangeFeedback): Promise<void> {
    const exchange = await this.access.load(actor, exchangeId);
    this.assertStarted(exchange);
    const [row] = await this.dataSource.query<Array<{ status: string; attended: boolean | null }>>('SELECT status, attended FROM exchange_participant WHERE exchange_id = $1 AND person_id = $2', [exchangeId, actor.personId]);
    if (!row || (row.status !== 'going' && row.attended !== true) || row.attended === false) {
      throw new AppError('FORBIDDEN', 'Feedback is for the people who took part', 403);
    }
    const feedback = ExchangeFeedback.parse(input);
    await this.dataSource.getRepository(ExchangeFeedbackEntity).upsert({ exchangeId, personId: actor.personId, ...feedback }, ['exchangeId', 'personId']);
  }

  async summary(actor: Actor, exchangeId: string): Promise<FeedbackSummary> {
    await this.access.authorize(actor, 'exchange.manage', exchangeId);
    const rows = await this.dataSource.getRepository(ExchangeFeedbackEntity).find({ where: { exchangeId }, order: { createdAt: 'ASC' } });
    const [{ participants }] = await this.dataSource.query<[{ participants: number }]>(
      `SELECT count(*)::int AS participants FROM exchange_participant WHERE exchange_id = $1 AND (status = 'going' OR attended)`,
      [exchangeId],
    );
    const average = (key: 'overall' | 'relevance' | 'organisation') => (rows.length ? Math.round((rows.reduce((sum, r) => sum + r[key], 0) / rows.length) * 10) / 10 : null);
    return {
      responses: rows.length,
      participants,
      averages: { overall: average('overall'), relevance: average('relevance'), organisation: average('organisation') },
      distribution: [1, 2, 3, 4, 5].map((score) => ({
        score,
        overall: rows.filter((r) => r.overall === score).length,
        relevance: rows.filter((r) => r.relevance === score).length,
        organisation: rows.filter((r) => r.organisation === score).length,
      })),
      willApply: rows.map((r) => r.willApply).filter(Boolean),
      comments: rows.map((r) => r.comments).filter(Boolean),
    };
  }

  private assertStarted(exchange: ExchangeEntity): void {
    if (exchange.startsAt.getTime() > Date.now()) throw new AppError('CONFLICT', 'This comes after the exchange has started', 409);
    if (exchange.status === 'draft' || exchange.status === 'cancelled') throw new AppError('CONFLICT', `This exchange is ${exchange.status}`, 409);
  }
}
