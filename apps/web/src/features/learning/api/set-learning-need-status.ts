import { LearningNeed, type SetLearningNeedStatus } from '@peerhub/contracts';
import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { useInvalidateLearning } from './keys';

/** Posts (open), takes back to draft, or closes a need. */
export const setLearningNeedStatus = ({ id, body }: { id: string; body: SetLearningNeedStatus }) =>
  apiRequest(`/api/learning-needs/${encodeURIComponent(id)}/status`, { method: 'PUT', body, schema: LearningNeed });

export function useSetLearningNeedStatus() {
  const invalidate = useInvalidateLearning();
  return useMutation({ mutationFn: setLearningNeedStatus, onSuccess: invalidate });
}
