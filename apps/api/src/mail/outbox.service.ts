import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { OutboxPage, OutboxQuery } from '@peerhub/contracts';
import type { z } from 'zod';
import type { Repository } from 'typeorm';
import { OutboxMessageEntity } from './outbox-message.entity';
import { containing } from '../common/sql';

@Injectable()
export class OutboxService {
  constructor(@InjectRepository(OutboxMessageEntity) private readonly outbox: Repository<OutboxMessageEntity>) {}

  async list(query: z.infer<typeof OutboxQuery>): Promise<OutboxPage> {
    const qb = this.outbox.createQueryBuilder('m').orderBy('m.created_at', 'DESC').addOrderBy('m.id', 'DESC');
    if (query.to) qb.where('m.recipient ILIKE :to', { to: containing(query.to) });
    const [rows, total] = await qb
      .skip((query.page - 1) * query.pageSize)
      .take(query.pageSize)
      .getManyAndCount();
    return {
      items: rows.map((m) => ({ id: m.id, to: m.recipient, subject: m.subject, text: m.text, kind: m.kind, headers: m.headers, createdAt: m.createdAt.toISOString() })),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  }
}
