import { CaseStudyDiff, CaseStudyVersion, CaseStudyVersionList } from '@peerhub/contracts';
import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { caseStudyKeys } from './keys';

const base = (id: string) => `/api/case-studies/${encodeURIComponent(id)}/versions`;

/** The author's version history, newest first. */
export const useVersions = (id: string, enabled: boolean) =>
  useQuery({ queryKey: caseStudyKeys.part(id, 'versions'), queryFn: () => apiRequest(base(id), { schema: CaseStudyVersionList }), enabled });

export const useVersion = (id: string, version: number | null) =>
  useQuery({ queryKey: caseStudyKeys.part(id, 'versions', version ?? 0), queryFn: () => apiRequest(`${base(id)}/${version}`, { schema: CaseStudyVersion }), enabled: version !== null });

export const useCompare = (id: string, from: number | null, to: number | null) =>
  useQuery({
    queryKey: caseStudyKeys.part(id, 'versions', 'compare', from ?? 0, to ?? 0),
    queryFn: () => apiRequest(`${base(id)}/compare`, { query: { from, to }, schema: CaseStudyDiff }),
    enabled: from !== null && to !== null && from !== to,
  });
