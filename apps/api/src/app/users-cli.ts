import { randomBytes } from 'node:crypto';
import { PASSWORD_MIN_LENGTH } from '@digitalcheck/shared-contracts';
import { isEmail } from 'class-validator';
import { provisioning } from './accounts-setup';
import { createLogger, openDatabase, readConfig, StartupError } from './startup';

/**
 * `main.js users:create-admin EMAIL [--name NAME]`: creates an administrator. The password comes from
 * ADMIN_PASSWORD (never from the command line, which shell histories keep); without it one is generated
 * and printed once.
 */
export async function usersCreateAdmin(args: string[] = process.argv.slice(3), env = process.env): Promise<void> {
  const usage = 'Usage: ADMIN_PASSWORD=… main.js users:create-admin EMAIL [--name NAME]';
  const nameAt = args.indexOf('--name');
  const name = nameAt >= 0 ? args[nameAt + 1] : 'Administration';
  const rest = args.filter((_, index) => nameAt < 0 || (index !== nameAt && index !== nameAt + 1));
  if (rest.length !== 1 || !name || !isEmail(rest[0])) throw new StartupError(usage);
  const generated = !env['ADMIN_PASSWORD'];
  const password = env['ADMIN_PASSWORD'] ?? randomBytes(15).toString('base64url');
  if (password.length < PASSWORD_MIN_LENGTH) {
    throw new StartupError(`ADMIN_PASSWORD must have at least ${PASSWORD_MIN_LENGTH} characters.`);
  }
  const config = readConfig();
  const dataSource = await openDatabase(config, createLogger({ ...config, logLevel: 'warn' }), true);
  try {
    const service = provisioning(dataSource);
    const created = await service.ensure(
      { email: rest[0], displayName: name, password, grants: [{ role: 'ADMIN', regionArs: '' }] },
      'users:create-admin',
    );
    if (!created) throw new StartupError(`${rest[0]} already has an account; nothing changed.`);
    process.stdout.write(`Administrator ${rest[0]} created.\n`);
    if (generated) process.stdout.write(`Password (shown once, change it after signing in): ${password}\n`);
  } finally {
    await dataSource.destroy();
  }
}
