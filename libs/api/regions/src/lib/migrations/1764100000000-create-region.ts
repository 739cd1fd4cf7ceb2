import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateRegion1764100000000 implements MigrationInterface {
  name = 'CreateRegion1764100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "region" (
        "ars" character varying(12) NOT NULL,
        "ags" character varying(8),
        "name" character varying(200) NOT NULL,
        "search_text" character varying(220) COLLATE "C" NOT NULL,
        "level" character varying(16) NOT NULL,
        "kind" character varying(64) NOT NULL,
        "parent_ars" character varying(12),
        "land_ars" character varying(2) NOT NULL,
        "population" integer,
        "population_date" date,
        "nuts3" character varying(5),
        "valid_from" date,
        "valid_to" date,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_region" PRIMARY KEY ("ars"),
        CONSTRAINT "FK_region_parent" FOREIGN KEY ("parent_ars") REFERENCES "region"("ars")
          ON DELETE RESTRICT ON UPDATE NO ACTION
      )`);
    await queryRunner.query(`CREATE INDEX "IDX_region_parent" ON "region" ("parent_ars")`);
    await queryRunner.query(`CREATE INDEX "IDX_region_level_land" ON "region" ("level", "land_ars")`);
    // Name search (search_text LIKE '% term%', see searchTextOf) scans, which stays in single milliseconds for
    // tens of thousands of rows; the index serves exact and prefix lookups. pg_trgm would serve infix search
    // with an index but is not available on PGlite by default.
    await queryRunner.query(`CREATE INDEX "IDX_region_search_text" ON "region" ("search_text")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "region"`);
  }
}
