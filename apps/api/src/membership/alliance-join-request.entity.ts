import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { AllianceEntity } from '../alliances/alliance.entity';
import { PersonEntity } from '../people/person.entity';

export type JoinRequestState = 'pending' | 'approved' | 'rejected';

/** A person outside an alliance asking to join it. */
@Entity('alliance_join_request')
@Index('alliance_join_request_pending_key', ['allianceId', 'personId'], { unique: true, where: `"state" = 'pending'` })
export class AllianceJoinRequestEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'alliance_id', type: 'uuid' })
  allianceId: string;

  @ManyToOne(() => AllianceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'alliance_id' })
  alliance?: AllianceEntity;

  @Column({ name: 'person_id', type: 'uuid' })
  personId: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id' })
  person?: PersonEntity;

  @Column({ type: 'text', default: '' })
  message: string;

  @Column({ type: 'text', default: 'pending' })
  state: JoinRequestState;

  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Column({ name: 'decided_by_id', type: 'uuid', nullable: true })
  decidedById: string | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
