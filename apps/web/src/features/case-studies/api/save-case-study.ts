import { CaseStudyDetail, type CaseStudyStatus, type CreateCaseStudyRequest, type UpdateCaseStudyRequest } from '@peerhub/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { caseStudyKeys } from './keys';

export const createCaseStudy = (body: CreateCaseStudyRequest) => apiRequest('/api/case-studies', { method: 'POST', body, schema: CaseStudyDetail });

/** Each save that changes something is a new version on the server. */
export const updateCaseStudy = ({ id, body }: { id: string; body: UpdateCaseStudyRequest }) =>
  apiRequest(`/api/case-studies/${encodeURIComponent(id)}`, { method: 'PATCH', body, schema: CaseStudyDetail });

export const setCaseStudyStatus = ({ id, status }: { id: string; status: CaseStudyStatus }) =>
  apiRequest(`/api/case-studies/${encodeURIComponent(id)}/status`, { method: 'PUT', body: { status }, schema: CaseStudyDetail });

function useSaved() {
  const queryClient = useQueryClient();
  return (study: CaseStudyDetail) => {
    queryClient.setQueryData(caseStudyKeys.one(study.id), study);
    return Promise.all([
      queryClient.invalidateQueries({ queryKey: caseStudyKeys.lists }),
      queryClient.invalidateQueries({ queryKey: caseStudyKeys.part(study.id, 'versions') }),
    ]);
  };
}

export const useCreateCaseStudy = () => useMutation({ mutationFn: createCaseStudy, onSuccess: useSaved() });
export const useUpdateCaseStudy = () => useMutation({ mutationFn: updateCaseStudy, onSuccess: useSaved() });
export const useSetCaseStudyStatus = () => useMutation({ mutationFn: setCaseStudyStatus, onSuccess: useSaved() });
