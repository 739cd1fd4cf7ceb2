import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateBoundaryPack1764100000001 implements MigrationInterface {
  name = 'CreateBoundaryPack1764100000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "boundary_pack" (
        "level" character varying(16) NOT NULL,
        "land_ars" character varying(2),
        "source" character varying(200) NOT NULL,
        "reference_date" date NOT NULL,
        "attribution" text NOT NULL,
        "topology" text NOT NULL,
        "etag" character varying(64) NOT NULL,
        "feature_count" integer NOT NULL,
        "imported_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_boundary_pack" PRIMARY KEY ("level")
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "boundary_pack"`);
  }
}
