import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateSurveys1764400000000 implements MigrationInterface {
  name = 'CreateSurveys1764400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "survey_wave" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "title" character varying(200) NOT NULL,
        "questionnaire_id" character varying(64) NOT NULL,
        "questionnaire_version" integer NOT NULL,
        "land_ars" character varying(2) NOT NULL,
        "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "closed_at" TIMESTAMP WITH TIME ZONE,
        "created_by" uuid,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_survey_wave" PRIMARY KEY ("id"),
        CONSTRAINT "FK_survey_wave_questionnaire" FOREIGN KEY ("questionnaire_id", "questionnaire_version")
          REFERENCES "questionnaire_version"("questionnaire_id", "version") ON DELETE RESTRICT ON UPDATE NO ACTION
      )`);
    await queryRunner.query(`CREATE INDEX "IDX_survey_wave_land" ON "survey_wave" ("land_ars", "starts_at")`);
    await queryRunner.query(
      `CREATE INDEX "IDX_survey_wave_questionnaire" ON "survey_wave" ("questionnaire_id", "questionnaire_version")`,
    );

    await queryRunner.query(`
      CREATE TABLE "survey_wave_region" (
        "wave_id" uuid NOT NULL,
        "region_ars" character varying(12) NOT NULL,
        CONSTRAINT "PK_survey_wave_region" PRIMARY KEY ("wave_id", "region_ars"),
        CONSTRAINT "FK_survey_wave_region_wave" FOREIGN KEY ("wave_id") REFERENCES "survey_wave"("id")
          ON DELETE CASCADE ON UPDATE NO ACTION
      )`);
    await queryRunner.query(`CREATE INDEX "IDX_survey_wave_region_region" ON "survey_wave_region" ("region_ars")`);

    await queryRunner.query(`
      CREATE TABLE "survey_response" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "wave_id" uuid NOT NULL,
        "region_ars" character varying(12) NOT NULL,
        "status" character varying(16) NOT NULL DEFAULT 'draft',
        "score" jsonb,
        "created_by" uuid,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "submitted_at" TIMESTAMP WITH TIME ZONE,
        "submitted_by" uuid,
        "published_at" TIMESTAMP WITH TIME ZONE,
        CONSTRAINT "PK_survey_response" PRIMARY KEY ("id"),
        CONSTRAINT "FK_survey_response_wave" FOREIGN KEY ("wave_id") REFERENCES "survey_wave"("id")
          ON DELETE RESTRICT ON UPDATE NO ACTION
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_survey_response_wave_region" ON "survey_response" ("wave_id", "region_ars")`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_survey_response_region" ON "survey_response" ("region_ars")`);

    await queryRunner.query(`
      CREATE TABLE "survey_answer" (
        "response_id" uuid NOT NULL,
        "question_code" character varying(64) NOT NULL,
        "value" jsonb,
        "version" integer NOT NULL,
        "saved_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "saved_by" uuid,
        CONSTRAINT "PK_survey_answer" PRIMARY KEY ("response_id", "question_code"),
        CONSTRAINT "FK_survey_answer_response" FOREIGN KEY ("response_id") REFERENCES "survey_response"("id")
          ON DELETE CASCADE ON UPDATE NO ACTION
      )`);

    await queryRunner.query(`
      CREATE TABLE "survey_answer_operation" (
        "operation_id" uuid NOT NULL,
        "response_id" uuid NOT NULL,
        "question_code" character varying(64) NOT NULL,
        "version" integer NOT NULL,
        "value" jsonb,
        "saved_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "saved_by" uuid,
        CONSTRAINT "PK_survey_answer_operation" PRIMARY KEY ("operation_id"),
        CONSTRAINT "FK_survey_answer_operation_response" FOREIGN KEY ("response_id") REFERENCES "survey_response"("id")
          ON DELETE CASCADE ON UPDATE NO ACTION
      )`);
    await queryRunner.query(
      `CREATE INDEX "IDX_survey_answer_operation_response" ON "survey_answer_operation" ("response_id")`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "survey_answer_operation"`);
    await queryRunner.query(`DROP TABLE "survey_answer"`);
    await queryRunner.query(`DROP TABLE "survey_response"`);
    await queryRunner.query(`DROP TABLE "survey_wave_region"`);
    await queryRunner.query(`DROP TABLE "survey_wave"`);
  }
}
