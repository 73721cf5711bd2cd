import { OutboxPage, type OutboxQuery } from '@peerhub/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { apiRequest } from '../../../lib/api-client';

export type OutboxFilters = Partial<z.output<typeof OutboxQuery>>;

export const getOutbox = (filters: OutboxFilters) => apiRequest('/api/admin/outbox', { query: { ...filters }, schema: OutboxPage });

export const outboxQueryOptions = (filters: OutboxFilters) =>
  queryOptions({ queryKey: ['outbox', filters], queryFn: () => getOutbox(filters), placeholderData: keepPreviousData, refetchInterval: 10_000 });

export const useOutbox = (filters: OutboxFilters) => useQuery(outboxQueryOptions(filters));
