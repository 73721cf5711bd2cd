import type { CommitmentStatus } from '@peerhub/contracts';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { MatchProposalEntity } from '../matches/match-proposal.entity';
import { PersonEntity } from '../people/person.entity';

/** One line of a learner's action plan: what will change at home, who owns it, by when, and how it went. */
@Entity('commitment')
export class CommitmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('commitment_match_idx')
  @Column({ name: 'match_id', type: 'uuid' })
  matchId: string;

  @ManyToOne(() => MatchProposalEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'match_id' })
  match?: MatchProposalEntity;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'author_id' })
  author?: PersonEntity;

  @Column({ type: 'text' })
  text: string;

  /** Who at home owns it (a name or a unit: often someone not on the platform). */
  @Column({ type: 'text' })
  owner: string;

  @Column({ name: 'due_date', type: 'date' })
  dueDate: string;

  @Column({ type: 'text', default: 'planned' })
  status: CommitmentStatus;

  @Column({ name: 'shared_forward', type: 'text', default: '' })
  sharedForward: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
