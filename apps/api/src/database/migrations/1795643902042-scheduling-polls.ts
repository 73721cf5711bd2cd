import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SchedulingPolls1795643902042 implements MigrationInterface {
  name = 'SchedulingPolls1795643902042';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "exchange_poll_slot" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "exchange_id" uuid NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_330a8fbe8e2dc15e54ebe5e2bc8" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "exchange_poll_slot_exchange_idx" ON "exchange_poll_slot"  ("exchange_id", "starts_at") `);
    await queryRunner.query(`CREATE TABLE "exchange_poll_answer" ("slot_id" uuid NOT NULL, "person_id" uuid NOT NULL, "answer" text NOT NULL, CONSTRAINT "PK_62f5636e8f1224c9e8269b9118e" PRIMARY KEY ("slot_id", "person_id"))`);
    await queryRunner.query(`ALTER TABLE "exchange_poll_slot" ADD CONSTRAINT "FK_abb85e1cc14764dcee5000ce393" FOREIGN KEY ("exchange_id") REFERENCES "exchange"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "exchange_poll_answer" ADD CONSTRAINT "FK_5a489c03a3054bad7932af6bf80" FOREIGN KEY ("slot_id") REFERENCES "exchange_poll_slot"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "exchange_poll_answer" ADD CONSTRAINT "FK_be6cbfeb9d8c90e703c2d11efc0" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "exchange_poll_answer" DROP CONSTRAINT "FK_be6cbfeb9d8c90e703c2d11efc0"`);
    await queryRunner.query(`ALTER TABLE "exchange_poll_answer" DROP CONSTRAINT "FK_5a489c03a3054bad7932af6bf80"`);
    await queryRunner.query(`ALTER TABLE "exchange_poll_slot" DROP CONSTRAINT "FK_abb85e1cc14764dcee5000ce393"`);
    await queryRunner.query(`DROP TABLE "exchange_poll_answer"`);
    await queryRunner.query(`DROP INDEX "public"."exchange_poll_slot_exchange_idx"`);
    await queryRunner.query(`DROP TABLE "exchange_poll_slot"`);
  }
}
