import { ParticipantList } from '@peerhub/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { exchangeKeys } from './keys';

export const getParticipants = (id: string) => apiRequest(`/api/exchanges/${encodeURIComponent(id)}/participants`, { schema: ParticipantList });

/** Registrations come from other people without a live event: always asked again when shown. */
export const participantsQueryOptions = (id: string) => queryOptions({ queryKey: exchangeKeys.part(id, 'participants'), queryFn: () => getParticipants(id), staleTime: 0 });

export const useParticipants = (id: string) => useQuery(participantsQueryOptions(id));
