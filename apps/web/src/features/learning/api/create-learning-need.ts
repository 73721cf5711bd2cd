import { LearningNeed, type CreateLearningNeedRequest } from '@peerhub/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { learningKeys } from './keys';

/** Creates a need (always a draft); `post` then opens it, as "Save and post" does. */
export async function createLearningNeed({ body, post }: { body: CreateLearningNeedRequest; post: boolean }): Promise<LearningNeed> {
  const created = await apiRequest('/api/learning-needs', { method: 'POST', body, schema: LearningNeed });
  if (!post) return created;
  return apiRequest(`/api/learning-needs/${encodeURIComponent(created.id)}/status`, { method: 'PUT', body: { status: 'open' }, schema: LearningNeed });
}

export function useCreateLearningNeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createLearningNeed,
    onSuccess: (need) => {
      queryClient.setQueryData(learningKeys.need(need.id), need);
      return queryClient.invalidateQueries({ queryKey: learningKeys.needLists });
    },
    // A create that saved but could not be posted still changed the lists.
    onError: () => queryClient.invalidateQueries({ queryKey: learningKeys.needLists }),
  });
}
