import { AuditService } from '@digitalcheck/api-audit';
import { AccountProvisioningService, type AccountSpec, AppUser, PasswordHasher } from '@digitalcheck/api-auth';
import { PASSWORD_MIN_LENGTH } from '@digitalcheck/shared-contracts';
import type pino from 'pino';
import type { DataSource } from 'typeorm';
import { Like } from 'typeorm';

/** Every demo account uses this password and an address in the reserved `demo.example` domain. */
export const DEMO_PASSWORD = 'demo-digitalcheck';
export const DEMO_DOMAIN = '@demo.example';

/** Demo accounts (README, "Demo logins"): an admin, the RLP state analyst, respondents of RLP Kreise and VGs. */
export const DEMO_ACCOUNTS: Array<Omit<AccountSpec, 'password'>> = [
  { email: `admin${DEMO_DOMAIN}`, displayName: 'Demo Administration', grants: [{ role: 'ADMIN', regionArs: '' }] },
  {
    email: `analyse.rlp${DEMO_DOMAIN}`,
    displayName: 'Demo Landesebene Rheinland-Pfalz',
    grants: [{ role: 'STATE_ANALYST', regionArs: '07' }],
  },
  {
    email: `mayen-koblenz${DEMO_DOMAIN}`,
    displayName: 'Demo Landkreis Mayen-Koblenz',
    grants: [{ role: 'RESPONDENT', regionArs: '07137' }],
  },
  {
    email: `cochem-zell${DEMO_DOMAIN}`,
    displayName: 'Demo Landkreis Cochem-Zell',
    grants: [{ role: 'RESPONDENT', regionArs: '07135' }],
  },
  {
    email: `vg-vordereifel${DEMO_DOMAIN}`,
    displayName: 'Demo Verbandsgemeinde Vordereifel',
    grants: [{ role: 'RESPONDENT', regionArs: '071375003' }],
  },
  {
    email: `vg-cochem${DEMO_DOMAIN}`,
    displayName: 'Demo Verbandsgemeinde Cochem',
    grants: [{ role: 'RESPONDENT', regionArs: '071355001' }],
  },
];

/** The provisioning service outside Nest (start-up and CLI). */
export function provisioning(dataSource: DataSource): AccountProvisioningService {
  return new AccountProvisioningService(dataSource, new PasswordHasher(), new AuditService());
}

/** Demo mode: creates the demo accounts whose regions exist (VGs need the demo geo data). */
export async function ensureDemoAccounts(dataSource: DataSource, logger: pino.Logger): Promise<void> {
  const service = provisioning(dataSource);
  for (const account of DEMO_ACCOUNTS) {
    const keys = account.grants.map((grant) => grant.regionArs).filter((ars) => ars !== '');
    const found: unknown[] = keys.length
      ? await dataSource.query(`SELECT 1 FROM "region" WHERE "ars" = ANY($1)`, [keys])
      : [];
    if (found.length < keys.length) {
      logger.warn({ email: account.email }, 'demo account skipped: its region is not imported');
      continue;
    }
    await service.ensure({ ...account, password: DEMO_PASSWORD }, 'demo data');
  }
}

/**
 * Outside demo mode no demo account may exist: a database once started with DEMO_DATA=true loses them
 * (with their sessions and scopes) at the next production start.
 */
export async function removeDemoAccounts(dataSource: DataSource, logger: pino.Logger): Promise<void> {
  const removed = await dataSource.manager.delete(AppUser, { emailKey: Like(`%${DEMO_DOMAIN}`) });
  if (removed.affected) logger.warn({ removed: removed.affected }, 'demo accounts removed (DEMO_DATA is not true)');
}

/**
 * Production: ADMIN_EMAIL and ADMIN_PASSWORD create the first administrator if there is none yet. Set once,
 * then remove from the environment; later admins are invited.
 */
export async function ensureFirstAdmin(
  dataSource: DataSource,
  logger: pino.Logger,
  env: NodeJS.ProcessEnv = process.env,
): Promise<void> {
  const email = env['ADMIN_EMAIL']?.trim();
  const password = env['ADMIN_PASSWORD'];
  if (!email || !password) return;
  if (password.length < PASSWORD_MIN_LENGTH) {
    logger.error(`ADMIN_PASSWORD must have at least ${PASSWORD_MIN_LENGTH} characters; no administrator created`);
    return;
  }
  const service = provisioning(dataSource);
  if (await service.hasAdmin()) return;
  const created = await service.ensure(
    {
      email,
      password,
      displayName: env['ADMIN_NAME']?.trim() || 'Administration',
      grants: [{ role: 'ADMIN', regionArs: '' }],
    },
    'ADMIN_EMAIL',
  );
  logger.warn(
    { email, created },
    created
      ? 'first administrator created from ADMIN_EMAIL'
      : 'ADMIN_EMAIL already has an account without the ADMIN role; nothing changed',
  );
}
