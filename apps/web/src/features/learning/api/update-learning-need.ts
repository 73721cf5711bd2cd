import { LearningNeed, type UpdateLearningNeedRequest } from '@peerhub/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { learningKeys } from './keys';

/** Saves the changes; `post` also opens a draft, as "Save and post" does. */
export async function updateLearningNeed({ id, body, post }: { id: string; body: UpdateLearningNeedRequest; post: boolean }): Promise<LearningNeed> {
  const saved = await apiRequest(`/api/learning-needs/${encodeURIComponent(id)}`, { method: 'PATCH', body, schema: LearningNeed });
  if (!post || saved.status !== 'draft') return saved;
  return apiRequest(`/api/learning-needs/${encodeURIComponent(id)}/status`, { method: 'PUT', body: { status: 'open' }, schema: LearningNeed });
}

export function useUpdateLearningNeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateLearningNeed,
    onSuccess: (need) => {
      queryClient.setQueryData(learningKeys.need(need.id), need);
      return queryClient.invalidateQueries({ queryKey: learningKeys.needLists });
    },
  });
}
