import type { ConversationNotificationLevel } from '@peerhub/contracts';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { PersonEntity } from '../people/person.entity';
import { ConversationEntity } from './conversation.entity';

/**
 * A person's place in a conversation: who belongs to a direct conversation, and for every kind
 * how far the person has read (their unread count is last_seq - last_read_seq).
 */
@Entity('conversation_participant')
@Index('conversation_participant_person_idx', ['personId'])
export class ConversationParticipantEntity {
  @PrimaryColumn({ name: 'conversation_id', type: 'uuid' })
  conversationId: string;

  @PrimaryColumn({ name: 'person_id', type: 'uuid' })
  personId: string;

  @ManyToOne(() => ConversationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'conversation_id' })
  conversation?: ConversationEntity;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id' })
  person?: PersonEntity;

  /** True for the members of a direct conversation; false for a read position in a group conversation. */
  @Column({ type: 'boolean', default: false })
  member: boolean;

  @Column({ name: 'last_read_seq', type: 'int', default: 0 })
  lastReadSeq: number;

  /** What the person hears of this conversation; null: the default (mentions and replies; every message of a direct one). */
  @Column({ name: 'notification_level', type: 'text', nullable: true })
  notificationLevel: ConversationNotificationLevel | null;
}
