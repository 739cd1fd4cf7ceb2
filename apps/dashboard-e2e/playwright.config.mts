import { workspaceRoot } from '@nx/devkit';
import { nxE2EPreset } from '@nx/playwright/preset';
import { defineConfig, type ReporterDescription } from '@playwright/test';
import { resolve } from 'node:path';

/**
 * Whole user journeys against the production build: the built API (`dist/apps/api/main.js`) serves
 * the built dashboard at `/` and the API at `/api`, with the same CSP as in production.
 * Browser: Debian's Chromium (never `playwright install`), with every host except localhost made
 * unresolvable so nothing leaves the machine (Chromium otherwise looks up Google services).
 */
const port = Number(process.env['E2E_PORT'] ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;

const preset = nxE2EPreset(import.meta.dirname, {
  testDir: './src',
  openHtmlReport: 'never',
});

const reporter: ReporterDescription[] = [['list'], ...(preset.reporter as ReporterDescription[])];
if (process.env['CI_RESULTS_DIR']) {
  reporter.push([
    'json',
    {
      outputFile: resolve(workspaceRoot, process.env['CI_RESULTS_DIR'], 'playwright.json'),
    },
  ]);
}

export default defineConfig({
  ...preset,
  reporter,
  fullyParallel: false,
  workers: 1,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    locale: 'de-DE',
    timezoneId: 'Europe/Berlin',
    viewport: { width: 1280, height: 800 },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    headless: true,
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
      ],
    },
  },
  webServer: {
    command: 'node dist/apps/api/main.js',
    cwd: workspaceRoot,
    url: `${baseURL}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'pipe',
    stderr: 'pipe',
    env: {
      PORT: String(port),
      DATABASE_URL: 'pglite://memory',
      DEMO_DATA: 'true',
      LOG_LEVEL: 'warn',
    },
  },
  projects: [{ name: 'chromium' }],
});
