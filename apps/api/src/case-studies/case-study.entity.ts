import type { CaseStudyStage, CaseStudyStatus, CaseStudyVisibility } from '@peerhub/contracts';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { OrganisationEntity } from '../alliances/organisation.entity';
import { PersonEntity } from '../people/person.entity';

/**
 * What one country did, told so that peers can reuse it. `search` is kept by a trigger (see the
 * migration) from case_study_document(language, …): each text is stemmed in its own language
 * (English, Russian, or word for word for the others); a GIN index serves the searches.
 */
@Entity('case_study')
@Index('case_study_status_published_idx', ['status', 'publishedAt'])
@Index('case_study_search_idx', { synchronize: false })
@Index('case_study_search_head_idx', { synchronize: false })
export class CaseStudyEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'author_id', type: 'uuid', nullable: true })
  authorId: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'author_id' })
  author?: PersonEntity | null;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  summary: string;

  @Column({ type: 'text', default: '' })
  body: string;

  @Index('case_study_country_idx')
  @Column({ type: 'varchar', length: 2 })
  country: string;

  @Column({ name: 'organisation_id', type: 'uuid', nullable: true })
  organisationId: string | null;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: OrganisationEntity | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  topics: string[];

  @Column({ type: 'text' })
  stage: CaseStudyStage;

  @Column({ type: 'text', default: '' })
  results: string;

  @Column({ type: 'text', default: '' })
  lessons: string;

  @Column({ name: 'contact_ids', type: 'uuid', array: true, default: () => "'{}'" })
  contactIds: string[];

  @Column({ type: 'varchar', length: 8 })
  language: string;

  @Column({ type: 'int', nullable: true })
  year: number | null;

  @Column({ type: 'text', default: 'draft' })
  status: CaseStudyStatus;

  @Column({ type: 'text', default: 'everyone' })
  visibility: CaseStudyVisibility;

  @Column({ name: 'alliance_id', type: 'uuid', nullable: true })
  allianceId: string | null;

  @Column({ name: 'group_id', type: 'uuid', nullable: true })
  groupId: string | null;

  @Column({ type: 'int', default: 1 })
  version: number;

  /** Written by the database trigger only. */
  @Column({ type: 'tsvector', nullable: true, select: false, insert: false, update: false })
  search: string | null;

  /**
   * Title and summary only, also kept by the trigger: small enough to stay in the row, so ranking
   * thousands of matches never reads the (TOASTed) full document (docs/case-studies.md, Search).
   */
  @Column({ name: 'search_head', type: 'tsvector', nullable: true, select: false, insert: false, update: false })
  searchHead: string | null;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
