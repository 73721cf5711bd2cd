import { LearningNeed } from '@peerhub/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { learningKeys } from './keys';

export const getLearningNeed = (id: string) => apiRequest(`/api/learning-needs/${encodeURIComponent(id)}`, { schema: LearningNeed });

export const learningNeedQueryOptions = (id: string) => queryOptions({ queryKey: learningKeys.need(id), queryFn: () => getLearningNeed(id) });

export const useLearningNeed = (id: string) => useQuery(learningNeedQueryOptions(id));
