import type { AppConfig } from '@digitalcheck/api-config';
import { configureApp } from '@digitalcheck/api-platform';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app.module';
import { hasDashboardBuild } from './dashboard-static';
import {
  DEMO_ACCOUNTS,
  DEMO_PASSWORD,
  ensureDemoAccounts,
  ensureFirstAdmin,
  removeDemoAccounts,
} from './accounts-setup';
import { demoDataWanted, importDemoData } from './demo-data';
import { seedDltReplicaWave } from './demo-dlt-wave';
import { seedDemoSurveys } from './demo-surveys';
import { createLogger, openDatabase, readConfig, StartupError } from './startup';

/** `main.js` (default command): open and migrate the database, then serve the API and the dashboard. */
export async function serve(): Promise<void> {
  const config = readConfig();
  const logger = createLogger(config);
  const dataSource = await openDatabase(config, logger, config.migrationsRun);
  if (config.trustProxy === true) {
    logger.warn(
      'TRUST_PROXY=true trusts every X-Forwarded-For entry, which clients can forge (sign-in limits per IP, audit IPs); ' +
        'set the number of proxies (e.g. TRUST_PROXY=1) or their addresses instead',
    );
  }
  const demo = demoDataWanted();
  if (demo) {
    await importDemoData(dataSource, logger);
    await ensureDemoAccounts(dataSource, logger);
    await seedDemoSurveys(dataSource, logger);
    await seedDltReplicaWave(dataSource, logger);
  } else if (!(await dataSource.showMigrations())) {
    await removeDemoAccounts(dataSource, logger);
    await ensureFirstAdmin(dataSource, logger);
  }
  const app = await NestFactory.create<NestExpressApplication>(AppModule.register(config, dataSource), {
    bodyParser: false,
    bufferLogs: true,
  });
  configureApp(app, config);
  try {
    await app.listen(config.port, config.host);
  } catch (error) {
    await app.close();
    if ((error as { code?: string }).code === 'EADDRINUSE') {
      throw new StartupError(
        `Port ${config.port} on ${config.host} is already in use. Stop the other process or set PORT.`,
      );
    }
    throw error;
  }
  printWelcome(config, hasDashboardBuild(config.dashboardDir), demo);
}

function printWelcome(config: AppConfig, dashboardServed: boolean, demo: boolean): void {
  const host = config.host === '0.0.0.0' || config.host === '127.0.0.1' ? 'localhost' : config.host;
  const url = `http://${host}:${config.port}`;
  const database =
    config.database.kind === 'postgres'
      ? 'PostgreSQL (DATABASE_URL)'
      : `embedded PGlite (${config.database.dataDir ?? 'in memory, discarded on exit'})`;
  const lines = [
    `Digitalcheck Kommune ${config.version} is running: ${url}`,
    `API ${url}/api/v1 · OpenAPI ${url}/api/docs · health ${url}/api/health`,
    `Database: ${database}`,
    ...(dashboardServed ? [] : ['Dashboard: not built yet (npm start builds it; or npx nx build dashboard)']),
    ...(demo
      ? [`Demo logins (password ${DEMO_PASSWORD}): ${DEMO_ACCOUNTS.map((account) => account.email).join(', ')}`]
      : []),
  ];
  process.stdout.write(`\n${lines.map((line) => `  ${line}`).join('\n')}\n\n`);
}
