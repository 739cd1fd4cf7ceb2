import 'reflect-metadata';
import { boundariesImport } from './app/boundaries-import';
import { migrate } from './app/migrate';
import { questionnairesImport, questionnairesPublish } from './app/questionnaires-cli';
import { regionsImport } from './app/regions-import';
import { serve } from './app/serve';
import { StartupError } from './app/startup';
import { usersCreateAdmin } from './app/users-cli';

const commands: Record<string, () => Promise<void>> = {
  serve,
  migrate,
  'regions:import': () => regionsImport(),
  'boundaries:import': () => boundariesImport(),
  'questionnaires:import': () => questionnairesImport(),
  'questionnaires:publish': () => questionnairesPublish(),
  'users:create-admin': () => usersCreateAdmin(),
};
const name = process.argv[2] ?? 'serve';
const command = commands[name];

if (!command) {
  process.stderr.write(`Unknown command "${name}". Use: main.js [${Object.keys(commands).join('|')}]\n`);
  process.exit(2);
}

command().catch((error: unknown) => {
  // Operator-fixable problems are one line; anything else is a bug and keeps its stack for the log.
  process.stderr.write(
    error instanceof StartupError
      ? `${error.message}\n`
      : `Unexpected start-up failure: ${(error as Error)?.stack ?? error}\n`,
  );
  process.exit(1);
});
