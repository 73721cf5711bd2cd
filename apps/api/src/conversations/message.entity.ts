import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { PersonEntity } from '../people/person.entity';
import { ConversationEntity } from './conversation.entity';

/**
 * A message. (conversation_id, seq) orders it and backs keyset pagination; (conversation_id,
 * author_id, client_id) makes a retried send return the first one. Full-text search uses an
 * expression index created by the migration (not managed by TypeORM).
 */
@Entity('message')
@Index('message_conversation_seq_key', ['conversationId', 'seq'], { unique: true })
@Index('message_client_key', ['conversationId', 'authorId', 'clientId'], { unique: true })
@Index('message_thread_idx', ['parentId', 'seq'])
@Index('message_search_idx', { synchronize: false })
export class MessageEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'conversation_id', type: 'uuid' })
  conversationId: string;

  @ManyToOne(() => ConversationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'conversation_id' })
  conversation?: ConversationEntity;

  @Column({ type: 'int' })
  seq: number;

  @Column({ name: 'client_id', type: 'text' })
  clientId: string;

  @Column({ name: 'author_id', type: 'uuid', nullable: true })
  authorId: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'author_id' })
  author?: PersonEntity | null;

  @Column({ type: 'text' })
  body: string;

  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  parentId: string | null;

  @ManyToOne(() => MessageEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'parent_id' })
  parent?: MessageEntity | null;

  @Column({ name: 'reply_count', type: 'int', default: 0 })
  replyCount: number;

  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  mentions: string[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'edited_at', type: 'timestamptz', nullable: true })
  editedAt: Date | null;

  @Column({ name: 'deleted_at', type: 'timestamptz', nullable: true })
  deletedAt: Date | null;

  @Column({ name: 'removed_by_id', type: 'uuid', nullable: true })
  removedById: string | null;

  /** Last edit, deletion or reaction: what a reconnecting client asks for with changedSince. */
  @Index('message_updated_idx')
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
