import { AuthorisationRequestList, MatchProposal, MyAuthoriser, type AuthorisationDecision, type SetAuthoriserRequest } from '@peerhub/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { matchKeys } from './keys';

/** The participations waiting for my approval as an authoriser (and those I decided). */
export const useAuthorisations = () => useQuery({ queryKey: matchKeys.authorisations, queryFn: () => apiRequest('/api/authorisations', { schema: AuthorisationRequestList }) });

export function useDecideAuthorisation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ proposalId, personId, body }: { proposalId: string; personId: string; body: AuthorisationDecision }) =>
      apiRequest(`/api/match-proposals/${encodeURIComponent(proposalId)}/authorisations/${encodeURIComponent(personId)}`, { method: 'POST', body, schema: MatchProposal }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: matchKeys.all }),
  });
}

export const useMyAuthoriser = () => useQuery({ queryKey: matchKeys.myAuthoriser, queryFn: () => apiRequest('/api/me/authoriser', { schema: MyAuthoriser }) });

export function useSetMyAuthoriser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SetAuthoriserRequest) => apiRequest('/api/me/authoriser', { method: 'PUT', body, schema: MyAuthoriser }),
    onSuccess: (mine) => queryClient.setQueryData(matchKeys.myAuthoriser, mine),
  });
}
