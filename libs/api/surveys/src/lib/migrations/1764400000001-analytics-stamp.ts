import { MigrationInterface, QueryRunner } from 'typeorm';

/** The tables every analytics figure is computed from: a write to any of them changes the stamp. */
const SOURCES = ['survey_response', 'survey_wave_region', 'survey_wave', 'region'] as const;

/**
 * A change stamp for the analytics result cache (libs/api/analytics): one row whose `version` every statement
 * that writes to the responses, the waves, their invited regions or the regions counts up, in the writing
 * transaction itself (statement triggers). A cached analytics result is valid while the stamp read before
 * computing it is still the current one, so a submit, reopen or publish — through any API process or straight in
 * the database — is visible at the next request. Answer saves do not write these tables and do not touch it.
 */
export class AnalyticsStamp1764400000001 implements MigrationInterface {
  name = 'AnalyticsStamp1764400000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "analytics_stamp" (
        "id" smallint NOT NULL DEFAULT 1,
        "version" bigint NOT NULL DEFAULT 0,
        CONSTRAINT "PK_analytics_stamp" PRIMARY KEY ("id"),
        CONSTRAINT "CHK_analytics_stamp_one_row" CHECK ("id" = 1)
      )`);
    await queryRunner.query(`INSERT INTO "analytics_stamp" ("id", "version") VALUES (1, 0)`);
    await queryRunner.query(`
      CREATE FUNCTION "analytics_stamp_bump"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE "analytics_stamp" SET "version" = "version" + 1 WHERE "id" = 1;
        RETURN NULL;
      END $$`);
    for (const table of SOURCES) {
      await queryRunner.query(`
        CREATE TRIGGER "TRG_${table}_analytics_stamp" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "${table}"
        FOR EACH STATEMENT EXECUTE FUNCTION "analytics_stamp_bump"()`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [...SOURCES].reverse()) {
      await queryRunner.query(`DROP TRIGGER "TRG_${table}_analytics_stamp" ON "${table}"`);
    }
    await queryRunner.query(`DROP FUNCTION "analytics_stamp_bump"()`);
    await queryRunner.query(`DROP TABLE "analytics_stamp"`);
  }
}
