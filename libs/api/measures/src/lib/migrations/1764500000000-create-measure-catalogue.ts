import type { MigrationInterface, QueryRunner } from 'typeorm';
import { MEASURE_CATALOGUE } from '../catalogue/measure-catalogue';

/**
 * The measure table and the catalogue shipped with the product (at least five measures per field of action).
 * The seed inserts only codes that are not there yet. A later change of the shipped catalogue needs a new
 * migration, because this one has run already on existing databases.
 */
export class CreateMeasureCatalogue1764500000000 implements MigrationInterface {
  name = 'CreateMeasureCatalogue1764500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "measure" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "code" character varying(16) NOT NULL,
        "field" character varying(8) NOT NULL,
        "title" character varying(200) NOT NULL,
        "description" text NOT NULL,
        "effort" character varying(8) NOT NULL,
        "cost_min" integer NOT NULL,
        "cost_max" integer NOT NULL,
        "prerequisite" jsonb,
        "improves" jsonb NOT NULL,
        "example_title" character varying(200) NOT NULL,
        "example_description" text NOT NULL,
        "archived" boolean NOT NULL DEFAULT false,
        "version" integer NOT NULL DEFAULT 1,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_measure" PRIMARY KEY ("id")
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_measure_code" ON "measure" ("code")`);
    await queryRunner.query(`CREATE INDEX "IDX_measure_field" ON "measure" ("field", "code")`);
    for (const measure of MEASURE_CATALOGUE) {
      await queryRunner.query(
        `INSERT INTO "measure" ("code", "field", "title", "description", "effort", "cost_min", "cost_max",
                                "prerequisite", "improves", "example_title", "example_description")
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
         ON CONFLICT ("code") DO NOTHING`,
        [
          measure.code,
          measure.field,
          measure.title,
          measure.description,
          measure.effort,
          measure.costMin,
          measure.costMax,
          measure.prerequisite === null ? null : JSON.stringify(measure.prerequisite),
          JSON.stringify(measure.improves),
          measure.example.title,
          measure.example.description,
        ],
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "measure"`);
  }
}
