import { z } from 'zod';
import { CountryCode, Id, LanguageCode, pageOf, PageQuery, Timestamp } from './common';
import { TopicSlug } from './people';

export const CaseStudyStage = z.enum(['idea', 'pilot', 'scaling', 'implemented', 'evaluated']);
export type CaseStudyStage = z.infer<typeof CaseStudyStage>;

export const CaseStudyStatus = z.enum(['draft', 'published']);
export type CaseStudyStatus = z.infer<typeof CaseStudyStatus>;

/** Who may read a published case study: everyone signed in, one alliance, or one peer group. */
export const CaseStudyVisibility = z.enum(['everyone', 'alliance', 'group']);
export type CaseStudyVisibility = z.infer<typeof CaseStudyVisibility>;

const caseStudyShape = {
  title: z.string().trim().min(5).max(200),
  summary: z.string().trim().min(20, { error: 'Summarise it in a sentence or two' }).max(1000),
  body: z.string().max(100_000).describe('Markdown; rendered sanitized'),
  country: CountryCode,
  organisationId: Id.nullable(),
  topics: z.array(TopicSlug).min(1, { error: 'Pick at least one topic' }).max(6),
  stage: CaseStudyStage,
  results: z.string().max(10_000).describe('What changed, with figures'),
  lessons: z.string().max(10_000),
  contactIds: z.array(Id).max(10).describe('Experts to contact'),
  language: LanguageCode.describe('The language it is written in: search stems it accordingly'),
  year: z.number().int().min(1990).max(2100).nullable().describe('Year of the reform'),
  visibility: CaseStudyVisibility,
  allianceId: Id.nullable(),
  groupId: Id.nullable(),
};

function visibilityRules(c: { visibility?: CaseStudyVisibility | undefined; allianceId?: string | null | undefined; groupId?: string | null | undefined }, ctx: z.RefinementCtx) {
  if (c.visibility === 'alliance' && !c.allianceId) ctx.addIssue({ code: 'custom', path: ['allianceId'], message: 'Choose the alliance that may read it' });
  if (c.visibility === 'group' && !c.groupId) ctx.addIssue({ code: 'custom', path: ['groupId'], message: 'Choose the group that may read it' });
}

export const CreateCaseStudyRequest = z
  .strictObject({
    ...caseStudyShape,
    body: caseStudyShape.body.default(''),
    organisationId: caseStudyShape.organisationId.default(null),
    results: caseStudyShape.results.default(''),
    lessons: caseStudyShape.lessons.default(''),
    contactIds: caseStudyShape.contactIds.default([]),
    year: caseStudyShape.year.default(null),
    visibility: caseStudyShape.visibility.default('everyone'),
    allianceId: caseStudyShape.allianceId.default(null),
    groupId: caseStudyShape.groupId.default(null),
  })
  .superRefine(visibilityRules)
  .meta({ id: 'CreateCaseStudyRequest' });
export type CreateCaseStudyRequest = z.input<typeof CreateCaseStudyRequest>;

export const UpdateCaseStudyRequest = z.strictObject(caseStudyShape).partial().superRefine(visibilityRules).meta({ id: 'UpdateCaseStudyRequest' });
export type UpdateCaseStudyRequest = z.infer<typeof UpdateCaseStudyRequest>;

export const CaseStudySummary = z
  .object({
    id: Id,
    title: z.string(),
    summary: z.string(),
    country: CountryCode,
    topics: z.array(TopicSlug),
    stage: CaseStudyStage,
    language: z.string(),
    year: z.number().int().nullable(),
    status: CaseStudyStatus,
    visibility: CaseStudyVisibility,
    authorId: Id.nullable(),
    authorName: z.string().nullable(),
    organisationName: z.string().nullable(),
    publishedAt: Timestamp.nullable(),
    updatedAt: Timestamp,
  })
  .meta({ id: 'CaseStudySummary' });
export type CaseStudySummary = z.infer<typeof CaseStudySummary>;

/** Files a case study may carry (PDF, slides, documents, images): typed from their content, never their name. */
export const CASE_STUDY_FILE_TYPES = {
  'application/pdf': 'PDF',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'PowerPoint presentation',
  'application/vnd.oasis.opendocument.presentation': 'OpenDocument presentation',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel spreadsheet',
  'image/png': 'PNG image',
  'image/jpeg': 'JPEG image',
  'image/gif': 'GIF image',
  'image/webp': 'WebP image',
} as const;
export const CASE_STUDY_FILE_MAX_BYTES = 20 * 1024 * 1024;
export const CASE_STUDY_FILES_MAX = 20;

export const CaseStudyAttachment = z
  .object({ id: Id, filename: z.string(), contentType: z.string(), size: z.number().int(), createdAt: Timestamp })
  .meta({ id: 'CaseStudyAttachment' });
export type CaseStudyAttachment = z.infer<typeof CaseStudyAttachment>;

export const CaseStudyDetail = CaseStudySummary.extend({
  body: z.string(),
  results: z.string(),
  lessons: z.string(),
  organisationId: Id.nullable(),
  contacts: z.array(z.object({ personId: Id, name: z.string() })),
  allianceId: Id.nullable(),
  groupId: Id.nullable(),
  version: z.number().int(),
  attachments: z.array(CaseStudyAttachment),
}).meta({ id: 'CaseStudyDetail' });
export type CaseStudyDetail = z.infer<typeof CaseStudyDetail>;

export const CaseStudySearchQuery = PageQuery.extend({
  q: z.string().trim().max(200).optional(),
  country: CountryCode.optional(),
  topic: TopicSlug.optional(),
  allianceId: Id.optional(),
  language: LanguageCode.optional(),
  year: z.coerce.number().int().min(1990).max(2100).optional(),
  mine: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
  sort: z.enum(['relevance', 'newest', 'title']).default('relevance'),
}).strict();
export type CaseStudySearchQuery = z.infer<typeof CaseStudySearchQuery>;

export const CaseStudyHit = CaseStudySummary.extend({
  highlight: z.string().describe('A passage with the matched words between « and »; plain text'),
}).meta({ id: 'CaseStudyHit' });

export const CaseStudyPage = pageOf(CaseStudyHit)
  .extend({ totalCapped: z.boolean().describe('The count stopped at `total`: at least that many studies match') })
  .meta({ id: 'CaseStudyPage' });
export type CaseStudyPage = z.infer<typeof CaseStudyPage>;

/** What one save of a case study held: every field its author writes. */
export const CaseStudyContent = z
  .object({
    title: z.string(),
    summary: z.string(),
    body: z.string(),
    country: CountryCode,
    organisationId: Id.nullable(),
    topics: z.array(TopicSlug),
    stage: CaseStudyStage,
    results: z.string(),
    lessons: z.string(),
    contactIds: z.array(Id),
    language: z.string(),
    year: z.number().int().nullable(),
    visibility: CaseStudyVisibility,
    allianceId: Id.nullable(),
    groupId: Id.nullable(),
  })
  .meta({ id: 'CaseStudyContent' });
export type CaseStudyContent = z.infer<typeof CaseStudyContent>;
export const CaseStudyField = CaseStudyContent.keyof();
export type CaseStudyField = z.infer<typeof CaseStudyField>;

export const CaseStudyVersionSummary = z
  .object({ version: z.number().int(), savedAt: Timestamp, editorId: Id.nullable(), editorName: z.string().nullable(), title: z.string() })
  .meta({ id: 'CaseStudyVersionSummary' });
export type CaseStudyVersionSummary = z.infer<typeof CaseStudyVersionSummary>;

export const CaseStudyVersionList = z.object({ items: z.array(CaseStudyVersionSummary).describe('Newest first') }).meta({ id: 'CaseStudyVersionList' });
export type CaseStudyVersionList = z.infer<typeof CaseStudyVersionList>;

export const CaseStudyVersion = CaseStudyVersionSummary.extend({ content: CaseStudyContent }).meta({ id: 'CaseStudyVersion' });
export type CaseStudyVersion = z.infer<typeof CaseStudyVersion>;

export const CaseStudyCompareQuery = z
  .strictObject({ from: z.coerce.number().int().min(1), to: z.coerce.number().int().min(1) })
  .refine((q) => q.from !== q.to, { error: 'Pick two different versions' });
export type CaseStudyCompareQuery = z.infer<typeof CaseStudyCompareQuery>;

/** One run of text in a comparison: unchanged, added in `to`, or removed since `from`. */
export const DiffPart = z.object({ value: z.string(), added: z.boolean(), removed: z.boolean() });
export type DiffPart = z.infer<typeof DiffPart>;

export const CaseStudyDiff = z
  .object({
    from: z.number().int(),
    to: z.number().int(),
    fields: z.array(z.object({ field: CaseStudyField, parts: z.array(DiffPart) })).describe('Only the fields that changed, word by word'),
  })
  .meta({ id: 'CaseStudyDiff' });
export type CaseStudyDiff = z.infer<typeof CaseStudyDiff>;

export const CaseStudyComment = z
  .object({ id: Id, caseStudyId: Id, authorId: Id.nullable(), authorName: z.string().nullable(), body: z.string(), createdAt: Timestamp })
  .meta({ id: 'CaseStudyComment' });
export type CaseStudyComment = z.infer<typeof CaseStudyComment>;

export const CaseStudyCommentList = z.object({ items: z.array(CaseStudyComment).describe('Oldest first, the latest 500') }).meta({ id: 'CaseStudyCommentList' });
export type CaseStudyCommentList = z.infer<typeof CaseStudyCommentList>;

export const CreateCaseStudyComment = z
  .strictObject({ body: z.string().trim().min(1, { error: 'Write something first' }).max(4000).describe('Plain text') })
  .meta({ id: 'CreateCaseStudyComment' });
export type CreateCaseStudyComment = z.infer<typeof CreateCaseStudyComment>;

/** Socket: start (or stop) receiving a case study's comments live. */
export const WatchCaseStudy = z.strictObject({ caseStudyId: Id });
export type WatchCaseStudy = z.infer<typeof WatchCaseStudy>;

export const CaseStudyCommentRemoved = z.object({ caseStudyId: Id, commentId: Id });
export type CaseStudyCommentRemoved = z.infer<typeof CaseStudyCommentRemoved>;
