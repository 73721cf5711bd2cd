import { Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { AllianceEntity } from './alliance.entity';
import { OrganisationEntity } from './organisation.entity';

/** A member organisation of an alliance (the OECD in the e-government alliance, ministries, academies). */
@Entity('alliance_organisation')
export class AllianceOrganisationEntity {
  @PrimaryColumn({ name: 'alliance_id', type: 'uuid' })
  allianceId: string;

  @PrimaryColumn({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => AllianceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'alliance_id' })
  alliance?: AllianceEntity;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: OrganisationEntity;
}
