import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CaseStudyField, type CaseStudyContent, type CaseStudyDiff, type CaseStudyVersion, type CaseStudyVersionList, type CountryCode, type DiffPart, type TopicSlug } from '@peerhub/contracts';
import type { Actor } from '@peerhub/domain';
import { diffLines, diffWords, type ChangeObject } from 'diff';
import type { DataSource, EntityManager } from 'typeorm';
import { notFound } from '../common/app-error';
import { CaseStudyAccess } from './case-study-access';
import { CaseStudyVersionEntity } from './case-study-version.entity';
import { CaseStudyEntity } from './case-study.entity';

/** The fields an author writes, in the order a comparison lists them. */
export function contentOf(c: CaseStudyContent | CaseStudyEntity): CaseStudyContent {
  return {
    title: c.title,
    summary: c.summary,
    body: c.body,
    country: c.country as CountryCode,
    organisationId: c.organisationId,
    topics: c.topics as TopicSlug[],
    stage: c.stage,
    results: c.results,
    lessons: c.lessons,
    contactIds: c.contactIds,
    language: c.language,
    year: c.year,
    visibility: c.visibility,
    allianceId: c.allianceId,
    groupId: c.groupId,
  };
}

/** A word diff of two long, very different texts can take long: past this it gives up and the comparison is by lines. */
const WORD_DIFF_TIMEOUT_MS = 500;

/** Version history: each save's content, kept whole; any two compared word by word with `diff`. */
@Injectable()
export class CaseStudyVersionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: CaseStudyAccess,
  ) {}

  /** Keeps the study's current content as its current version number (inside the save's transaction). */
  async record(manager: EntityManager, caseStudyId: string, editorId: string): Promise<void> {
    const study = await manager.getRepository(CaseStudyEntity).findOneByOrFail({ id: caseStudyId });
    await manager.getRepository(CaseStudyVersionEntity).insert({ caseStudyId, version: study.version, editorId, content: contentOf(study) });
  }

  async list(actor: Actor, caseStudyId: string): Promise<CaseStudyVersionList> {
    await this.access.load(actor, caseStudyId, 'case-study.history');
    const rows = await this.dataSource.getRepository(CaseStudyVersionEntity).find({ where: { caseStudyId }, relations: { editor: true }, order: { version: 'DESC' } });
    return { items: rows.map((v) => ({ ...summaryOf(v) })) };
  }

  async get(actor: Actor, caseStudyId: string, version: number): Promise<CaseStudyVersion> {
    await this.access.load(actor, caseStudyId, 'case-study.history');
    const row = await this.find(caseStudyId, version);
    return { ...summaryOf(row), content: row.content };
  }

  /** What changed from one version to another, field by field; ids are shown as the names they stand for. */
  async compare(actor: Actor, caseStudyId: string, from: number, to: number): Promise<CaseStudyDiff> {
    await this.access.load(actor, caseStudyId, 'case-study.history');
    const [a, b] = await Promise.all([this.find(caseStudyId, from), this.find(caseStudyId, to)]);
    const names = await this.namesOf([a.content, b.content]);
    const fields: CaseStudyDiff['fields'] = [];
    for (const field of CaseStudyField.options) {
      const before = textOf(a.content, field, names);
      const after = textOf(b.content, field, names);
      if (before !== after) fields.push({ field, parts: diffText(before, after) });
    }
    return { from, to, fields };
  }

  private async find(caseStudyId: string, version: number): Promise<CaseStudyVersionEntity> {
    const row = await this.dataSource.getRepository(CaseStudyVersionEntity).findOne({ where: { caseStudyId, version }, relations: { editor: true } });
    if (!row) throw notFound(`Version ${version}`);
    return row;
  }

  private async namesOf(contents: CaseStudyContent[]): Promise<Map<string, string>> {
    const ids = [...new Set(contents.flatMap((c) => [c.organisationId, c.allianceId, c.groupId, ...c.contactIds].filter((id): id is string => id !== null)))];
    if (ids.length === 0) return new Map();
    const rows = await this.dataSource.query<Array<{ id: string; name: string }>>(
      `SELECT id, name FROM person WHERE id = ANY($1) UNION ALL SELECT id, name FROM organisation WHERE id = ANY($1)
       UNION ALL SELECT id, name FROM alliance WHERE id = ANY($1) UNION ALL SELECT id, name FROM peer_group WHERE id = ANY($1)`,
      [ids],
    );
    return new Map(rows.map((r) => [r.id, r.name]));
  }
}

function summaryOf(v: CaseStudyVersionEntity) {
  return { version: v.version, savedAt: v.savedAt.toISOString(), editorId: v.editorId, editorName: v.editor?.name ?? null, title: v.content.title };
}

function textOf(content: CaseStudyContent, field: CaseStudyField, names: Map<string, string>): string {
  const name = (id: string | null) => (id ? (names.get(id) ?? 'someone no longer on the platform') : '');
  switch (field) {
    case 'organisationId':
    case 'allianceId':
    case 'groupId':
      return name(content[field]);
    case 'contactIds':
      return content.contactIds.map(name).join(', ');
    case 'topics':
      return content.topics.join(', ');
    case 'year':
      return content.year === null ? '' : String(content.year);
    default:
      return content[field];
  }
}

function diffText(before: string, after: string): DiffPart[] {
  const changes: ChangeObject<string>[] = diffWords(before, after, { timeout: WORD_DIFF_TIMEOUT_MS }) ?? diffLines(before, after);
  return changes.map((c) => ({ value: c.value, added: c.added, removed: c.removed }));
}
