import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The notification centre: notifications, delivery preferences per kind, and a level per conversation. */
export class Notifications1795662000000 implements MigrationInterface {
  name = 'Notifications1795662000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "notification_preference" ("person_id" uuid NOT NULL, "kind" text NOT NULL, "delivery" text NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2d87ba3e5dcc68cd1d150c7ff0a" PRIMARY KEY ("person_id", "kind"))`);
    await queryRunner.query(`CREATE TABLE "notification" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "recipient_id" uuid NOT NULL, "kind" text NOT NULL, "actor_id" uuid, "title" text NOT NULL, "link" text NOT NULL, "params" jsonb NOT NULL DEFAULT '{}', "delivery" text NOT NULL, "dedupe_key" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "read_at" TIMESTAMP WITH TIME ZONE, "emailed_at" TIMESTAMP WITH TIME ZONE, "digested_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_705b6c7cdf9b2c2ff7ac7872cb7" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "notification_dedupe_key" ON "notification"  ("recipient_id", "dedupe_key") `);
    await queryRunner.query(`CREATE INDEX "notification_digest_idx" ON "notification"  ("delivery", "recipient_id") WHERE "digested_at" IS NULL AND "delivery" IN ('daily', 'weekly')`);
    await queryRunner.query(`CREATE INDEX "notification_unread_idx" ON "notification"  ("recipient_id") WHERE "read_at" IS NULL`);
    await queryRunner.query(`CREATE INDEX "notification_recipient_created_idx" ON "notification"  ("recipient_id", "created_at", "id") `);
    await queryRunner.query(`ALTER TABLE "conversation_participant" ADD "notification_level" text`);
    await queryRunner.query(`ALTER TABLE "mail_outbox" ADD "headers" jsonb NOT NULL DEFAULT '{}'`);
    await queryRunner.query(`ALTER TABLE "notification_preference" ADD CONSTRAINT "FK_8496cccd0c7dcf6889873bee9e1" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "notification" ADD CONSTRAINT "FK_9830357f52360a126737d498e66" FOREIGN KEY ("recipient_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "notification" ADD CONSTRAINT "FK_16addcdc44128a517daeddd4491" FOREIGN KEY ("actor_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "notification" DROP CONSTRAINT "FK_16addcdc44128a517daeddd4491"`);
    await queryRunner.query(`ALTER TABLE "notification" DROP CONSTRAINT "FK_9830357f52360a126737d498e66"`);
    await queryRunner.query(`ALTER TABLE "notification_preference" DROP CONSTRAINT "FK_8496cccd0c7dcf6889873bee9e1"`);
    await queryRunner.query(`ALTER TABLE "mail_outbox" DROP COLUMN "headers"`);
    await queryRunner.query(`ALTER TABLE "conversation_participant" DROP COLUMN "notification_level"`);
    await queryRunner.query(`DROP INDEX "public"."notification_recipient_created_idx"`);
    await queryRunner.query(`DROP INDEX "public"."notification_unread_idx"`);
    await queryRunner.query(`DROP INDEX "public"."notification_digest_idx"`);
    await queryRunner.query(`DROP INDEX "public"."notification_dedupe_key"`);
    await queryRunner.query(`DROP TABLE "notification"`);
    await queryRunner.query(`DROP TABLE "notification_preference"`);
  }
}
