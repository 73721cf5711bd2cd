import type { CaseStudyAttachment, CaseStudyDetail, CaseStudySummary, CountryCode, TopicSlug } from '@peerhub/contracts';
import type { CaseStudyEntity } from './case-study.entity';

export function toCaseStudySummary(c: CaseStudyEntity): CaseStudySummary {
  return {
    id: c.id,
    title: c.title,
    summary: c.summary,
    country: c.country as CountryCode,
    topics: c.topics as TopicSlug[],
    stage: c.stage,
    language: c.language,
    year: c.year,
    status: c.status,
    visibility: c.visibility,
    authorId: c.authorId,
    authorName: c.author?.name ?? null,
    organisationName: c.organisation?.name ?? null,
    publishedAt: c.publishedAt?.toISOString() ?? null,
    updatedAt: c.updatedAt.toISOString(),
  };
}

export function toCaseStudyDetail(c: CaseStudyEntity, contacts: Array<{ personId: string; name: string }>, attachments: CaseStudyAttachment[]): CaseStudyDetail {
  return {
    ...toCaseStudySummary(c),
    body: c.body,
    results: c.results,
    lessons: c.lessons,
    organisationId: c.organisationId,
    contacts,
    allianceId: c.allianceId,
    groupId: c.groupId,
    version: c.version,
    attachments,
  };
}
