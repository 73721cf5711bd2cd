import type { GroupRole } from '@peerhub/contracts';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { PersonEntity } from '../people/person.entity';
import { PeerGroupEntity } from './peer-group.entity';

/** requested: waits for a lead or coordinator; invited: waits for the person; active: belongs. */
export type GroupMembershipState = 'active' | 'requested' | 'invited';

@Entity('group_membership')
@Index('group_membership_group_person_key', ['groupId', 'personId'], { unique: true })
export class GroupMembershipEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'group_id', type: 'uuid' })
  groupId: string;

  @ManyToOne(() => PeerGroupEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'group_id' })
  group?: PeerGroupEntity;

  @Index('group_membership_person_idx')
  @Column({ name: 'person_id', type: 'uuid' })
  personId: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id' })
  person?: PersonEntity;

  @Column({ type: 'text', default: 'member' })
  role: GroupRole;

  @Column({ type: 'text' })
  state: GroupMembershipState;

  @Column({ type: 'text', default: '' })
  message: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
