// Restarts a PostgreSQL cluster during a load run and watches the API's health meanwhile: it must turn unhealthy
// while the database is down and healthy again afterwards, in the same API process. The restart runs on a
// scratch cluster of its own (pg_createcluster, Debian's postgresql-common), so it disturbs nothing else that
// uses the machine's server; creating one needs root or the postgres user.
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { freePort } from '../lib/api-process.mjs';
import { sleep } from './http-client.mjs';

const pgCtl = ({ version, name }, action, ...extra) =>
  execFileSync('pg_ctlcluster', ['--skip-systemctl-redirect', version, name, action, ...extra], { stdio: 'pipe' });

/** A new, running cluster on a free port with trust authentication; `drop()` stops and deletes it. */
export async function createScratchCluster() {
  const version = readdirSync('/etc/postgresql').sort().at(-1);
  const name = `dcrel${Date.now().toString(36)}`;
  const port = await freePort();
  execFileSync(
    'pg_createcluster',
    [version, name, '--port', String(port), '--start', '--', '--auth-host=trust', '--auth-local=trust'],
    { stdio: 'pipe' },
  );
  return {
    version,
    name,
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    drop: () => execFileSync('pg_dropcluster', [version, name, '--stop'], { stdio: 'pipe' }),
  };
}

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
export async function restartPostgres(cluster, downMs) {
  const stoppedAt = Date.now();
  pgCtl(cluster, 'stop', '-m', 'fast');
  await sleep(downMs);
  pgCtl(cluster, 'start');
  return { stoppedAt, startedAt: Date.now() };
}
