import { AcceptedResponse, type PasswordResetRequest } from '@peerhub/contracts';
import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const requestPasswordReset = (body: PasswordResetRequest): Promise<AcceptedResponse> =>
  apiRequest('/api/auth/password-reset/request', { method: 'POST', body, schema: AcceptedResponse });

export const useRequestPasswordReset = () => useMutation({ mutationFn: requestPasswordReset });
