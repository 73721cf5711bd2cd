import type { MigrationInterface, QueryRunner } from 'typeorm';

export class LearningPlansAndActionPlans1795655640291 implements MigrationInterface {
  name = 'LearningPlansAndActionPlans1795655640291';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "commitment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "match_id" uuid NOT NULL, "author_id" uuid NOT NULL, "text" text NOT NULL, "owner" text NOT NULL, "due_date" date NOT NULL, "status" text NOT NULL DEFAULT 'planned', "shared_forward" text NOT NULL DEFAULT '', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7a0899978d100f72269b3045d7e" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "commitment_match_idx" ON "commitment"  ("match_id") `);
    await queryRunner.query(`CREATE TABLE "match_activity" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "match_id" uuid NOT NULL, "title" text NOT NULL, "due_date" date NOT NULL, "responsible_id" uuid NOT NULL, "done" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7f8d1d1cb57c5e59ea24eed42f2" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "match_activity_match_idx" ON "match_activity"  ("match_id") `);
    await queryRunner.query(`CREATE TABLE "match_objective" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "match_id" uuid NOT NULL, "text" text NOT NULL, "agenda_item_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a103031136f4dd97e3eb4798fc9" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "match_objective_match_idx" ON "match_objective"  ("match_id") `);
    await queryRunner.query(`CREATE TABLE "self_assessment" ("objective_id" uuid NOT NULL, "person_id" uuid NOT NULL, "phase" text NOT NULL, "score" smallint NOT NULL, "note" text NOT NULL DEFAULT '', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "self_assessment_scale" CHECK (score BETWEEN 1 AND 5), CONSTRAINT "PK_2e0825264a7712150722f6cf31f" PRIMARY KEY ("objective_id", "person_id", "phase"))`);
    await queryRunner.query(`ALTER TABLE "person" ADD "authoriser_id" uuid`);
    await queryRunner.query(`ALTER TABLE "match_proposal" ADD "closed_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "match_party" ADD "authoriser_id" uuid`);
    await queryRunner.query(`ALTER TABLE "match_party" ADD "authorisation" text NOT NULL DEFAULT 'not-needed'`);
    await queryRunner.query(`ALTER TABLE "match_party" ADD "authorisation_reason" text NOT NULL DEFAULT ''`);
    await queryRunner.query(`ALTER TABLE "match_party" ADD "authorised_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "person" ADD CONSTRAINT "FK_63a11250a7b73358397f7dae45b" FOREIGN KEY ("authoriser_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "commitment" ADD CONSTRAINT "FK_a9938974f49dbbadc9045ee68ec" FOREIGN KEY ("match_id") REFERENCES "match_proposal"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "commitment" ADD CONSTRAINT "FK_7e0dcc71d328771ceb0a40b136c" FOREIGN KEY ("author_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "match_activity" ADD CONSTRAINT "FK_86790e3691a418b4c4b5240654d" FOREIGN KEY ("match_id") REFERENCES "match_proposal"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "match_activity" ADD CONSTRAINT "FK_bf31b7fa5c1c974750d4d967f5d" FOREIGN KEY ("responsible_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "match_objective" ADD CONSTRAINT "FK_c7c0cd4b3f04b15314f5d503584" FOREIGN KEY ("match_id") REFERENCES "match_proposal"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "match_objective" ADD CONSTRAINT "FK_a84dab69bf2241c1b56e5a5c1d7" FOREIGN KEY ("agenda_item_id") REFERENCES "exchange_agenda_item"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "self_assessment" ADD CONSTRAINT "FK_9c9c203e7dec8ab59a8ee9cc98c" FOREIGN KEY ("objective_id") REFERENCES "match_objective"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "self_assessment" ADD CONSTRAINT "FK_fc2efcb1cefb91cfca95cda496e" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "match_party" ADD CONSTRAINT "FK_615ffe18878994b7b4b6a157fb3" FOREIGN KEY ("authoriser_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "match_party" DROP CONSTRAINT "FK_615ffe18878994b7b4b6a157fb3"`);
    await queryRunner.query(`ALTER TABLE "self_assessment" DROP CONSTRAINT "FK_fc2efcb1cefb91cfca95cda496e"`);
    await queryRunner.query(`ALTER TABLE "self_assessment" DROP CONSTRAINT "FK_9c9c203e7dec8ab59a8ee9cc98c"`);
    await queryRunner.query(`ALTER TABLE "match_objective" DROP CONSTRAINT "FK_a84dab69bf2241c1b56e5a5c1d7"`);
    await queryRunner.query(`ALTER TABLE "match_objective" DROP CONSTRAINT "FK_c7c0cd4b3f04b15314f5d503584"`);
    await queryRunner.query(`ALTER TABLE "match_activity" DROP CONSTRAINT "FK_bf31b7fa5c1c974750d4d967f5d"`);
    await queryRunner.query(`ALTER TABLE "match_activity" DROP CONSTRAINT "FK_86790e3691a418b4c4b5240654d"`);
    await queryRunner.query(`ALTER TABLE "commitment" DROP CONSTRAINT "FK_7e0dcc71d328771ceb0a40b136c"`);
    await queryRunner.query(`ALTER TABLE "commitment" DROP CONSTRAINT "FK_a9938974f49dbbadc9045ee68ec"`);
    await queryRunner.query(`ALTER TABLE "person" DROP CONSTRAINT "FK_63a11250a7b73358397f7dae45b"`);
    await queryRunner.query(`ALTER TABLE "match_party" DROP COLUMN "authorised_at"`);
    await queryRunner.query(`ALTER TABLE "match_party" DROP COLUMN "authorisation_reason"`);
    await queryRunner.query(`ALTER TABLE "match_party" DROP COLUMN "authorisation"`);
    await queryRunner.query(`ALTER TABLE "match_party" DROP COLUMN "authoriser_id"`);
    await queryRunner.query(`ALTER TABLE "match_proposal" DROP COLUMN "closed_at"`);
    await queryRunner.query(`ALTER TABLE "person" DROP COLUMN "authoriser_id"`);
    await queryRunner.query(`DROP TABLE "self_assessment"`);
    await queryRunner.query(`DROP INDEX "public"."match_objective_match_idx"`);
    await queryRunner.query(`DROP TABLE "match_objective"`);
    await queryRunner.query(`DROP INDEX "public"."match_activity_match_idx"`);
    await queryRunner.query(`DROP TABLE "match_activity"`);
    await queryRunner.query(`DROP INDEX "public"."commitment_match_idx"`);
    await queryRunner.query(`DROP TABLE "commitment"`);
  }
}
