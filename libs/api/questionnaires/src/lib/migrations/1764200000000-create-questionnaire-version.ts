import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateQuestionnaireVersion1764200000000 implements MigrationInterface {
  name = 'CreateQuestionnaireVersion1764200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "questionnaire_version" (
        "questionnaire_id" character varying(64) NOT NULL,
        "version" integer NOT NULL,
        "status" character varying(16) NOT NULL,
        "title" character varying(300) NOT NULL,
        "definition" jsonb NOT NULL,
        "content_hash" character(64) NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "published_at" TIMESTAMP WITH TIME ZONE,
        CONSTRAINT "PK_questionnaire_version" PRIMARY KEY ("questionnaire_id", "version")
      )`);
    // A published version is immutable, whatever writes to the table.
    await queryRunner.query(`
      CREATE FUNCTION "questionnaire_version_immutable"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' THEN
          IF OLD."status" = 'published' THEN
            RAISE EXCEPTION 'questionnaire % version % is published and cannot be deleted',
              OLD."questionnaire_id", OLD."version" USING ERRCODE = 'check_violation';
          END IF;
          RETURN OLD;
        END IF;
        IF OLD."status" = 'published' AND (
          NEW."status" IS DISTINCT FROM OLD."status"
          OR NEW."definition" IS DISTINCT FROM OLD."definition"
          OR NEW."content_hash" IS DISTINCT FROM OLD."content_hash"
          OR NEW."title" IS DISTINCT FROM OLD."title"
          OR NEW."version" IS DISTINCT FROM OLD."version"
          OR NEW."questionnaire_id" IS DISTINCT FROM OLD."questionnaire_id"
          OR NEW."published_at" IS DISTINCT FROM OLD."published_at"
        ) THEN
          RAISE EXCEPTION 'questionnaire % version % is published and cannot be changed',
            OLD."questionnaire_id", OLD."version" USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER "TRG_questionnaire_version_immutable" BEFORE UPDATE OR DELETE ON "questionnaire_version"
      FOR EACH ROW EXECUTE FUNCTION "questionnaire_version_immutable"()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "questionnaire_version"`);
    await queryRunner.query(`DROP FUNCTION "questionnaire_version_immutable"()`);
  }
}
