import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateAccounts1764300000000 implements MigrationInterface {
  name = 'CreateAccounts1764300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "login_throttle" ("key" character varying(300) NOT NULL, "failures" integer NOT NULL, "window_started_at" TIMESTAMP WITH TIME ZONE NOT NULL, "locked_until" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_login_throttle" PRIMARY KEY ("key"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "role_assignment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "role" character varying(16) NOT NULL, "region_ars" character varying(12) NOT NULL DEFAULT '', "source" character varying(8) NOT NULL DEFAULT 'local', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_role_assignment" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_role_assignment_region" ON "role_assignment"("region_ars")`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_role_assignment" ON "role_assignment"("user_id", "role", "region_ars")`,
    );
    await queryRunner.query(
      `CREATE TABLE "app_user" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" character varying(254) NOT NULL, "email_key" character varying(254) NOT NULL, "display_name" character varying(200) NOT NULL, "password_hash" text, "status" character varying(16) NOT NULL, "oidc_issuer" character varying(500), "oidc_subject" character varying(255), "last_login_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_app_user" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_app_user_oidc" ON "app_user"("oidc_issuer", "oidc_subject") WHERE "oidc_subject" IS NOT NULL`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_app_user_email_key" ON "app_user"("email_key")`);
    await queryRunner.query(
      `CREATE TABLE "password_reset_token" ("token_hash" character(64) NOT NULL, "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_password_reset_token" PRIMARY KEY ("token_hash"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_password_reset_token_user" ON "password_reset_token"("user_id")`);
    await queryRunner.query(
      `CREATE TABLE "user_session" ("token_hash" character(64) NOT NULL, "user_id" uuid NOT NULL, "csrf_token" character varying(64) NOT NULL, "method" character varying(8) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "absolute_expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ip" character varying(64), "user_agent" character varying(300), CONSTRAINT "PK_user_session" PRIMARY KEY ("token_hash"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_user_session_user" ON "user_session"("user_id")`);
    await queryRunner.query(
      `ALTER TABLE "role_assignment" ADD CONSTRAINT "FK_role_assignment_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "password_reset_token" ADD CONSTRAINT "FK_password_reset_token_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "user_session" ADD CONSTRAINT "FK_user_session_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['user_session', 'password_reset_token', 'role_assignment', 'app_user', 'login_throttle']) {
      await queryRunner.query(`DROP TABLE "${table}"`);
    }
  }
}
