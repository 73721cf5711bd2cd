import type { PasswordResetConfirm } from '@peerhub/contracts';
import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const confirmPasswordReset = (body: PasswordResetConfirm): Promise<void> => apiRequest('/api/auth/password-reset/confirm', { method: 'POST', body });

export const useConfirmPasswordReset = () => useMutation({ mutationFn: confirmPasswordReset });
