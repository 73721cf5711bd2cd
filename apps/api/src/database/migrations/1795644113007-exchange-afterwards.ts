import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ExchangeAfterwards1795644113007 implements MigrationInterface {
  name = 'ExchangeAfterwards1795644113007';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "exchange_feedback" ("exchange_id" uuid NOT NULL, "person_id" uuid NOT NULL, "overall" smallint NOT NULL, "relevance" smallint NOT NULL, "organisation" smallint NOT NULL, "will_apply" text NOT NULL DEFAULT '', "comments" text NOT NULL DEFAULT '', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_aefee8417255da9b22116ada0ac" PRIMARY KEY ("exchange_id", "person_id"))`);
    await queryRunner.query(`ALTER TABLE "exchange" ADD "outcomes" text NOT NULL DEFAULT ''`);
    await queryRunner.query(`ALTER TABLE "exchange" ADD "recommendations" text NOT NULL DEFAULT ''`);
    await queryRunner.query(`ALTER TABLE "exchange" ADD "outcome_materials" jsonb NOT NULL DEFAULT '[]'`);
    await queryRunner.query(`ALTER TABLE "exchange_feedback" ADD CONSTRAINT "FK_bbc267b0c672f67eb7d5dbeadbb" FOREIGN KEY ("exchange_id") REFERENCES "exchange"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "exchange_feedback" ADD CONSTRAINT "FK_abbbb41080dd7a23447159c1961" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "exchange_feedback" DROP CONSTRAINT "FK_abbbb41080dd7a23447159c1961"`);
    await queryRunner.query(`ALTER TABLE "exchange_feedback" DROP CONSTRAINT "FK_bbc267b0c672f67eb7d5dbeadbb"`);
    await queryRunner.query(`ALTER TABLE "exchange" DROP COLUMN "outcome_materials"`);
    await queryRunner.query(`ALTER TABLE "exchange" DROP COLUMN "recommendations"`);
    await queryRunner.query(`ALTER TABLE "exchange" DROP COLUMN "outcomes"`);
    await queryRunner.query(`DROP TABLE "exchange_feedback"`);
  }
}
