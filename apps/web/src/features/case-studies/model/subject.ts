import type { CaseStudyDetail } from '@peerhub/contracts';
import type { CaseStudySubject } from '@peerhub/domain';

/**
 * The policy subject of a study the API has let me read. Group membership is not in the answer; the
 * API only answers a group study to its readers, so holding it means I stand where a reader stands.
 */
export function caseStudySubject(study: CaseStudyDetail, personId: string): CaseStudySubject {
  return { status: study.status, visibility: study.visibility, allianceId: study.allianceId, inGroup: true, author: study.authorId === personId };
}
