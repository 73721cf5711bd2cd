import type { MigrationInterface, QueryRunner } from 'typeorm';

export class MessageUpdatedAt1795644555226 implements MigrationInterface {
  name = 'MessageUpdatedAt1795644555226';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "message" ADD "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()`);
    await queryRunner.query(`CREATE INDEX "message_updated_idx" ON "message"  ("updated_at") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."message_updated_idx"`);
    await queryRunner.query(`ALTER TABLE "message" DROP COLUMN "updated_at"`);
  }
}
