import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateAuditEvent1764000000000 implements MigrationInterface {
  name = 'CreateAuditEvent1764000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "audit_event" (
        "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
        "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "actor_id" uuid,
        "action" character varying(64) NOT NULL,
        "entity_type" character varying(64) NOT NULL,
        "entity_id" character varying(64) NOT NULL,
        "region_ars" character varying(12),
        "details" jsonb NOT NULL DEFAULT '{}',
        "request_id" character varying(64),
        CONSTRAINT "PK_audit_event" PRIMARY KEY ("id")
      )`);
    await queryRunner.query(
      `CREATE INDEX "IDX_audit_event_entity" ON "audit_event" ("entity_type", "entity_id", "occurred_at")`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_audit_event_region" ON "audit_event" ("region_ars", "occurred_at")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "audit_event"`);
  }
}
