import { MatchProposalList } from '@peerhub/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { learningKeys } from './keys';

/** A need's proposals: all of them for its author and the coordinators, a peer's own for a peer. */
export const getNeedProposals = (needId: string) => apiRequest(`/api/learning-needs/${encodeURIComponent(needId)}/proposals`, { schema: MatchProposalList });

export const needProposalsQueryOptions = (needId: string) => queryOptions({ queryKey: learningKeys.needPart(needId, 'proposals'), queryFn: () => getNeedProposals(needId) });

export const useNeedProposals = (needId: string) => useQuery(needProposalsQueryOptions(needId));
