import { CaseStudyPage, type CaseStudySearchQuery } from '@peerhub/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { caseStudyKeys } from './keys';

/** Any subset of the contract's query (mine as the wire's 'true'); the API fills in the defaults. */
export type CaseStudyFilters = Partial<Omit<CaseStudySearchQuery, 'mine'>> & { mine?: 'true' };

export const getCaseStudies = (filters: CaseStudyFilters) => apiRequest('/api/case-studies', { query: { ...filters }, schema: CaseStudyPage });

export const caseStudiesQueryOptions = (filters: CaseStudyFilters) =>
  queryOptions({ queryKey: [...caseStudyKeys.lists, filters], queryFn: () => getCaseStudies(filters), placeholderData: keepPreviousData });

export const useCaseStudies = (filters: CaseStudyFilters) => useQuery(caseStudiesQueryOptions(filters));
