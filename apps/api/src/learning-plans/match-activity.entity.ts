import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { MatchProposalEntity } from '../matches/match-proposal.entity';
import { PersonEntity } from '../people/person.entity';

/** A step of a match's timeline, with the party responsible for it. */
@Entity('match_activity')
export class MatchActivityEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('match_activity_match_idx')
  @Column({ name: 'match_id', type: 'uuid' })
  matchId: string;

  @ManyToOne(() => MatchProposalEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'match_id' })
  match?: MatchProposalEntity;

  @Column({ type: 'text' })
  title: string;

  @Column({ name: 'due_date', type: 'date' })
  dueDate: string;

  @Column({ name: 'responsible_id', type: 'uuid' })
  responsibleId: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'responsible_id' })
  responsible?: PersonEntity;

  @Column({ type: 'boolean', default: false })
  done: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
