import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Conversations1795641977794 implements MigrationInterface {
  name = 'Conversations1795641977794';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "conversation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" text NOT NULL, "group_id" uuid, "title" text NOT NULL DEFAULT '', "last_seq" integer NOT NULL DEFAULT '0', "last_message_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_864528ec4274360a40f66c29845" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "conversation_group_key" ON "conversation"  ("group_id") `);
    await queryRunner.query(`CREATE TABLE "conversation_participant" ("conversation_id" uuid NOT NULL, "person_id" uuid NOT NULL, "member" boolean NOT NULL DEFAULT false, "last_read_seq" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_bc41bd20c866475cfa721f57c61" PRIMARY KEY ("conversation_id", "person_id"))`);
    await queryRunner.query(`CREATE INDEX "conversation_participant_person_idx" ON "conversation_participant"  ("person_id") `);
    await queryRunner.query(`CREATE TABLE "message" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "conversation_id" uuid NOT NULL, "seq" integer NOT NULL, "client_id" text NOT NULL, "author_id" uuid, "body" text NOT NULL, "parent_id" uuid, "reply_count" integer NOT NULL DEFAULT '0', "mentions" uuid array NOT NULL DEFAULT '{}', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "edited_at" TIMESTAMP WITH TIME ZONE, "deleted_at" TIMESTAMP WITH TIME ZONE, "removed_by_id" uuid, CONSTRAINT "PK_ba01f0a3e0123651915008bc578" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "message_thread_idx" ON "message"  ("parent_id", "seq") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "message_client_key" ON "message"  ("conversation_id", "author_id", "client_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "message_conversation_seq_key" ON "message"  ("conversation_id", "seq") `);
    await queryRunner.query(`CREATE TABLE "message_reaction" ("message_id" uuid NOT NULL, "person_id" uuid NOT NULL, "emoji" text NOT NULL, CONSTRAINT "PK_25416d1f67de4283bb3ce279953" PRIMARY KEY ("message_id", "person_id", "emoji"))`);
    await queryRunner.query(`ALTER TABLE "conversation" ADD CONSTRAINT "FK_9160e37db93662c47a7645fede5" FOREIGN KEY ("group_id") REFERENCES "peer_group"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "conversation_participant" ADD CONSTRAINT "FK_f6f41e6c7af3a1ffaab8787c2b7" FOREIGN KEY ("conversation_id") REFERENCES "conversation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "conversation_participant" ADD CONSTRAINT "FK_89168f6a093dab3754c5512fc6b" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "message" ADD CONSTRAINT "FK_7fe3e887d78498d9c9813375ce2" FOREIGN KEY ("conversation_id") REFERENCES "conversation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "message" ADD CONSTRAINT "FK_27675d1d5b9dbaabc0546aeb0a1" FOREIGN KEY ("author_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "message" ADD CONSTRAINT "FK_7c8f889f3f2f042fd50ba22de4b" FOREIGN KEY ("parent_id") REFERENCES "message"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "message_reaction" ADD CONSTRAINT "FK_c3aa2868fc9b2bc57d067642c58" FOREIGN KEY ("message_id") REFERENCES "message"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    // Full-text search over messages in any language: the 'simple' configuration does not stem,
    // so English, Russian and the national languages are all matched word for word.
    await queryRunner.query(`CREATE INDEX "message_search_idx" ON "message" USING gin (to_tsvector('simple', "body"))`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "message_search_idx"`);
    await queryRunner.query(`ALTER TABLE "message_reaction" DROP CONSTRAINT "FK_c3aa2868fc9b2bc57d067642c58"`);
    await queryRunner.query(`ALTER TABLE "message" DROP CONSTRAINT "FK_7c8f889f3f2f042fd50ba22de4b"`);
    await queryRunner.query(`ALTER TABLE "message" DROP CONSTRAINT "FK_27675d1d5b9dbaabc0546aeb0a1"`);
    await queryRunner.query(`ALTER TABLE "message" DROP CONSTRAINT "FK_7fe3e887d78498d9c9813375ce2"`);
    await queryRunner.query(`ALTER TABLE "conversation_participant" DROP CONSTRAINT "FK_89168f6a093dab3754c5512fc6b"`);
    await queryRunner.query(`ALTER TABLE "conversation_participant" DROP CONSTRAINT "FK_f6f41e6c7af3a1ffaab8787c2b7"`);
    await queryRunner.query(`ALTER TABLE "conversation" DROP CONSTRAINT "FK_9160e37db93662c47a7645fede5"`);
    await queryRunner.query(`DROP TABLE "message_reaction"`);
    await queryRunner.query(`DROP INDEX "public"."message_conversation_seq_key"`);
    await queryRunner.query(`DROP INDEX "public"."message_client_key"`);
    await queryRunner.query(`DROP INDEX "public"."message_thread_idx"`);
    await queryRunner.query(`DROP TABLE "message"`);
    await queryRunner.query(`DROP INDEX "public"."conversation_participant_person_idx"`);
    await queryRunner.query(`DROP TABLE "conversation_participant"`);
    await queryRunner.query(`DROP INDEX "public"."conversation_group_key"`);
    await queryRunner.query(`DROP TABLE "conversation"`);
  }
}
