import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { OrganisationEntity } from './organisation.entity';

@Entity('alliance')
export class AllianceEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('alliance_name_key', { unique: true })
  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  theme: string;

  @Column({ type: 'text', default: '' })
  description: string;

  @Column({ name: 'launch_year', type: 'int' })
  launchYear: number;

  @Column({ name: 'secretariat_id', type: 'uuid', nullable: true })
  secretariatId: string | null;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'secretariat_id' })
  secretariat?: OrganisationEntity | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  topics: string[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
