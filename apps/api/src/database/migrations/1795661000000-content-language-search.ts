import type { MigrationInterface, QueryRunner } from 'typeorm';

// The alliance's languages PostgreSQL can stem, when this server has the stemmer (Armenian and
// Estonian came with later releases); the others are matched word for word ('simple').
const STEMMERS: Record<string, string> = { en: 'english', ru: 'russian', hy: 'armenian', et: 'estonian', tr: 'turkish', fr: 'french', de: 'german' };

/**
 * One SQL function names the text-search configuration of a content language; case studies and
 * learning needs are both stemmed with it. Learning needs record their language and get a search vector.
 */
export class ContentLanguageSearch1795661000000 implements MigrationInterface {
  name = 'ContentLanguageSearch1795661000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const available = new Set((await queryRunner.query(`SELECT cfgname FROM pg_ts_config`)).map((r: { cfgname: string }) => r.cfgname));
    const cases = Object.entries(STEMMERS)
      .filter(([, config]) => available.has(config))
      .map(([language, config]) => `WHEN '${language}' THEN 'pg_catalog.${config}'`)
      .join(' ');
    await queryRunner.query(`CREATE FUNCTION peerhub_text_config(language text) RETURNS regconfig
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT (CASE language ${cases} ELSE 'pg_catalog.simple' END)::regconfig $$`);

    await queryRunner.query(`CREATE OR REPLACE FUNCTION case_study_document(language text, title text, summary text, body text, results text, lessons text) RETURNS tsvector
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT setweight(to_tsvector(cfg, coalesce(title, '')), 'A') || setweight(to_tsvector(cfg, coalesce(summary, '')), 'B')
            || setweight(to_tsvector(cfg, coalesce(results, '') || ' ' || coalesce(lessons, '')), 'C') || setweight(to_tsvector(cfg, coalesce(body, '')), 'D')
        FROM (SELECT peerhub_text_config(language) AS cfg) c
      $$`);
    await queryRunner.query(`CREATE OR REPLACE FUNCTION case_study_head(language text, title text, summary text) RETURNS tsvector
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT setweight(to_tsvector(cfg, coalesce(title, '')), 'A') || setweight(to_tsvector(cfg, coalesce(summary, '')), 'B')
        FROM (SELECT peerhub_text_config(language) AS cfg) c
      $$`);
    // Studies in a language that now has a stemmer are stemmed again (the trigger recomputes both vectors).
    await queryRunner.query(`UPDATE "case_study" SET "language" = "language" WHERE "language" NOT IN ('en', 'ru')`);

    await queryRunner.query(`ALTER TABLE "learning_need" ADD "language" text NOT NULL DEFAULT 'en'`);
    await queryRunner.query(`ALTER TABLE "learning_need" ADD "search" tsvector`);
    // Kept by a trigger, as for case studies (a generated column would need TypeORM's metadata table).
    await queryRunner.query(`CREATE FUNCTION learning_need_search_update() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.search := setweight(to_tsvector(peerhub_text_config(NEW.language), coalesce(NEW.title, '')), 'A')
          || setweight(to_tsvector(peerhub_text_config(NEW.language), coalesce(NEW.challenge, '') || ' ' || coalesce(NEW.outcomes, '')), 'B');
        RETURN NEW;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER learning_need_search_update BEFORE INSERT OR UPDATE OF language, title, challenge, outcomes ON "learning_need" FOR EACH ROW EXECUTE FUNCTION learning_need_search_update()`);
    await queryRunner.query(`UPDATE "learning_need" SET "language" = "language"`);
    await queryRunner.query(`CREATE INDEX "learning_need_search_idx" ON "learning_need" USING GIN ("search")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "learning_need_search_idx"`);
    await queryRunner.query(`DROP TRIGGER learning_need_search_update ON "learning_need"`);
    await queryRunner.query(`DROP FUNCTION learning_need_search_update()`);
    await queryRunner.query(`ALTER TABLE "learning_need" DROP COLUMN "search"`);
    await queryRunner.query(`ALTER TABLE "learning_need" DROP COLUMN "language"`);
    const legacy = `(CASE language WHEN 'en' THEN 'english' WHEN 'ru' THEN 'russian' ELSE 'simple' END)::regconfig`;
    await queryRunner.query(`CREATE OR REPLACE FUNCTION case_study_document(language text, title text, summary text, body text, results text, lessons text) RETURNS tsvector
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT setweight(to_tsvector(cfg, coalesce(title, '')), 'A') || setweight(to_tsvector(cfg, coalesce(summary, '')), 'B')
            || setweight(to_tsvector(cfg, coalesce(results, '') || ' ' || coalesce(lessons, '')), 'C') || setweight(to_tsvector(cfg, coalesce(body, '')), 'D')
        FROM (SELECT ${legacy} AS cfg) c
      $$`);
    await queryRunner.query(`CREATE OR REPLACE FUNCTION case_study_head(language text, title text, summary text) RETURNS tsvector
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT setweight(to_tsvector(cfg, coalesce(title, '')), 'A') || setweight(to_tsvector(cfg, coalesce(summary, '')), 'B')
        FROM (SELECT ${legacy} AS cfg) c
      $$`);
    await queryRunner.query(`UPDATE "case_study" SET "language" = "language" WHERE "language" NOT IN ('en', 'ru')`);
    await queryRunner.query(`DROP FUNCTION peerhub_text_config(text)`);
  }
}
