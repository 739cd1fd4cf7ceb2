import { MigrationInterface, QueryRunner } from 'typeorm';

/** Strategy drafts per submitted response and every saved version of them (issue 9). */
export class CreateStrategy1764600000000 implements MigrationInterface {
  name = 'CreateStrategy1764600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "strategy_draft" (
        "response_id" uuid NOT NULL,
        "wave_id" uuid NOT NULL,
        "region_ars" character varying(12) NOT NULL,
        "version" integer NOT NULL,
        "content" jsonb NOT NULL,
        "saved_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "saved_by" uuid,
        CONSTRAINT "PK_strategy_draft" PRIMARY KEY ("response_id"),
        CONSTRAINT "FK_strategy_draft_response" FOREIGN KEY ("response_id") REFERENCES "survey_response"("id")
          ON DELETE CASCADE ON UPDATE NO ACTION
      )`);
    await queryRunner.query(
      `CREATE INDEX "IDX_strategy_draft_wave_region" ON "strategy_draft" ("wave_id", "region_ars")`,
    );
    await queryRunner.query(`
      CREATE TABLE "strategy_version" (
        "response_id" uuid NOT NULL,
        "version" integer NOT NULL,
        "content" jsonb NOT NULL,
        "saved_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "saved_by" uuid,
        CONSTRAINT "PK_strategy_version" PRIMARY KEY ("response_id", "version"),
        CONSTRAINT "FK_strategy_version_draft" FOREIGN KEY ("response_id") REFERENCES "strategy_draft"("response_id")
          ON DELETE CASCADE ON UPDATE NO ACTION
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "strategy_version"`);
    await queryRunner.query(`DROP TABLE "strategy_draft"`);
  }
}
