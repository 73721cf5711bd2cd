import type { ProposalStatus } from '@peerhub/contracts';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ExchangeEntity } from '../exchanges/exchange.entity';
import { PeerGroupEntity } from '../groups/peer-group.entity';
import { LearningNeedEntity } from '../learning-needs/learning-need.entity';
import { PersonEntity } from '../people/person.entity';

/** A coordinator's proposal to pair a learning need with peers; it becomes a match when every party accepts. */
@Entity('match_proposal')
export class MatchProposalEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('match_proposal_need_idx')
  @Column({ name: 'need_id', type: 'uuid' })
  needId: string;

  @ManyToOne(() => LearningNeedEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'need_id' })
  need?: LearningNeedEntity;

  @Column({ name: 'proposed_by_id', type: 'uuid', nullable: true })
  proposedById: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'proposed_by_id' })
  proposedBy?: PersonEntity | null;

  @Column({ type: 'text', default: '' })
  message: string;

  @Column({ type: 'text', default: 'proposed' })
  status: ProposalStatus;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'create_group', type: 'boolean' })
  createGroup: boolean;

  @Column({ name: 'create_exchange', type: 'boolean' })
  createExchange: boolean;

  @Column({ name: 'group_id', type: 'uuid', nullable: true })
  groupId: string | null;

  @ManyToOne(() => PeerGroupEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'group_id' })
  group?: PeerGroupEntity | null;

  @Column({ name: 'exchange_id', type: 'uuid', nullable: true })
  exchangeId: string | null;

  @ManyToOne(() => ExchangeEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'exchange_id' })
  exchange?: ExchangeEntity | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  /** An accepted proposal is the match; it is closed when its learning is done and reported. */
  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;
}
