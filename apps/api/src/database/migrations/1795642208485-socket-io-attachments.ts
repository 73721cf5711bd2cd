import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SocketIoAttachments1795642208485 implements MigrationInterface {
  name = 'SocketIoAttachments1795642208485';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "socket_io_attachments" ("id" BIGSERIAL NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "payload" bytea, CONSTRAINT "PK_dc5b76127041ee7cfa4d5f416d1" PRIMARY KEY ("id"))`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "socket_io_attachments"`);
  }
}
