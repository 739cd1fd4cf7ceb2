import { AppUser, emailKeyOf, RoleAssignment } from '@digitalcheck/api-auth';
import { ApiValidationException } from '@digitalcheck/api-platform';
import type { BulkInvitationReport } from '@digitalcheck/shared-contracts';
import { normaliseRegionKey } from '@digitalcheck/shared-regions';
import { ForbiddenException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isEmail } from 'class-validator';
import { DataSource } from 'typeorm';
import type { BulkInvitationBody } from '../http/accounts.dto';
import { CheckedGrant, checkGrant } from '../users/grant-rules';
import { InvitationsService, type ManagingActor } from './invitations.service';
import { parseInvitationCsv } from './parse-invitation-csv';

/** The report is read by people: its row messages are German (the API's other messages are English codes). */
const GRANT_PROBLEMS: Record<string, string> = {
  unknownRegion: 'Diese Region ist nicht bekannt.',
  notALand: 'Für die Landesebene muss der Schlüssel ein Land sein (zwei Ziffern).',
  notBelowLand: 'Für eine Kommune muss der Schlüssel ein Kreis, Verband oder eine Gemeinde sein, kein Land.',
};

/**
 * Invitations from a CSV of region keys and emails (e.g. every Kreis of a Land). All or nothing: with one
 * invalid row nothing is created, and the report names every problem with its line number.
 */
@Injectable()
export class BulkInvitationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly invitations: InvitationsService,
  ) {}

  async run(actor: ManagingActor, body: BulkInvitationBody): Promise<BulkInvitationReport> {
    let rows;
    try {
      rows = parseInvitationCsv(body.csv);
    } catch (error) {
      throw new ApiValidationException([{ field: 'csv', code: 'invalidCsv', message: (error as Error).message }]);
    }
    const report: BulkInvitationReport = { dryRun: body.dryRun ?? false, valid: [], created: [], invalid: [] };
    const accepted: Array<{ email: string; grant: CheckedGrant }> = [];
    const seen = new Set<string>();
    for (const row of rows) {
      const problem = (message: string) =>
        report.invalid.push({ line: row.line, regionArs: row.region, email: row.email, message });
      const key = normaliseRegionKey(row.region);
      if (!key.ok) {
        problem(`„${row.region}“ ist kein gültiger Regionalschlüssel (2, 5, 9 oder 12 Ziffern).`);
        continue;
      }
      const ars = key.key.ars ?? key.key.ags ?? row.region;
      if (!isEmail(row.email)) {
        problem(`„${row.email}“ ist keine gültige E-Mail-Adresse.`);
        continue;
      }
      const duplicate = `${row.email.trim().toLowerCase()}|${ars}`;
      if (seen.has(duplicate)) {
        problem('Diese E-Mail-Adresse steht mit derselben Region schon weiter oben in der Liste.');
        continue;
      }
      seen.add(duplicate);
      try {
        const grant = await checkGrant(this.dataSource.manager, actor.principal, body.role, ars);
        if (await this.alreadyHolds(row.email, grant)) {
          problem('Zu dieser E-Mail-Adresse gibt es schon ein Konto mit dieser Rolle für diese Region.');
          continue;
        }
        accepted.push({ email: row.email, grant });
        report.valid.push({
          line: row.line,
          regionArs: ars,
          regionName: grant.regionName ?? '',
          email: row.email.trim(),
        });
      } catch (error) {
        if (error instanceof ApiValidationException)
          problem(GRANT_PROBLEMS[error.fieldErrors[0]?.code] ?? error.message);
        else if (error instanceof ForbiddenException) problem('Die Region liegt außerhalb Ihres Landes.');
        else throw error;
      }
    }
    if (report.dryRun || report.invalid.length > 0 || accepted.length === 0) return report;
    report.created = await this.invitations.createMany(actor, accepted);
    return report;
  }

  private async alreadyHolds(email: string, grant: CheckedGrant): Promise<boolean> {
    return this.dataSource.manager
      .createQueryBuilder(RoleAssignment, 'ra')
      .innerJoin(AppUser, 'u', 'u.id = ra.user_id')
      .where('u.email_key = :emailKey', { emailKey: emailKeyOf(email) })
      .andWhere('ra.role = :role AND ra.region_ars = :regionArs', { role: grant.role, regionArs: grant.regionArs })
      .getExists();
  }
}
