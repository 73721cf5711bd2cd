import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The table rate-limiter-flexible's PostgreSQL store works on (its own layout), declared here so
 * the schema comes from a migration rather than from the library at run time.
 */
@Entity('auth_rate_limit')
export class RateLimitEntity {
  @PrimaryColumn({ type: 'varchar', length: 255 })
  key: string;

  @Column({ type: 'int', default: 0 })
  points: number;

  @Column({ type: 'bigint', nullable: true })
  expire: string | null;
}
