import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ExchangeInviteesAndCalendarFeedState1795654189194 implements MigrationInterface {
  name = 'ExchangeInviteesAndCalendarFeedState1795654189194';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "person" ADD "calendar_feed_nonce" text`);
    await queryRunner.query(`ALTER TABLE "person" ADD "calendar_feed_created_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "exchange" ADD "invitee_ids" uuid array NOT NULL DEFAULT '{}'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "exchange" DROP COLUMN "invitee_ids"`);
    await queryRunner.query(`ALTER TABLE "person" DROP COLUMN "calendar_feed_created_at"`);
    await queryRunner.query(`ALTER TABLE "person" DROP COLUMN "calendar_feed_nonce"`);
  }
}
