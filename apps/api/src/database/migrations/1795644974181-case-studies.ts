import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CaseStudies1795644974181 implements MigrationInterface {
  name = 'CaseStudies1795644974181';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "case_study" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "author_id" uuid, "title" text NOT NULL, "summary" text NOT NULL, "body" text NOT NULL DEFAULT '', "country" character varying(2) NOT NULL, "organisation_id" uuid, "topics" text array NOT NULL DEFAULT '{}', "stage" text NOT NULL, "results" text NOT NULL DEFAULT '', "lessons" text NOT NULL DEFAULT '', "contact_ids" uuid array NOT NULL DEFAULT '{}', "language" character varying(8) NOT NULL, "year" integer, "status" text NOT NULL DEFAULT 'draft', "visibility" text NOT NULL DEFAULT 'everyone', "alliance_id" uuid, "group_id" uuid, "version" integer NOT NULL DEFAULT '1', "search" tsvector, "published_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_da361517299523b92876a2a867e" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "case_study_country_idx" ON "case_study"  ("country") `);
    await queryRunner.query(`CREATE INDEX "case_study_status_published_idx" ON "case_study"  ("status", "published_at") `);
    await queryRunner.query(`ALTER TABLE "case_study" ADD CONSTRAINT "FK_ef2210825d066662c8e3e4ae030" FOREIGN KEY ("author_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "case_study" ADD CONSTRAINT "FK_b2b86f909e431e14225ca1221fa" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    // Each case study is stemmed in its own language (English, Russian; the others word for word),
    // its parts weighted title > summary > results and lessons > body.
    await queryRunner.query(`CREATE FUNCTION case_study_document(language text, title text, summary text, body text, results text, lessons text) RETURNS tsvector
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT setweight(to_tsvector(cfg, coalesce(title, '')), 'A') || setweight(to_tsvector(cfg, coalesce(summary, '')), 'B')
            || setweight(to_tsvector(cfg, coalesce(results, '') || ' ' || coalesce(lessons, '')), 'C') || setweight(to_tsvector(cfg, coalesce(body, '')), 'D')
        FROM (SELECT (CASE language WHEN 'en' THEN 'english' WHEN 'ru' THEN 'russian' ELSE 'simple' END)::regconfig AS cfg) c
      $$`);
    await queryRunner.query(`CREATE FUNCTION case_study_search_update() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN NEW.search := case_study_document(NEW.language, NEW.title, NEW.summary, NEW.body, NEW.results, NEW.lessons); RETURN NEW; END $$`);
    await queryRunner.query(`CREATE TRIGGER case_study_search_update BEFORE INSERT OR UPDATE OF language, title, summary, body, results, lessons ON "case_study" FOR EACH ROW EXECUTE FUNCTION case_study_search_update()`);
    await queryRunner.query(`CREATE INDEX "case_study_search_idx" ON "case_study" USING gin ("search")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "case_study_search_idx"`);
    await queryRunner.query(`DROP TRIGGER case_study_search_update ON "case_study"`);
    await queryRunner.query(`DROP FUNCTION case_study_search_update()`);
    await queryRunner.query(`DROP FUNCTION case_study_document(text, text, text, text, text, text)`);
    await queryRunner.query(`ALTER TABLE "case_study" DROP CONSTRAINT "FK_b2b86f909e431e14225ca1221fa"`);
    await queryRunner.query(`ALTER TABLE "case_study" DROP CONSTRAINT "FK_ef2210825d066662c8e3e4ae030"`);
    await queryRunner.query(`DROP INDEX "public"."case_study_status_published_idx"`);
    await queryRunner.query(`DROP INDEX "public"."case_study_country_idx"`);
    await queryRunner.query(`DROP TABLE "case_study"`);
  }
}
