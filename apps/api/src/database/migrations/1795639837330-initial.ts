import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795639837330 implements MigrationInterface {
  name = 'Initial1795639837330';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "organisation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "kind" text NOT NULL, "country" character varying(2), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c725ae234ef1b74cce43d2d00c1" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "organisation_name_key" ON "organisation"  ("name") `);
    await queryRunner.query(`CREATE TABLE "alliance" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "theme" text NOT NULL, "description" text NOT NULL DEFAULT '', "launch_year" integer NOT NULL, "secretariat_id" uuid, "topics" text array NOT NULL DEFAULT '{}', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_4ca41472d33b43df4e3ac16c7a3" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "alliance_name_key" ON "alliance"  ("name") `);
    await queryRunner.query(`CREATE TABLE "alliance_country" ("alliance_id" uuid NOT NULL, "country" character varying(2) NOT NULL, CONSTRAINT "PK_bed18afbfe10e3c8b0c82aaf7ea" PRIMARY KEY ("alliance_id", "country"))`);
    await queryRunner.query(`CREATE TABLE "person" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" text NOT NULL, "name" text NOT NULL, "password_hash" text NOT NULL, "platform_role" text NOT NULL DEFAULT 'user', "country" character varying(2), "organisation_id" uuid, "position" text NOT NULL DEFAULT '', "languages" text array NOT NULL DEFAULT '{}', "timezone" text NOT NULL DEFAULT 'UTC', "expertise_topics" text array NOT NULL DEFAULT '{}', "bio" text NOT NULL DEFAULT '', "avatar_url" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5fdaf670315c4b7e70cce85daa3" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "person_email_key" ON "person"  ("email") `);
    await queryRunner.query(`CREATE INDEX "person_country_idx" ON "person"  ("country") `);
    await queryRunner.query(`CREATE TABLE "alliance_membership" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "alliance_id" uuid NOT NULL, "person_id" uuid NOT NULL, "role" text NOT NULL, "status" text NOT NULL DEFAULT 'active', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_33e86b1af68dbd61c4bde5ae32d" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "alliance_membership_person_idx" ON "alliance_membership"  ("person_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "alliance_membership_alliance_person_key" ON "alliance_membership"  ("alliance_id", "person_id") `);
    await queryRunner.query(`CREATE TABLE "alliance_organisation" ("alliance_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, CONSTRAINT "PK_0eab738458258c3ac3ba2a9de49" PRIMARY KEY ("alliance_id", "organisation_id"))`);
    await queryRunner.query(`CREATE TABLE "auth_session" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "person_id" uuid NOT NULL, "user_agent" text NOT NULL DEFAULT '', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "revoked_at" TIMESTAMP WITH TIME ZONE, "revoked_reason" text, CONSTRAINT "PK_19354ed146424a728c1112a8cbf" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "auth_session_person_idx" ON "auth_session"  ("person_id") `);
    await queryRunner.query(`CREATE TABLE "password_reset_token" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "person_id" uuid NOT NULL, "token_hash" text NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_838af121380dfe3a6330e04f5bb" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "password_reset_token_hash_key" ON "password_reset_token"  ("token_hash") `);
    await queryRunner.query(`CREATE TABLE "auth_rate_limit" ("key" character varying(255) NOT NULL, "points" integer NOT NULL DEFAULT '0', "expire" bigint, CONSTRAINT "PK_74b8e707ca802233363663011ba" PRIMARY KEY ("key"))`);
    await queryRunner.query(`CREATE TABLE "refresh_token" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "session_id" uuid NOT NULL, "token_hash" text NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "rotated_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b575dd3c21fb0831013c909e7fe" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "refresh_token_session_idx" ON "refresh_token"  ("session_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "refresh_token_hash_key" ON "refresh_token"  ("token_hash") `);
    await queryRunner.query(`CREATE TABLE "invitation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" text NOT NULL, "name" text NOT NULL, "alliance_id" uuid NOT NULL, "role" text NOT NULL, "country" character varying(2), "organisation_id" uuid, "message" text NOT NULL DEFAULT '', "token_hash" text NOT NULL, "invited_by_id" uuid NOT NULL, "state" text NOT NULL DEFAULT 'pending', "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "accepted_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_beb994737756c0f18a1c1f8669c" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "invitation_token_hash_key" ON "invitation"  ("token_hash") `);
    await queryRunner.query(`CREATE INDEX "invitation_alliance_email_idx" ON "invitation"  ("alliance_id", "email") `);
    await queryRunner.query(`CREATE TABLE "mail_outbox" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "recipient" text NOT NULL, "subject" text NOT NULL, "text" text NOT NULL, "kind" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_fecc63c96385bc35a39ccf2a72e" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "mail_outbox_recipient_idx" ON "mail_outbox"  ("recipient") `);
    await queryRunner.query(`CREATE INDEX "mail_outbox_created_at_idx" ON "mail_outbox"  ("created_at") `);
    await queryRunner.query(`ALTER TABLE "alliance" ADD CONSTRAINT "FK_f80eeb3e8a45235a08f5cdf93f8" FOREIGN KEY ("secretariat_id") REFERENCES "organisation"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "alliance_country" ADD CONSTRAINT "FK_26b36d7721dcd714a0da865765e" FOREIGN KEY ("alliance_id") REFERENCES "alliance"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "person" ADD CONSTRAINT "FK_53e60754c1edacbd248622810d8" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "alliance_membership" ADD CONSTRAINT "FK_853ef40d3e45b2ea1f6d6f74f7f" FOREIGN KEY ("alliance_id") REFERENCES "alliance"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "alliance_membership" ADD CONSTRAINT "FK_16f46663e6acb611c01ffa006e7" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "alliance_organisation" ADD CONSTRAINT "FK_edb8af5a48d3fe614a78b4fbaed" FOREIGN KEY ("alliance_id") REFERENCES "alliance"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "alliance_organisation" ADD CONSTRAINT "FK_8c4d7be58668355fcf1d5675e2e" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "auth_session" ADD CONSTRAINT "FK_c98aa3c1e03f43e495723822aef" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "password_reset_token" ADD CONSTRAINT "FK_ea269d7c41b2f037abbb5603d85" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "refresh_token" ADD CONSTRAINT "FK_7643a722ca45fb721be1c63dc0c" FOREIGN KEY ("session_id") REFERENCES "auth_session"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "invitation" ADD CONSTRAINT "FK_2454004a7f5fcce5c8e38cef342" FOREIGN KEY ("alliance_id") REFERENCES "alliance"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "invitation" ADD CONSTRAINT "FK_9fcebfddfa4369ac0e3c26dc8a3" FOREIGN KEY ("invited_by_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "invitation" DROP CONSTRAINT "FK_9fcebfddfa4369ac0e3c26dc8a3"`);
    await queryRunner.query(`ALTER TABLE "invitation" DROP CONSTRAINT "FK_2454004a7f5fcce5c8e38cef342"`);
    await queryRunner.query(`ALTER TABLE "refresh_token" DROP CONSTRAINT "FK_7643a722ca45fb721be1c63dc0c"`);
    await queryRunner.query(`ALTER TABLE "password_reset_token" DROP CONSTRAINT "FK_ea269d7c41b2f037abbb5603d85"`);
    await queryRunner.query(`ALTER TABLE "auth_session" DROP CONSTRAINT "FK_c98aa3c1e03f43e495723822aef"`);
    await queryRunner.query(`ALTER TABLE "alliance_organisation" DROP CONSTRAINT "FK_8c4d7be58668355fcf1d5675e2e"`);
    await queryRunner.query(`ALTER TABLE "alliance_organisation" DROP CONSTRAINT "FK_edb8af5a48d3fe614a78b4fbaed"`);
    await queryRunner.query(`ALTER TABLE "alliance_membership" DROP CONSTRAINT "FK_16f46663e6acb611c01ffa006e7"`);
    await queryRunner.query(`ALTER TABLE "alliance_membership" DROP CONSTRAINT "FK_853ef40d3e45b2ea1f6d6f74f7f"`);
    await queryRunner.query(`ALTER TABLE "person" DROP CONSTRAINT "FK_53e60754c1edacbd248622810d8"`);
    await queryRunner.query(`ALTER TABLE "alliance_country" DROP CONSTRAINT "FK_26b36d7721dcd714a0da865765e"`);
    await queryRunner.query(`ALTER TABLE "alliance" DROP CONSTRAINT "FK_f80eeb3e8a45235a08f5cdf93f8"`);
    await queryRunner.query(`DROP INDEX "public"."mail_outbox_created_at_idx"`);
    await queryRunner.query(`DROP INDEX "public"."mail_outbox_recipient_idx"`);
    await queryRunner.query(`DROP TABLE "mail_outbox"`);
    await queryRunner.query(`DROP INDEX "public"."invitation_alliance_email_idx"`);
    await queryRunner.query(`DROP INDEX "public"."invitation_token_hash_key"`);
    await queryRunner.query(`DROP TABLE "invitation"`);
    await queryRunner.query(`DROP INDEX "public"."refresh_token_hash_key"`);
    await queryRunner.query(`DROP INDEX "public"."refresh_token_session_idx"`);
    await queryRunner.query(`DROP TABLE "refresh_token"`);
    await queryRunner.query(`DROP TABLE "auth_rate_limit"`);
    await queryRunner.query(`DROP INDEX "public"."password_reset_token_hash_key"`);
    await queryRunner.query(`DROP TABLE "password_reset_token"`);
    await queryRunner.query(`DROP INDEX "public"."auth_session_person_idx"`);
    await queryRunner.query(`DROP TABLE "auth_session"`);
    await queryRunner.query(`DROP TABLE "alliance_organisation"`);
    await queryRunner.query(`DROP INDEX "public"."alliance_membership_alliance_person_key"`);
    await queryRunner.query(`DROP INDEX "public"."alliance_membership_person_idx"`);
    await queryRunner.query(`DROP TABLE "alliance_membership"`);
    await queryRunner.query(`DROP INDEX "public"."person_country_idx"`);
    await queryRunner.query(`DROP INDEX "public"."person_email_key"`);
    await queryRunner.query(`DROP TABLE "person"`);
    await queryRunner.query(`DROP TABLE "alliance_country"`);
    await queryRunner.query(`DROP INDEX "public"."alliance_name_key"`);
    await queryRunner.query(`DROP TABLE "alliance"`);
    await queryRunner.query(`DROP INDEX "public"."organisation_name_key"`);
    await queryRunner.query(`DROP TABLE "organisation"`);
  }
}
