import { Match, type AddActivityRequest, type AddCommitmentRequest, type AddObjectiveRequest, type AssessmentPhase, type SelfAssessmentRequest, type UpdateCommitmentRequest } from '@peerhub/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { matchKeys } from './keys';

const base = (matchId: string) => `/api/matches/${encodeURIComponent(matchId)}`;

/** Every change to a match answers with the whole match: it replaces the cached one. */
function useMatchChange<V>(matchId: string, send: (vars: V) => Promise<Match>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (match) => {
      queryClient.setQueryData(matchKeys.one(matchId), match);
      return queryClient.invalidateQueries({ queryKey: matchKeys.list });
    },
  });
}

export const useAddObjective = (matchId: string) =>
  useMatchChange(matchId, (body: AddObjectiveRequest) => apiRequest(`${base(matchId)}/objectives`, { method: 'POST', body, schema: Match }));

export const useAssess = (matchId: string) =>
  useMatchChange(matchId, ({ objectiveId, phase, body }: { objectiveId: string; phase: AssessmentPhase; body: SelfAssessmentRequest }) =>
    apiRequest(`${base(matchId)}/objectives/${encodeURIComponent(objectiveId)}/assessments/${phase}`, { method: 'PUT', body, schema: Match }),
  );

export const useAddActivity = (matchId: string) =>
  useMatchChange(matchId, (body: AddActivityRequest) => apiRequest(`${base(matchId)}/activities`, { method: 'POST', body, schema: Match }));

export const useToggleActivity = (matchId: string) =>
  useMatchChange(matchId, ({ activityId, done }: { activityId: string; done: boolean }) =>
    apiRequest(`${base(matchId)}/activities/${encodeURIComponent(activityId)}`, { method: 'PATCH', body: { done }, schema: Match }),
  );

export const useAddCommitment = (matchId: string) =>
  useMatchChange(matchId, (body: AddCommitmentRequest) => apiRequest(`${base(matchId)}/commitments`, { method: 'POST', body, schema: Match }));

export const useUpdateCommitment = (matchId: string) =>
  useMatchChange(matchId, ({ commitmentId, body }: { commitmentId: string; body: UpdateCommitmentRequest }) =>
    apiRequest(`${base(matchId)}/commitments/${encodeURIComponent(commitmentId)}`, { method: 'PATCH', body, schema: Match }),
  );

export const useCloseMatch = (matchId: string) => useMatchChange(matchId, () => apiRequest(`${base(matchId)}/close`, { method: 'POST', schema: Match }));
