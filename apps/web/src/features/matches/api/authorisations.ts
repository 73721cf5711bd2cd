import { AuthorisationRequestList, AuthorisedRegistration, MatchProposal, MyAuthoriser, type AuthorisationDecision, type AuthorisationRequest, type SetAuthoriserRequest } from '@peerhub/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { matchKeys } from './keys';

/** The participations waiting for my approval as an authoriser (and those I decided). */
export const useAuthorisations = () => useQuery({ queryKey: matchKeys.authorisations, queryFn: () => apiRequest('/api/authorisations', { schema: AuthorisationRequestList }) });

/** A decision on a match participation or on an exchange registration (the request says which). */
export function useDecideAuthorisation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ request, body }: { request: AuthorisationRequest; body: AuthorisationDecision }): Promise<void> => {
      const person = encodeURIComponent(request.person.personId);
      if (request.kind === 'match') await apiRequest(`/api/match-proposals/${encodeURIComponent(request.id)}/authorisations/${person}`, { method: 'POST', body, schema: MatchProposal });
      else await apiRequest(`/api/exchanges/${encodeURIComponent(request.id)}/authorisations/${person}`, { method: 'POST', body, schema: AuthorisedRegistration });
    },
    onSuccess: () => Promise.all([queryClient.invalidateQueries({ queryKey: matchKeys.all }), queryClient.invalidateQueries({ queryKey: ['exchanges'] })]),
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
