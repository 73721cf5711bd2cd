import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { PersonEntity } from '../people/person.entity';
import { ExchangeEntity } from './exchange.entity';

/** One participant's feedback on an exchange (one per person, editable). */
@Entity('exchange_feedback')
export class ExchangeFeedbackEntity {
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

  @Column({ type: 'smallint' })
  overall: number;

  @Column({ type: 'smallint' })
  relevance: number;

  @Column({ type: 'smallint' })
  organisation: number;

  @Column({ name: 'will_apply', type: 'text', default: '' })
  willApply: string;

  @Column({ type: 'text', default: '' })
  comments: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
