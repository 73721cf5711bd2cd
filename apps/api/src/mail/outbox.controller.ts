import { Controller, Get } from '@nestjs/common';
import { OutboxPage, OutboxQuery } from '@peerhub/contracts';
import type { z } from 'zod';
import { Policy } from '../common/access.decorators';
import { Endpoint, Input } from '../common/endpoint.decorator';
import { OutboxService } from './outbox.service';

@Controller('admin/outbox')
export class OutboxController {
  constructor(private readonly outbox: OutboxService) {}

  @Get()
  @Policy('mail-outbox.read')
  @Endpoint({ summary: 'Read the dev outbox (mail kept instead of sent when no SMTP server is set)', tags: ['mail'], query: OutboxQuery, response: OutboxPage, errors: [401, 403] })
  list(@Input('query') query: z.infer<typeof OutboxQuery>): Promise<OutboxPage> {
    return this.outbox.list(query);
  }
}
