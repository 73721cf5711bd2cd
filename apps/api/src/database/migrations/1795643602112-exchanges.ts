import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Exchanges1795643602112 implements MigrationInterface {
  name = 'Exchanges1795643602112';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "exchange" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "alliance_id" uuid NOT NULL, "type" text NOT NULL, "title" text NOT NULL, "description" text NOT NULL DEFAULT '', "learning_objectives" text array NOT NULL DEFAULT '{}', "host_country" character varying(2) NOT NULL, "host_organisation_id" uuid, "co_organiser_ids" uuid array NOT NULL DEFAULT '{}', "format" text NOT NULL, "venue" text NOT NULL DEFAULT '', "meeting_url" text, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "timezone" text NOT NULL, "capacity" integer, "requires_approval" boolean NOT NULL DEFAULT false, "group_ids" uuid array NOT NULL DEFAULT '{}', "status" text NOT NULL DEFAULT 'draft', "sequence" integer NOT NULL DEFAULT '0', "organiser_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_cbd4568fcb476b57cebd8239895" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "exchange_alliance_starts_idx" ON "exchange"  ("alliance_id", "starts_at") `);
    await queryRunner.query(`CREATE TABLE "exchange_agenda_item" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "exchange_id" uuid NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "topic" text NOT NULL, "speakers" text array NOT NULL DEFAULT '{}', "materials" jsonb NOT NULL DEFAULT '[]', CONSTRAINT "PK_4b145efafb90c8c86ddc1e86941" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "exchange_agenda_item_exchange_idx" ON "exchange_agenda_item"  ("exchange_id", "starts_at") `);
    await queryRunner.query(`CREATE TABLE "exchange_participant" ("exchange_id" uuid NOT NULL, "person_id" uuid NOT NULL, "status" text NOT NULL, "attended" boolean, "registered_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_897c5ddb5df0eac6022bd79621d" PRIMARY KEY ("exchange_id", "person_id"))`);
    await queryRunner.query(`CREATE INDEX "exchange_participant_waitlist_idx" ON "exchange_participant"  ("exchange_id", "status", "registered_at") `);
    await queryRunner.query(`ALTER TABLE "person" ADD "calendar_token_hash" text`);
    await queryRunner.query(`CREATE UNIQUE INDEX "person_calendar_token_key" ON "person"  ("calendar_token_hash") `);
    await queryRunner.query(`ALTER TABLE "exchange" ADD CONSTRAINT "FK_e8f876171b8ed93d381f77df4c8" FOREIGN KEY ("alliance_id") REFERENCES "alliance"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "exchange" ADD CONSTRAINT "FK_67cdddfc7d75733c5b576bdd7b0" FOREIGN KEY ("host_organisation_id") REFERENCES "organisation"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "exchange_agenda_item" ADD CONSTRAINT "FK_2d2379cfc02200e9204202d4ee7" FOREIGN KEY ("exchange_id") REFERENCES "exchange"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "exchange_participant" ADD CONSTRAINT "FK_1e6641e91dbf582a2b09b291db2" FOREIGN KEY ("exchange_id") REFERENCES "exchange"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "exchange_participant" ADD CONSTRAINT "FK_7c2d4ac751f3ed83c116bf7a6a3" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "exchange_participant" DROP CONSTRAINT "FK_7c2d4ac751f3ed83c116bf7a6a3"`);
    await queryRunner.query(`ALTER TABLE "exchange_participant" DROP CONSTRAINT "FK_1e6641e91dbf582a2b09b291db2"`);
    await queryRunner.query(`ALTER TABLE "exchange_agenda_item" DROP CONSTRAINT "FK_2d2379cfc02200e9204202d4ee7"`);
    await queryRunner.query(`ALTER TABLE "exchange" DROP CONSTRAINT "FK_67cdddfc7d75733c5b576bdd7b0"`);
    await queryRunner.query(`ALTER TABLE "exchange" DROP CONSTRAINT "FK_e8f876171b8ed93d381f77df4c8"`);
    await queryRunner.query(`DROP INDEX "public"."person_calendar_token_key"`);
    await queryRunner.query(`ALTER TABLE "person" DROP COLUMN "calendar_token_hash"`);
    await queryRunner.query(`DROP INDEX "public"."exchange_participant_waitlist_idx"`);
    await queryRunner.query(`DROP TABLE "exchange_participant"`);
    await queryRunner.query(`DROP INDEX "public"."exchange_agenda_item_exchange_idx"`);
    await queryRunner.query(`DROP TABLE "exchange_agenda_item"`);
    await queryRunner.query(`DROP INDEX "public"."exchange_alliance_starts_idx"`);
    await queryRunner.query(`DROP TABLE "exchange"`);
  }
}
