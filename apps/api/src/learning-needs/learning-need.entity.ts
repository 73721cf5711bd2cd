import type { LearningFormat, LearningNeedStatus } from '@peerhub/contracts';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { AllianceEntity } from '../alliances/alliance.entity';
import { PersonEntity } from '../people/person.entity';

/** A reform challenge a peer wants to learn about: the start of a match. */
@Entity('learning_need')
@Index('learning_need_alliance_status_idx', ['allianceId', 'status'])
@Index('learning_need_search_idx', { synchronize: false })
export class LearningNeedEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'alliance_id', type: 'uuid' })
  allianceId: string;

  @ManyToOne(() => AllianceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'alliance_id' })
  alliance?: AllianceEntity;

  @Index('learning_need_author_idx')
  @Column({ name: 'author_id', type: 'uuid' })
  authorId: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'author_id' })
  author?: PersonEntity;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  challenge: string;

  @Column({ type: 'text', array: true })
  topics: string[];

  @Column({ type: 'text' })
  outcomes: string;

  @Column({ name: 'added_value', type: 'text', default: '' })
  addedValue: string;

  @Column({ type: 'text', array: true })
  formats: LearningFormat[];

  @Column({ type: 'text', array: true })
  languages: string[];

  /** First and last month of the time frame, "2027-03". */
  /** The language the need is written in; `search` is stemmed in it. */
  @Column({ type: 'text', default: 'en' })
  language: string;

  /** Title, challenge and outcomes for full-text search; written by the database trigger only (migration ContentLanguageSearch). */
  @Column({ type: 'tsvector', nullable: true, select: false, insert: false, update: false })
  search: string | null;

  @Column({ name: 'time_from', type: 'varchar', length: 7 })
  timeFrom: string;

  @Column({ name: 'time_to', type: 'varchar', length: 7 })
  timeTo: string;

  /** The agency it is posted for, when a coordinator posts on its behalf. */
  @Column({ type: 'text', default: '' })
  organisation: string;

  @Column({ type: 'text', default: 'draft' })
  status: LearningNeedStatus;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
