import type { NotificationDelivery, NotificationKind } from '@peerhub/contracts';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { PersonEntity } from '../people/person.entity';

/**
 * One notification for one person. (recipient_id, created_at, id) backs the centre's keyset pages;
 * the partial indexes find a person's unread ones and the rows a digest has still to gather.
 * dedupe_key makes a notice that a retried job sends again (an exchange reminder) land once.
 */
@Entity('notification')
@Index('notification_recipient_created_idx', ['recipientId', 'createdAt', 'id'])
@Index('notification_unread_idx', ['recipientId'], { where: '"read_at" IS NULL' })
@Index('notification_digest_idx', ['delivery', 'recipientId'], { where: `"digested_at" IS NULL AND "delivery" IN ('daily', 'weekly')` })
@Index('notification_dedupe_key', ['recipientId', 'dedupeKey'], { unique: true })
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'recipient_id', type: 'uuid' })
  recipientId: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'recipient_id' })
  recipient?: PersonEntity;

  @Column({ type: 'text' })
  kind: NotificationKind;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'actor_id' })
  actor?: PersonEntity | null;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  link: string;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  params: Record<string, string>;

  /** The delivery that applied when it was created: a later change of preference does not re-route it. */
  @Column({ type: 'text' })
  delivery: NotificationDelivery;

  @Column({ name: 'dedupe_key', type: 'text', nullable: true })
  dedupeKey: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'read_at', type: 'timestamptz', nullable: true })
  readAt: Date | null;

  @Column({ name: 'emailed_at', type: 'timestamptz', nullable: true })
  emailedAt: Date | null;

  @Column({ name: 'digested_at', type: 'timestamptz', nullable: true })
  digestedAt: Date | null;
}
