import type { GroupStatus, GroupVisibility } from '@peerhub/contracts';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { AllianceEntity } from '../alliances/alliance.entity';

/** People from several countries working on one topic over time, inside one alliance. */
@Entity('peer_group')
export class PeerGroupEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('peer_group_alliance_idx')
  @Column({ name: 'alliance_id', type: 'uuid' })
  allianceId: string;

  @ManyToOne(() => AllianceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'alliance_id' })
  alliance?: AllianceEntity;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  topics: string[];

  @Column({ type: 'text' })
  purpose: string;

  @Column({ type: 'text' })
  visibility: GroupVisibility;

  @Column({ name: 'member_limit', type: 'int', nullable: true })
  memberLimit: number | null;

  @Column({ type: 'text', default: 'active' })
  status: GroupStatus;

  @Column({ name: 'created_by_id', type: 'uuid', nullable: true })
  createdById: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
