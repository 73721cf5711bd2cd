import { MatchProposalList } from '@peerhub/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { learningKeys } from './keys';

/** The proposals I am a party to (as learner or peer), newest first. */
export const getMyProposals = () => apiRequest('/api/match-proposals', { schema: MatchProposalList });

export const myProposalsQueryOptions = () => queryOptions({ queryKey: learningKeys.myProposals, queryFn: getMyProposals });

export const useMyProposals = () => useQuery(myProposalsQueryOptions());
