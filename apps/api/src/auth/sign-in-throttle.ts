import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { RateLimiterPostgres } from 'rate-limiter-flexible';
import type { DataSource } from 'typeorm';
import { AppError } from '../common/app-error';

const FREE_FAILURES = 5;
const MAX_BLOCK_SECONDS = 60 * 60;
const ADDRESS_FAILURES = 50;

/**
 * Slows down password guessing: per e-mail, five failures are free, then each further failure
 * blocks that e-mail for twice as long as the last (2 s, 4 s, … up to an hour); per network address,
 * at most 50 failures in 15 minutes (credential stuffing across many e-mails). Counters live in
 * PostgreSQL so every API process shares them.
 */
@Injectable()
export class SignInThrottle implements OnModuleInit {
  private byKey!: RateLimiterPostgres;
  private byAddress!: RateLimiterPostgres;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  onModuleInit(): void {
    const pool = (this.dataSource.driver as unknown as { master: unknown }).master;
    const common = { storeClient: pool, storeType: 'pool', tableName: 'auth_rate_limit', tableCreated: true, clearExpiredByTimeout: false };
    this.byKey = new RateLimiterPostgres({ ...common, keyPrefix: 'fail', points: 1000, duration: 60 * 60 });
    this.byAddress = new RateLimiterPostgres({ ...common, keyPrefix: 'ip', points: ADDRESS_FAILURES, duration: 15 * 60 });
  }

  /** Refuses with 429 (and Retry-After) while the key or the address is blocked. */
  async check(scope: string, key: string, address: string): Promise<void> {
    const [blockedKey, addressRes] = await Promise.all([
      this.byKey.get(`${scope}:${key}:blocked`).then((r) => (r ? Math.ceil(r.msBeforeNext / 1000) : 0)),
      this.byAddress.get(`${scope}:${address}`).then((r) => (r && r.consumedPoints >= ADDRESS_FAILURES ? Math.ceil(r.msBeforeNext / 1000) : 0)),
    ]);
    const wait = Math.max(blockedKey, addressRes);
    if (wait > 0) {
      throw new AppError('RATE_LIMITED', `Too many attempts; try again in ${wait} seconds`, 429, { retryAfterSeconds: wait });
    }
  }

  async recordFailure(scope: string, key: string, address: string): Promise<void> {
    await this.byAddress.penalty(`${scope}:${address}`, 1);
    const result = await this.byKey.penalty(`${scope}:${key}`, 1);
    const failures = result.consumedPoints;
    if (failures > FREE_FAILURES) {
      const seconds = Math.min(2 ** (failures - FREE_FAILURES), MAX_BLOCK_SECONDS);
      await this.byKey.set(`${scope}:${key}:blocked`, failures, seconds);
    }
  }

  async recordSuccess(scope: string, key: string): Promise<void> {
    await Promise.all([this.byKey.delete(`${scope}:${key}`), this.byKey.delete(`${scope}:${key}:blocked`)]);
  }
}
