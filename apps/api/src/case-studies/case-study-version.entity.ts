import type { CaseStudyContent } from '@peerhub/contracts';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { PersonEntity } from '../people/person.entity';
import { CaseStudyEntity } from './case-study.entity';

/**
 * One save of a case study: everything its author wrote at that moment, as a document (a version
 * is read and compared whole, never queried field by field).
 */
@Entity('case_study_version')
@Index('case_study_version_number_key', ['caseStudyId', 'version'], { unique: true })
export class CaseStudyVersionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'case_study_id', type: 'uuid' })
  caseStudyId: string;

  @ManyToOne(() => CaseStudyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_study_id' })
  caseStudy?: CaseStudyEntity;

  @Column({ type: 'int' })
  version: number;

  @Column({ name: 'editor_id', type: 'uuid', nullable: true })
  editorId: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'editor_id' })
  editor?: PersonEntity | null;

  @Column({ type: 'jsonb' })
  content: CaseStudyContent;

  @CreateDateColumn({ name: 'saved_at', type: 'timestamptz' })
  savedAt: Date;
}
