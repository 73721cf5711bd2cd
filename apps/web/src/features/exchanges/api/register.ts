import { RegistrationAnswer, type RegisterRequest } from '@peerhub/contracts';
import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { useInvalidateExchange } from './keys';

/** Going / maybe / can't go; going may land on the waitlist or wait for the organiser's approval. */
export const register = ({ id, answer }: { id: string; answer: RegisterRequest['answer'] }) =>
  apiRequest(`/api/exchanges/${encodeURIComponent(id)}/registration`, { method: 'PUT', body: { answer }, schema: RegistrationAnswer });

export function useRegister() {
  const invalidate = useInvalidateExchange();
  return useMutation({ mutationFn: register, onSettled: (_data, _error, { id }) => invalidate(id) });
}
