import { LearningNeedPage, type LearningNeedsQuery } from '@peerhub/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { learningKeys } from './keys';

/** Any subset of the contract's query; the API fills in the defaults. */
export type LearningNeedFilters = Partial<LearningNeedsQuery>;

export const getLearningNeeds = (filters: LearningNeedFilters) => apiRequest('/api/learning-needs', { query: { ...filters }, schema: LearningNeedPage });

export const learningNeedsQueryOptions = (filters: LearningNeedFilters) =>
  queryOptions({ queryKey: [...learningKeys.needLists, filters], queryFn: () => getLearningNeeds(filters), placeholderData: keepPreviousData });

export const useLearningNeeds = (filters: LearningNeedFilters, enabled = true) => useQuery({ ...learningNeedsQueryOptions(filters), enabled });
