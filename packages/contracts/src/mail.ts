import { z } from 'zod';
import { Id, PageQuery, pageOf } from './common';

export const OutboxMessage = z
  .object({
    id: Id,
    to: z.string(),
    subject: z.string(),
    text: z.string(),
    kind: z.string(),
    headers: z.record(z.string(), z.string()),
    createdAt: z.string(),
  })
  .meta({ id: 'OutboxMessage' });
export type OutboxMessage = z.infer<typeof OutboxMessage>;

export const OutboxQuery = PageQuery.extend({ to: z.string().trim().max(254).optional() }).strict();
export const OutboxPage = pageOf(OutboxMessage).meta({ id: 'OutboxPage' });
export type OutboxPage = z.infer<typeof OutboxPage>;
