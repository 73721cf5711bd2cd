import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ExchangeParticipantAuthorisation1795658135969 implements MigrationInterface {
  name = 'ExchangeParticipantAuthorisation1795658135969';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "exchange_participant" ADD "authoriser_id" uuid`);
    await queryRunner.query(`ALTER TABLE "exchange_participant" ADD "authorisation" text NOT NULL DEFAULT 'not-needed'`);
    await queryRunner.query(`ALTER TABLE "exchange_participant" ADD "authorisation_reason" text NOT NULL DEFAULT ''`);
    await queryRunner.query(`ALTER TABLE "exchange_participant" ADD CONSTRAINT "FK_01963db84ff8e9255fe3655235b" FOREIGN KEY ("authoriser_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "exchange_participant" DROP CONSTRAINT "FK_01963db84ff8e9255fe3655235b"`);
    await queryRunner.query(`ALTER TABLE "exchange_participant" DROP COLUMN "authorisation_reason"`);
    await queryRunner.query(`ALTER TABLE "exchange_participant" DROP COLUMN "authorisation"`);
    await queryRunner.query(`ALTER TABLE "exchange_participant" DROP COLUMN "authoriser_id"`);
  }
}
