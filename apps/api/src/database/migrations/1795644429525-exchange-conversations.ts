import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ExchangeConversations1795644429525 implements MigrationInterface {
  name = 'ExchangeConversations1795644429525';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "conversation" ADD "exchange_id" uuid`);
    await queryRunner.query(`CREATE UNIQUE INDEX "conversation_exchange_key" ON "conversation"  ("exchange_id") `);
    await queryRunner.query(`ALTER TABLE "conversation" ADD CONSTRAINT "FK_a3afa7cac703306af5653710cc7" FOREIGN KEY ("exchange_id") REFERENCES "exchange"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "conversation" DROP CONSTRAINT "FK_a3afa7cac703306af5653710cc7"`);
    await queryRunner.query(`DROP INDEX "public"."conversation_exchange_key"`);
    await queryRunner.query(`ALTER TABLE "conversation" DROP COLUMN "exchange_id"`);
  }
}
