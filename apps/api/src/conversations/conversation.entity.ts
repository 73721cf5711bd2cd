import type { ConversationKind } from '@peerhub/contracts';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ExchangeEntity } from '../exchanges/exchange.entity';
import { PeerGroupEntity } from '../groups/peer-group.entity';

/** One stream of messages: a peer group's discussion, an exchange's thread, or a direct conversation. */
@Entity('conversation')
export class ConversationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  kind: ConversationKind;

  @Index('conversation_group_key', { unique: true })
  @Column({ name: 'group_id', type: 'uuid', nullable: true })
  groupId: string | null;

  @ManyToOne(() => PeerGroupEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'group_id' })
  group?: PeerGroupEntity | null;

  @Index('conversation_exchange_key', { unique: true })
  @Column({ name: 'exchange_id', type: 'uuid', nullable: true })
  exchangeId: string | null;

  @ManyToOne(() => ExchangeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'exchange_id' })
  exchange?: ExchangeEntity | null;

  @Column({ type: 'text', default: '' })
  title: string;

  /** The seq of the newest message; the next message takes last_seq + 1 in the same transaction. */
  @Column({ name: 'last_seq', type: 'int', default: 0 })
  lastSeq: number;

  @Column({ name: 'last_message_at', type: 'timestamptz', nullable: true })
  lastMessageAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
