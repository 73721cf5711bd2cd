import type { AuditAction } from '@peerhub/contracts';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One membership change: who did what to whom, when, before and after. Append-only: a trigger
 * in the migration refuses UPDATE and DELETE. Names are copied in so the log still reads after
 * a person or group is gone; ids carry no foreign keys for the same reason.
 */
@Entity('audit_entry')
@Index('audit_entry_alliance_at_idx', ['allianceId', 'at'])
@Index('audit_entry_subject_idx', ['subjectId'])
export class AuditEntryEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @CreateDateColumn({ type: 'timestamptz' })
  at: Date;

  @Column({ name: 'alliance_id', type: 'uuid' })
  allianceId: string;

  @Column({ name: 'group_id', type: 'uuid', nullable: true })
  groupId: string | null;

  @Column({ name: 'group_name', type: 'text', nullable: true })
  groupName: string | null;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  @Column({ name: 'actor_name', type: 'text', nullable: true })
  actorName: string | null;

  @Column({ name: 'subject_id', type: 'uuid', nullable: true })
  subjectId: string | null;

  @Column({ name: 'subject_name', type: 'text', nullable: true })
  subjectName: string | null;

  @Column({ type: 'text' })
  action: AuditAction;

  @Column({ type: 'jsonb', nullable: true })
  before: Record<string, unknown> | null;

  @Column({ type: 'jsonb', nullable: true })
  after: Record<string, unknown> | null;

  @Column({ type: 'text', nullable: true })
  reason: string | null;
}
