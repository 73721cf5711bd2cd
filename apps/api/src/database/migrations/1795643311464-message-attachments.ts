import type { MigrationInterface, QueryRunner } from 'typeorm';

export class MessageAttachments1795643311464 implements MigrationInterface {
  name = 'MessageAttachments1795643311464';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "message_attachment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "conversation_id" uuid NOT NULL, "uploader_id" uuid, "message_id" uuid, "filename" text NOT NULL, "content_type" text NOT NULL, "size" integer NOT NULL, "data" bytea NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d5bc54379802d99c07cd7ec00e4" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "message_attachment_message_idx" ON "message_attachment"  ("message_id") `);
    await queryRunner.query(`ALTER TABLE "message_attachment" ADD CONSTRAINT "FK_3b7ddc99108edb12cba26a11622" FOREIGN KEY ("conversation_id") REFERENCES "conversation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "message_attachment" ADD CONSTRAINT "FK_9db9a64915214dde2ca1e8db9a7" FOREIGN KEY ("message_id") REFERENCES "message"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "message_attachment" DROP CONSTRAINT "FK_9db9a64915214dde2ca1e8db9a7"`);
    await queryRunner.query(`ALTER TABLE "message_attachment" DROP CONSTRAINT "FK_3b7ddc99108edb12cba26a11622"`);
    await queryRunner.query(`DROP INDEX "public"."message_attachment_message_idx"`);
    await queryRunner.query(`DROP TABLE "message_attachment"`);
  }
}
