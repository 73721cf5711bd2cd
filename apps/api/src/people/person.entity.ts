import type { Availability, PlatformRole, UiLocale } from '@peerhub/contracts';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { OrganisationEntity } from '../alliances/organisation.entity';

/** A person with an account: civil servant, expert, coordinator or admin. */
@Entity('person')
export class PersonEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Stored lower-cased; unique. */
  @Index('person_email_key', { unique: true })
  @Column({ type: 'text' })
  email: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ name: 'password_hash', type: 'text' })
  passwordHash: string;

  @Column({ name: 'platform_role', type: 'text', default: 'user' })
  platformRole: PlatformRole;

  @Index('person_country_idx')
  @Column({ type: 'varchar', length: 2, nullable: true })
  country: string | null;

  @Column({ name: 'organisation_id', type: 'uuid', nullable: true })
  organisationId: string | null;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: OrganisationEntity | null;

  @Column({ type: 'text', default: '' })
  position: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  languages: string[];

  @Column({ type: 'text', default: 'UTC' })
  timezone: string;

  /** Peerhub's language for them (pages, mails, calendar texts); null follows their browser, and mails fall back to English. */
  @Column({ type: 'text', nullable: true })
  locale: UiLocale | null;

  @Column({ name: 'expertise_topics', type: 'text', array: true, default: () => "'{}'" })
  expertiseTopics: string[];

  /** The manager at home who approves their participation in matches and receives their learning reports. */
  @Column({ name: 'authoriser_id', type: 'uuid', nullable: true })
  authoriserId: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'authoriser_id' })
  authoriser?: PersonEntity | null;

  /** Whether they take on new peer-learning matches. */
  @Column({ type: 'text', default: 'available' })
  availability: Availability;

  @Column({ type: 'text', default: '' })
  bio: string;

  @Column({ name: 'avatar_url', type: 'text', nullable: true })
  avatarUrl: string | null;

  /** SHA-256 of the secret in the person's calendar feed address; null when no feed is on. */
  @Index('person_calendar_token_key', { unique: true })
  @Column({ name: 'calendar_token_hash', type: 'text', nullable: true, select: false })
  calendarTokenHash: string | null;

  /**
   * Random per feed address; the address's secret is an HMAC of it under a server key, so the
   * address can be shown again later while a copy of the database alone does not reveal it.
   */
  @Column({ name: 'calendar_feed_nonce', type: 'text', nullable: true, select: false })
  calendarFeedNonce: string | null;

  /** When the current feed address was made; null when no feed is on. */
  @Column({ name: 'calendar_feed_created_at', type: 'timestamptz', nullable: true, select: false })
  calendarFeedCreatedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
