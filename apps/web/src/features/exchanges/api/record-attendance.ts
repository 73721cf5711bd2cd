import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { useInvalidateExchange } from './keys';

/** Who attended (once the exchange has started). */
export const recordAttendance = ({ id, attendance }: { id: string; attendance: Array<{ personId: string; attended: boolean }> }) =>
  apiRequest(`/api/exchanges/${encodeURIComponent(id)}/attendance`, { method: 'PUT', body: { attendance } });

export function useRecordAttendance() {
  const invalidate = useInvalidateExchange();
  return useMutation({ mutationFn: recordAttendance, onSuccess: (_data, { id }) => invalidate(id) });
}
