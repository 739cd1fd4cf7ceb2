// Restarts the machine's PostgreSQL cluster during a load run and watches the API's health meanwhile:
// it must turn unhealthy while the database is down and healthy again afterwards, in the same API process.
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { sleep } from './http-client.mjs';

function cluster() {
  const version = process.env.RELIABILITY_PG_VERSION ?? readdirSync('/etc/postgresql').sort().at(-1);
  return [version, process.env.RELIABILITY_PG_CLUSTER ?? 'main'];
}

const pgCtl = (action, ...extra) =>
  execFileSync('pg_ctlcluster', ['--skip-systemctl-redirect', ...cluster(), action, ...extra], { stdio: 'pipe' });

/** Polls GET /api/health every 200 ms and keeps the timeline of status changes. */
export function watchHealth(client) {
  const timeline = [];
  let last;
  let stopped = false;
  const loop = (async () => {
    while (!stopped) {
      const res = await client.request('GET /health', 'GET', '/api/health');
      if (res.status !== last) {
        timeline.push({ at: Date.now(), status: res.status });
        last = res.status;
      }
      await sleep(200);
    }
  })();
  return {
    async stop() {
      stopped = true;
      await loop;
      return timeline;
    },
  };
}

/** Stops the cluster (fast: open connections are terminated), keeps it down `downMs`, starts it again. */
export async function restartPostgres(downMs) {
  const stoppedAt = Date.now();
  pgCtl('stop', '-m', 'fast');
  await sleep(downMs);
  pgCtl('start');
  return { stoppedAt, startedAt: Date.now() };
}
