import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ExchangeEntity } from './exchange.entity';

/** One session of an exchange's agenda. */
@Entity('exchange_agenda_item')
@Index('exchange_agenda_item_exchange_idx', ['exchangeId', 'startsAt'])
export class AgendaItemEntity {
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

  @Column({ type: 'text' })
  topic: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  speakers: string[];

  @Column({ type: 'jsonb', default: () => "'[]'" })
  materials: Array<{ title: string; url: string }>;
}
