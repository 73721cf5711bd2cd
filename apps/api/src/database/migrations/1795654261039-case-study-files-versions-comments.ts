import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CaseStudyFilesVersionsComments1795654261039 implements MigrationInterface {
  name = 'CaseStudyFilesVersionsComments1795654261039';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "case_study_attachment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_study_id" uuid NOT NULL, "uploader_id" uuid, "filename" text NOT NULL, "content_type" text NOT NULL, "size" integer NOT NULL, "data" bytea NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_4d600d3fcdd2570b200855d4a23" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "case_study_attachment_study_idx" ON "case_study_attachment"  ("case_study_id", "created_at") `);
    await queryRunner.query(`CREATE TABLE "case_study_comment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_study_id" uuid NOT NULL, "author_id" uuid, "body" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0e315355d4660eb1e69d9a227a0" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "case_study_comment_study_idx" ON "case_study_comment"  ("case_study_id", "created_at") `);
    await queryRunner.query(`CREATE TABLE "case_study_version" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_study_id" uuid NOT NULL, "version" integer NOT NULL, "editor_id" uuid, "content" jsonb NOT NULL, "saved_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_49f97b38c85eac26db3dd28ba69" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "case_study_version_number_key" ON "case_study_version"  ("case_study_id", "version") `);
    await queryRunner.query(`ALTER TABLE "case_study_attachment" ADD CONSTRAINT "FK_36a9f9ebfa740742deecbafc30f" FOREIGN KEY ("case_study_id") REFERENCES "case_study"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "case_study_attachment" ADD CONSTRAINT "FK_246179b0d910eeb07b2daf41def" FOREIGN KEY ("uploader_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "case_study_comment" ADD CONSTRAINT "FK_31dbf3ab43817ec8484e20260aa" FOREIGN KEY ("case_study_id") REFERENCES "case_study"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "case_study_comment" ADD CONSTRAINT "FK_2ba82441a60cf06a2c16003650e" FOREIGN KEY ("author_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "case_study_version" ADD CONSTRAINT "FK_9278fc30e76ced70b0d6e57b90d" FOREIGN KEY ("case_study_id") REFERENCES "case_study"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "case_study_version" ADD CONSTRAINT "FK_c6c47924d95256edb2fd5bb3416" FOREIGN KEY ("editor_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    // Case studies written before version history keep what they hold now as their current version.
    await queryRunner.query(`INSERT INTO "case_study_version" ("case_study_id", "version", "editor_id", "content", "saved_at")
      SELECT id, version, author_id, jsonb_build_object('title', title, 'summary', summary, 'body', body, 'country', country, 'organisationId', organisation_id,
        'topics', to_jsonb(topics), 'stage', stage, 'results', results, 'lessons', lessons, 'contactIds', to_jsonb(contact_ids), 'language', language,
        'year', year, 'visibility', visibility, 'allianceId', alliance_id, 'groupId', group_id), updated_at
      FROM "case_study"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "case_study_version" DROP CONSTRAINT "FK_c6c47924d95256edb2fd5bb3416"`);
    await queryRunner.query(`ALTER TABLE "case_study_version" DROP CONSTRAINT "FK_9278fc30e76ced70b0d6e57b90d"`);
    await queryRunner.query(`ALTER TABLE "case_study_comment" DROP CONSTRAINT "FK_2ba82441a60cf06a2c16003650e"`);
    await queryRunner.query(`ALTER TABLE "case_study_comment" DROP CONSTRAINT "FK_31dbf3ab43817ec8484e20260aa"`);
    await queryRunner.query(`ALTER TABLE "case_study_attachment" DROP CONSTRAINT "FK_246179b0d910eeb07b2daf41def"`);
    await queryRunner.query(`ALTER TABLE "case_study_attachment" DROP CONSTRAINT "FK_36a9f9ebfa740742deecbafc30f"`);
    await queryRunner.query(`DROP INDEX "public"."case_study_version_number_key"`);
    await queryRunner.query(`DROP TABLE "case_study_version"`);
    await queryRunner.query(`DROP INDEX "public"."case_study_comment_study_idx"`);
    await queryRunner.query(`DROP TABLE "case_study_comment"`);
    await queryRunner.query(`DROP INDEX "public"."case_study_attachment_study_idx"`);
    await queryRunner.query(`DROP TABLE "case_study_attachment"`);
  }
}
