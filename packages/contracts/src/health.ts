import { z } from 'zod';

export const HealthResponse = z
  .object({ status: z.enum(['ok', 'degraded']), database: z.enum(['up', 'down']), version: z.string() })
  .meta({ id: 'HealthResponse' });
export type HealthResponse = z.infer<typeof HealthResponse>;

/** Whether this API process should receive traffic: database reachable, schema exactly the one this build expects, not shutting down. */
export const ReadinessResponse = z
  .object({
    status: z.enum(['ready', 'not-ready']),
    database: z.enum(['up', 'down']),
    migrations: z.enum(['applied', 'pending', 'ahead', 'unknown']),
    draining: z.boolean(),
  })
  .meta({ id: 'ReadinessResponse' });
export type ReadinessResponse = z.infer<typeof ReadinessResponse>;
