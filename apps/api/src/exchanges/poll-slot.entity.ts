import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import type { PollAnswerValue } from '@peerhub/contracts';
import { PersonEntity } from '../people/person.entity';
import { ExchangeEntity } from './exchange.entity';

/** A time the organiser proposes in the exchange's scheduling poll. */
@Entity('exchange_poll_slot')
@Index('exchange_poll_slot_exchange_idx', ['exchangeId', 'startsAt'])
export class PollSlotEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'exchange_id', type: 'uuid' })
  exchangeId: string;

  @ManyToOne(() => ExchangeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'exchange_id' })
  exchange?: ExchangeEntity;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt: Date;

  @Column({ name: 'ends_at', type: 'timestamptz' })
  endsAt: Date;
}

/** One person's answer for one proposed time. */
@Entity('exchange_poll_answer')
export class PollAnswerEntity {
  @PrimaryColumn({ name: 'slot_id', type: 'uuid' })
  slotId: string;

  @PrimaryColumn({ name: 'person_id', type: 'uuid' })
  personId: string;

  @ManyToOne(() => PollSlotEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'slot_id' })
  slot?: PollSlotEntity;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id' })
  person?: PersonEntity;

  @Column({ type: 'text' })
  answer: PollAnswerValue;
}
