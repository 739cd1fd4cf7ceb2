// A state analyst working on the Land dashboard: each view loads what the overview page loads (KPIs, ranking,
// heatmap, a distribution) at once, then opens one region's profile and its trend; a think time between views.
import { sleep } from './http-client.mjs';

export function createAnalyst({ client, session, waveId, random, thinkMs, counters }) {
  const base = `/api/v1/analytics/waves/${waveId}`;
  const check = (res) => {
    // A database outage answers 503 DATABASE_UNAVAILABLE with Retry-After: the dashboard says so and the next
    // view loads again. Counted, not a failure; whether a 5xx is allowed at all is the run's verdict.
    if (res.status === 503 && res.json?.code === 'DATABASE_UNAVAILABLE' && res.headers['retry-after']) {
      counters.unavailable++;
    } else if (res.status !== 200) {
      counters.failed++;
      counters.failures.push({ status: res.status, body: res.json, who: session.email });
    }
    return res;
  };
  return {
    async run(until) {
      await sleep(random() * thinkMs.max);
      while (Date.now() < until) {
        const [, ranking] = await Promise.all([
          client.request('GET /analytics/waves/{id}/overview', 'GET', `${base}/overview`, { session }).then(check),
          client.request('GET /analytics/waves/{id}/ranking', 'GET', `${base}/ranking`, { session }).then(check),
          client.request('GET /analytics/waves/{id}/heatmap', 'GET', `${base}/heatmap`, { session }).then(check),
          client
            .request(
              'GET /analytics/waves/{id}/questions/{code}/distribution',
              'GET',
              `${base}/questions/A1/distribution`,
              {
                session,
              },
            )
            .then(check),
        ]);
        const regions = ranking.json?.entries ?? [];
        if (regions.length > 0) {
          const ars = regions[Math.floor(random() * regions.length)].ars;
          await client
            .request(
              'GET /analytics/waves/{id}/regions/{ars}',
              'GET',
              `/api/v1/analytics/waves/${waveId}/regions/${ars}`,
              {
                session,
              },
            )
            .then(check);
          await client
            .request('GET /analytics/regions/{ars}/trend', 'GET', `/api/v1/analytics/regions/${ars}/trend`, { session })
            .then(check);
        }
        counters.views++;
        await sleep(thinkMs.min + random() * (thinkMs.max - thinkMs.min));
      }
    },
  };
}
