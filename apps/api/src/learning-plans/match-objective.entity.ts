import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { AgendaItemEntity } from '../exchanges/agenda-item.entity';
import { MatchProposalEntity } from '../matches/match-proposal.entity';

/** A learning objective of a match, optionally worked on in one session of its exchange. */
@Entity('match_objective')
export class MatchObjectiveEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('match_objective_match_idx')
  @Column({ name: 'match_id', type: 'uuid' })
  matchId: string;

  @ManyToOne(() => MatchProposalEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'match_id' })
  match?: MatchProposalEntity;

  @Column({ type: 'text' })
  text: string;

  @Column({ name: 'agenda_item_id', type: 'uuid', nullable: true })
  agendaItemId: string | null;

  @ManyToOne(() => AgendaItemEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'agenda_item_id' })
  agendaItem?: AgendaItemEntity | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
