import type { ExchangeFormat, ExchangeStatus, ExchangeType } from '@peerhub/contracts';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { AllianceEntity } from '../alliances/alliance.entity';
import { OrganisationEntity } from '../alliances/organisation.entity';

/** A P2P learning event: workshop, study visit, webinar, expert mission or conference. */
@Entity('exchange')
@Index('exchange_alliance_starts_idx', ['allianceId', 'startsAt'])
export class ExchangeEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'alliance_id', type: 'uuid' })
  allianceId: string;

  @ManyToOne(() => AllianceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'alliance_id' })
  alliance?: AllianceEntity;

  @Column({ type: 'text' })
  type: ExchangeType;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', default: '' })
  description: string;

  @Column({ name: 'learning_objectives', type: 'text', array: true, default: () => "'{}'" })
  learningObjectives: string[];

  @Column({ name: 'host_country', type: 'varchar', length: 2 })
  hostCountry: string;

  @Column({ name: 'host_organisation_id', type: 'uuid', nullable: true })
  hostOrganisationId: string | null;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'host_organisation_id' })
  hostOrganisation?: OrganisationEntity | null;

  @Column({ name: 'co_organiser_ids', type: 'uuid', array: true, default: () => "'{}'" })
  coOrganiserIds: string[];

  @Column({ type: 'text' })
  format: ExchangeFormat;

  @Column({ type: 'text', default: '' })
  venue: string;

  @Column({ name: 'meeting_url', type: 'text', nullable: true })
  meetingUrl: string | null;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt: Date;

  @Column({ name: 'ends_at', type: 'timestamptz' })
  endsAt: Date;

  /** The host's IANA zone: the times were meant in it. */
  @Column({ type: 'text' })
  timezone: string;

  @Column({ type: 'int', nullable: true })
  capacity: number | null;

  @Column({ name: 'requires_approval', type: 'boolean', default: false })
  requiresApproval: boolean;

  @Column({ name: 'group_ids', type: 'uuid', array: true, default: () => "'{}'" })
  groupIds: string[];

  /** People invited by name; with the members of the linked groups they may see the draft and answer its poll. */
  @Column({ name: 'invitee_ids', type: 'uuid', array: true, default: () => "'{}'" })
  inviteeIds: string[];

  @Column({ type: 'text', default: 'draft' })
  status: ExchangeStatus;

  /** Incremented on every change people's calendars should pick up (iCalendar SEQUENCE). */
  @Column({ type: 'int', default: 0 })
  sequence: number;

  @Column({ type: 'text', default: '' })
  outcomes: string;

  @Column({ type: 'text', default: '' })
  recommendations: string;

  /** Links to what was presented (case studies, slides). */
  @Column({ name: 'outcome_materials', type: 'jsonb', default: () => "'[]'" })
  outcomeMaterials: Array<{ title: string; url: string }>;

  @Column({ name: 'organiser_id', type: 'uuid', nullable: true })
  organiserId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
