import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PeerGroupsAndAudit1795640731311 implements MigrationInterface {
  name = 'PeerGroupsAndAudit1795640731311';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "audit_entry" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "alliance_id" uuid NOT NULL, "group_id" uuid, "group_name" text, "actor_id" uuid, "actor_name" text, "subject_id" uuid, "subject_name" text, "action" text NOT NULL, "before" jsonb, "after" jsonb, "reason" text, CONSTRAINT "PK_58a130a4b9da189f46ba2a01801" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "audit_entry_subject_idx" ON "audit_entry"  ("subject_id") `);
    await queryRunner.query(`CREATE INDEX "audit_entry_alliance_at_idx" ON "audit_entry"  ("alliance_id", "at") `);
    await queryRunner.query(`CREATE TABLE "peer_group" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "alliance_id" uuid NOT NULL, "name" text NOT NULL, "topics" text array NOT NULL DEFAULT '{}', "purpose" text NOT NULL, "visibility" text NOT NULL, "member_limit" integer, "status" text NOT NULL DEFAULT 'active', "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e351b1c386fb75193da6eed58df" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "peer_group_alliance_idx" ON "peer_group"  ("alliance_id") `);
    await queryRunner.query(`CREATE TABLE "group_membership" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "group_id" uuid NOT NULL, "person_id" uuid NOT NULL, "role" text NOT NULL DEFAULT 'member', "state" text NOT NULL, "message" text NOT NULL DEFAULT '', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b631623cf04fa74513b975e7059" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "group_membership_person_idx" ON "group_membership"  ("person_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "group_membership_group_person_key" ON "group_membership"  ("group_id", "person_id") `);
    await queryRunner.query(`CREATE TABLE "alliance_join_request" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "alliance_id" uuid NOT NULL, "person_id" uuid NOT NULL, "message" text NOT NULL DEFAULT '', "state" text NOT NULL DEFAULT 'pending', "reason" text, "decided_by_id" uuid, "decided_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_701a86a068dca729f0e3ca93162" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "alliance_join_request_pending_key" ON "alliance_join_request"  ("alliance_id", "person_id") WHERE "state" = 'pending'`);
    await queryRunner.query(`ALTER TABLE "peer_group" ADD CONSTRAINT "FK_c5292d3c9b0a13a073b79ed5056" FOREIGN KEY ("alliance_id") REFERENCES "alliance"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "group_membership" ADD CONSTRAINT "FK_7a1166a6e3a6a3431a699257719" FOREIGN KEY ("group_id") REFERENCES "peer_group"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "group_membership" ADD CONSTRAINT "FK_e85e955e626edba091f6debd2e4" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "alliance_join_request" ADD CONSTRAINT "FK_b852e45ff40c98a7986d838a56b" FOREIGN KEY ("alliance_id") REFERENCES "alliance"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "alliance_join_request" ADD CONSTRAINT "FK_5cd7149bf793e91bcfd418a805a" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    // The audit log is append-only: nothing, not even the application, may change or remove an entry.
    await queryRunner.query(`CREATE FUNCTION audit_entry_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'audit_entry is append-only'; END $$`);
    await queryRunner.query(`CREATE TRIGGER audit_entry_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON "audit_entry" FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_is_append_only()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER audit_entry_append_only ON "audit_entry"`);
    await queryRunner.query(`DROP FUNCTION audit_entry_is_append_only()`);
    await queryRunner.query(`ALTER TABLE "alliance_join_request" DROP CONSTRAINT "FK_5cd7149bf793e91bcfd418a805a"`);
    await queryRunner.query(`ALTER TABLE "alliance_join_request" DROP CONSTRAINT "FK_b852e45ff40c98a7986d838a56b"`);
    await queryRunner.query(`ALTER TABLE "group_membership" DROP CONSTRAINT "FK_e85e955e626edba091f6debd2e4"`);
    await queryRunner.query(`ALTER TABLE "group_membership" DROP CONSTRAINT "FK_7a1166a6e3a6a3431a699257719"`);
    await queryRunner.query(`ALTER TABLE "peer_group" DROP CONSTRAINT "FK_c5292d3c9b0a13a073b79ed5056"`);
    await queryRunner.query(`DROP INDEX "public"."alliance_join_request_pending_key"`);
    await queryRunner.query(`DROP TABLE "alliance_join_request"`);
    await queryRunner.query(`DROP INDEX "public"."group_membership_group_person_key"`);
    await queryRunner.query(`DROP INDEX "public"."group_membership_person_idx"`);
    await queryRunner.query(`DROP TABLE "group_membership"`);
    await queryRunner.query(`DROP INDEX "public"."peer_group_alliance_idx"`);
    await queryRunner.query(`DROP TABLE "peer_group"`);
    await queryRunner.query(`DROP INDEX "public"."audit_entry_alliance_at_idx"`);
    await queryRunner.query(`DROP INDEX "public"."audit_entry_subject_idx"`);
    await queryRunner.query(`DROP TABLE "audit_entry"`);
  }
}
