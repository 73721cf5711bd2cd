import { CreateCaseStudyRequest, UpdateCaseStudyRequest, type CaseStudyDetail } from '@peerhub/contracts';
import { validateWith } from '../../../lib/form';

/** The editor's values: Mantine inputs hold strings; the request is built from them (toRequest). */
export interface CaseStudyFormValues {
  title: string;
  summary: string;
  body: string;
  country: string;
  organisationId: string | null;
  topics: string[];
  stage: string;
  results: string;
  lessons: string;
  contactIds: string[];
  language: string;
  year: number | string;
  visibility: string;
  allianceId: string | null;
  groupId: string | null;
}

export function newValues(country: string | null): CaseStudyFormValues {
  return { title: '', summary: '', body: '', country: country ?? '', organisationId: null, topics: [], stage: 'implemented', results: '', lessons: '', contactIds: [], language: 'en', year: '', visibility: 'everyone', allianceId: null, groupId: null };
}

export function valuesOf(c: CaseStudyDetail): CaseStudyFormValues {
  return {
    title: c.title,
    summary: c.summary,
    body: c.body,
    country: c.country,
    organisationId: c.organisationId,
    topics: c.topics,
    stage: c.stage,
    results: c.results,
    lessons: c.lessons,
    contactIds: c.contacts.map((p) => p.personId),
    language: c.language,
    year: c.year ?? '',
    visibility: c.visibility,
    allianceId: c.allianceId,
    groupId: c.groupId,
  };
}

/** The request the form stands for (a whole CreateCaseStudyRequest; also a valid full update). */
export function toRequest(v: CaseStudyFormValues) {
  return {
    ...v,
    year: v.year === '' ? null : Number(v.year),
    allianceId: v.visibility === 'everyone' ? null : v.allianceId || null,
    groupId: v.visibility === 'group' ? v.groupId || null : null,
  };
}

/** Validated with the contracts' own schemas, never a copy of their rules. */
export const validateNew = validateWith<CaseStudyFormValues>(CreateCaseStudyRequest, toRequest);
export const validateUpdate = validateWith<CaseStudyFormValues>(UpdateCaseStudyRequest, toRequest);
/** The same check on a request already built from the form (what autosave is about to send). */
export const validateUpdateRequest = validateWith<UpdateCaseStudyRequest>(UpdateCaseStudyRequest);
