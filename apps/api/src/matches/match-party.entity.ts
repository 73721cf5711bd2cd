import type { AuthorisationStatus } from '@peerhub/contracts';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { PersonEntity } from '../people/person.entity';
import { MatchProposalEntity } from './match-proposal.entity';

/** The learner or a peer of a proposal, and their answer. */
@Entity('match_party')
export class MatchPartyEntity {
  @PrimaryColumn({ name: 'proposal_id', type: 'uuid' })
  proposalId: string;

  @PrimaryColumn({ name: 'person_id', type: 'uuid' })
  @Index('match_party_person_idx')
  personId: string;

  @ManyToOne(() => MatchProposalEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'proposal_id' })
  proposal?: MatchProposalEntity;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id' })
  person?: PersonEntity;

  @Column({ type: 'text' })
  side: 'learner' | 'peer';

  @Column({ type: 'text', default: 'pending' })
  answer: 'pending' | 'accepted' | 'declined';

  @Column({ type: 'text', default: '' })
  reason: string;

  @Column({ name: 'answered_at', type: 'timestamptz', nullable: true })
  answeredAt: Date | null;

  /** Their authoriser when the proposal was made (a later change does not move a pending decision). */
  @Column({ name: 'authoriser_id', type: 'uuid', nullable: true })
  authoriserId: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'authoriser_id' })
  authoriser?: PersonEntity | null;

  @Column({ type: 'text', default: 'not-needed' })
  authorisation: AuthorisationStatus;

  @Column({ name: 'authorisation_reason', type: 'text', default: '' })
  authorisationReason: string;

  @Column({ name: 'authorised_at', type: 'timestamptz', nullable: true })
  authorisedAt: Date | null;
}
