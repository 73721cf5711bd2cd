import { Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { AllianceEntity } from './alliance.entity';

/** A member country of an alliance. */
@Entity('alliance_country')
export class AllianceCountryEntity {
  @PrimaryColumn({ name: 'alliance_id', type: 'uuid' })
  allianceId: string;

  @PrimaryColumn({ type: 'varchar', length: 2 })
  country: string;

  @ManyToOne(() => AllianceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'alliance_id' })
  alliance?: AllianceEntity;
}
