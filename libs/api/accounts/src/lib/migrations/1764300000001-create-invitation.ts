import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateInvitation1764300000001 implements MigrationInterface {
  name = 'CreateInvitation1764300000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "invitation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" character varying(254) NOT NULL, "role" character varying(16) NOT NULL, "region_ars" character varying(12) NOT NULL, "token_hash" character(64) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "invited_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "accepted_at" TIMESTAMP WITH TIME ZONE, "accepted_by" uuid, "revoked_at" TIMESTAMP WITH TIME ZONE, "sent_count" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_invitation" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_invitation_region" ON "invitation"("region_ars", "created_at")`);
    await queryRunner.query(`CREATE INDEX "IDX_invitation_email" ON "invitation"("email")`);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_invitation_token_hash" ON "invitation"("token_hash")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "invitation"`);
  }
}
