import { CaseStudyStage, type CaseStudyField } from '@peerhub/contracts';

export const STAGE_NAMES: Record<CaseStudyStage, string> = { idea: 'Idea', pilot: 'Pilot', scaling: 'Scaling up', implemented: 'Implemented', evaluated: 'Evaluated' };
export const STAGE_OPTIONS = CaseStudyStage.options.map((s) => ({ value: s, label: STAGE_NAMES[s] }));

export const FIELD_NAMES: Record<CaseStudyField, string> = {
  title: 'Title',
  summary: 'Summary',
  body: 'The story',
  country: 'Country',
  organisationId: 'Organisation',
  topics: 'Topics',
  stage: 'Stage',
  results: 'Results',
  lessons: 'Lessons learned',
  contactIds: 'Experts to contact',
  language: 'Language',
  year: 'Year',
  visibility: 'Who may read it',
  allianceId: 'Alliance',
  groupId: 'Group',
};

export const VISIBILITY_OPTIONS = [
  { value: 'everyone', label: 'Everyone signed in' },
  { value: 'alliance', label: 'One alliance' },
  { value: 'group', label: 'One peer group' },
];

export function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
