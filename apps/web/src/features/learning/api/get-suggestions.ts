import { MatchSuggestions } from '@peerhub/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { learningKeys } from './keys';

/** Ranked peers and case studies, each with its reasons (coordinators only: ask only when can(learning-need.match)). */
export const getSuggestions = (needId: string) => apiRequest(`/api/learning-needs/${encodeURIComponent(needId)}/suggestions`, { schema: MatchSuggestions });

export const suggestionsQueryOptions = (needId: string) => queryOptions({ queryKey: learningKeys.needPart(needId, 'suggestions'), queryFn: () => getSuggestions(needId) });

export const useSuggestions = (needId: string, enabled: boolean) => useQuery({ ...suggestionsQueryOptions(needId), enabled });
