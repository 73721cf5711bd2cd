import type { AuthorisationStatus, RegistrationStatus } from '@peerhub/contracts';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { PersonEntity } from '../people/person.entity';
import { ExchangeEntity } from './exchange.entity';

/** A person's answer to an exchange; the waitlist is served in the order people joined it. */
@Entity('exchange_participant')
@Index('exchange_participant_waitlist_idx', ['exchangeId', 'status', 'registeredAt'])
export class ExchangeParticipantEntity {
  @PrimaryColumn({ name: 'exchange_id', type: 'uuid' })
  exchangeId: string;

  @PrimaryColumn({ name: 'person_id', type: 'uuid' })
  personId: string;

  @ManyToOne(() => ExchangeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'exchange_id' })
  exchange?: ExchangeEntity;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id' })
  person?: PersonEntity;

  @Column({ type: 'text' })
  status: RegistrationStatus;

  @Column({ type: 'boolean', nullable: true })
  attended: boolean | null;

  /** Their authoriser when they registered; a pending decision stays with that person. */
  @Column({ name: 'authoriser_id', type: 'uuid', nullable: true })
  authoriserId: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'authoriser_id' })
  authoriser?: PersonEntity | null;

  @Column({ type: 'text', default: 'not-needed' })
  authorisation: AuthorisationStatus;

  @Column({ name: 'authorisation_reason', type: 'text', default: '' })
  authorisationReason: string;

  @CreateDateColumn({ name: 'registered_at', type: 'timestamptz' })
  registeredAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
