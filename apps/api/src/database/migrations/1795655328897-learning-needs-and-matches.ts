import type { MigrationInterface, QueryRunner } from 'typeorm';

export class LearningNeedsAndMatches1795655328897 implements MigrationInterface {
  name = 'LearningNeedsAndMatches1795655328897';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "learning_need" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "alliance_id" uuid NOT NULL, "author_id" uuid NOT NULL, "title" text NOT NULL, "challenge" text NOT NULL, "topics" text array NOT NULL, "outcomes" text NOT NULL, "added_value" text NOT NULL DEFAULT '', "formats" text array NOT NULL, "languages" text array NOT NULL, "time_from" character varying(7) NOT NULL, "time_to" character varying(7) NOT NULL, "organisation" text NOT NULL DEFAULT '', "status" text NOT NULL DEFAULT 'draft', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b372a751437def0ba5e79b8dc23" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "learning_need_author_idx" ON "learning_need"  ("author_id") `);
    await queryRunner.query(`CREATE INDEX "learning_need_alliance_status_idx" ON "learning_need"  ("alliance_id", "status") `);
    await queryRunner.query(`CREATE TABLE "match_proposal" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "need_id" uuid NOT NULL, "proposed_by_id" uuid, "message" text NOT NULL DEFAULT '', "status" text NOT NULL DEFAULT 'proposed', "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "create_group" boolean NOT NULL, "create_exchange" boolean NOT NULL, "group_id" uuid, "exchange_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "decided_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_bb37f294b8a20b3bcf62c2a750c" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "match_proposal_need_idx" ON "match_proposal"  ("need_id") `);
    await queryRunner.query(`CREATE TABLE "match_party" ("proposal_id" uuid NOT NULL, "person_id" uuid NOT NULL, "side" text NOT NULL, "answer" text NOT NULL DEFAULT 'pending', "reason" text NOT NULL DEFAULT '', "answered_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_b3e4de76108af4098f3eac7a039" PRIMARY KEY ("proposal_id", "person_id"))`);
    await queryRunner.query(`CREATE INDEX "match_party_person_idx" ON "match_party"  ("person_id") `);
    await queryRunner.query(`ALTER TABLE "person" ADD "availability" text NOT NULL DEFAULT 'available'`);
    await queryRunner.query(`ALTER TABLE "learning_need" ADD CONSTRAINT "FK_d261cd83aef05822919ef87f98b" FOREIGN KEY ("alliance_id") REFERENCES "alliance"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "learning_need" ADD CONSTRAINT "FK_cde1260c303b56860e6a3980827" FOREIGN KEY ("author_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "match_proposal" ADD CONSTRAINT "FK_3324bd02f226e672c31b5ba38d7" FOREIGN KEY ("need_id") REFERENCES "learning_need"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "match_proposal" ADD CONSTRAINT "FK_9ff4be65a87f4297ac920d7a512" FOREIGN KEY ("proposed_by_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "match_proposal" ADD CONSTRAINT "FK_8fd9e291b3918354f6e06e321c3" FOREIGN KEY ("group_id") REFERENCES "peer_group"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "match_proposal" ADD CONSTRAINT "FK_4b780ee12bf915bfe2b35606aa1" FOREIGN KEY ("exchange_id") REFERENCES "exchange"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "match_party" ADD CONSTRAINT "FK_444c4f04cb82723af0f5a0731fb" FOREIGN KEY ("proposal_id") REFERENCES "match_proposal"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "match_party" ADD CONSTRAINT "FK_e851e7b77181a1c922d7edcb9f2" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "match_party" DROP CONSTRAINT "FK_e851e7b77181a1c922d7edcb9f2"`);
    await queryRunner.query(`ALTER TABLE "match_party" DROP CONSTRAINT "FK_444c4f04cb82723af0f5a0731fb"`);
    await queryRunner.query(`ALTER TABLE "match_proposal" DROP CONSTRAINT "FK_4b780ee12bf915bfe2b35606aa1"`);
    await queryRunner.query(`ALTER TABLE "match_proposal" DROP CONSTRAINT "FK_8fd9e291b3918354f6e06e321c3"`);
    await queryRunner.query(`ALTER TABLE "match_proposal" DROP CONSTRAINT "FK_9ff4be65a87f4297ac920d7a512"`);
    await queryRunner.query(`ALTER TABLE "match_proposal" DROP CONSTRAINT "FK_3324bd02f226e672c31b5ba38d7"`);
    await queryRunner.query(`ALTER TABLE "learning_need" DROP CONSTRAINT "FK_cde1260c303b56860e6a3980827"`);
    await queryRunner.query(`ALTER TABLE "learning_need" DROP CONSTRAINT "FK_d261cd83aef05822919ef87f98b"`);
    await queryRunner.query(`ALTER TABLE "person" DROP COLUMN "availability"`);
    await queryRunner.query(`DROP INDEX "public"."match_party_person_idx"`);
    await queryRunner.query(`DROP TABLE "match_party"`);
    await queryRunner.query(`DROP INDEX "public"."match_proposal_need_idx"`);
    await queryRunner.query(`DROP TABLE "match_proposal"`);
    await queryRunner.query(`DROP INDEX "public"."learning_need_alliance_status_idx"`);
    await queryRunner.query(`DROP INDEX "public"."learning_need_author_idx"`);
    await queryRunner.query(`DROP TABLE "learning_need"`);
  }
}
