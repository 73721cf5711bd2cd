import { Me, type UpdateProfileRequest } from '@peerhub/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { sessionStore } from '../../../lib/session';

export const updateProfile = (body: UpdateProfileRequest) => apiRequest('/api/me', { method: 'PATCH', body, schema: Me });

/** Saves the profile; the session's person is replaced and every directory answer fetched again. */
export function useUpdateProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateProfile,
    onSuccess: async (me) => {
      sessionStore.updatePerson(me);
      await queryClient.invalidateQueries({ queryKey: ['people'] });
    },
  });
}
