import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Ranking reads a small title-and-summary vector that stays in the row; the full document vector is
 * TOASTed, and reading it for thousands of matches made broad searches slow (docs/performance.md).
 * Long texts are stored out of line so the rows that searches filter and count stay narrow.
 */
export class CaseStudySearchHead1795657045445 implements MigrationInterface {
  name = 'CaseStudySearchHead1795657045445';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "case_study" ADD "search_head" tsvector`);
    await queryRunner.query(`CREATE FUNCTION case_study_head(language text, title text, summary text) RETURNS tsvector
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT setweight(to_tsvector(cfg, coalesce(title, '')), 'A') || setweight(to_tsvector(cfg, coalesce(summary, '')), 'B')
        FROM (SELECT (CASE language WHEN 'en' THEN 'english' WHEN 'ru' THEN 'russian' ELSE 'simple' END)::regconfig AS cfg) c
      $$`);
    await queryRunner.query(`CREATE OR REPLACE FUNCTION case_study_search_update() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.search := case_study_document(NEW.language, NEW.title, NEW.summary, NEW.body, NEW.results, NEW.lessons);
        NEW.search_head := case_study_head(NEW.language, NEW.title, NEW.summary);
        RETURN NEW;
      END $$`);
    await queryRunner.query(`UPDATE "case_study" SET "search_head" = case_study_head("language", "title", "summary")`);
    await queryRunner.query(`CREATE INDEX "case_study_search_head_idx" ON "case_study" USING GIN ("search_head")`);
    // Keep the row narrow: long texts and the full document vector go out of line, so a search that
    // matches thousands of studies reads few pages to filter, rank and count them.
    await queryRunner.query(`ALTER TABLE "case_study" SET (toast_tuple_target = 256)`);
    for (const column of ['body', 'results', 'lessons', 'search']) await queryRunner.query(`ALTER TABLE "case_study" ALTER COLUMN "${column}" SET STORAGE EXTERNAL`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "case_study_search_head_idx"`);
    await queryRunner.query(`ALTER TABLE "case_study" RESET (toast_tuple_target)`);
    for (const column of ['body', 'results', 'lessons']) await queryRunner.query(`ALTER TABLE "case_study" ALTER COLUMN "${column}" SET STORAGE EXTENDED`);
    await queryRunner.query(`ALTER TABLE "case_study" ALTER COLUMN "search" SET STORAGE EXTENDED`);
    await queryRunner.query(`CREATE OR REPLACE FUNCTION case_study_search_update() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN NEW.search := case_study_document(NEW.language, NEW.title, NEW.summary, NEW.body, NEW.results, NEW.lessons); RETURN NEW; END $$`);
    await queryRunner.query(`DROP FUNCTION case_study_head(text, text, text)`);
    await queryRunner.query(`ALTER TABLE "case_study" DROP COLUMN "search_head"`);
  }
}
