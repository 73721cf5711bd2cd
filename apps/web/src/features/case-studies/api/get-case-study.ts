import { CaseStudyDetail } from '@peerhub/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { caseStudyKeys } from './keys';

export const getCaseStudy = (id: string) => apiRequest(`/api/case-studies/${encodeURIComponent(id)}`, { schema: CaseStudyDetail });

/** One case study (404 when it is not shared with me). */
export const caseStudyQueryOptions = (id: string) => queryOptions({ queryKey: caseStudyKeys.one(id), queryFn: () => getCaseStudy(id) });

export const useCaseStudy = (id: string) => useQuery(caseStudyQueryOptions(id));
