// Latencies and status counts per endpoint, and the API's memory over the run (VmRSS from /proc).
import { readFileSync } from 'node:fs';
import { percentile } from '../lib/stats.mjs';

export function createStats() {
  const endpoints = new Map();
  let measuring = false;
  return {
    start() {
      measuring = true;
    },
    stop() {
      measuring = false;
    },
    record(label, status, ms) {
      if (!measuring) return;
      let entry = endpoints.get(label);
      if (!entry) endpoints.set(label, (entry = { latencies: [], statuses: {} }));
      entry.latencies.push(ms);
      entry.statuses[status] = (entry.statuses[status] ?? 0) + 1;
    },
    /** Per endpoint: count, p50/p95/p99/max in ms, statuses; sorted by count. */
    summary() {
      return [...endpoints.entries()]
        .map(([endpoint, { latencies, statuses }]) => {
          return {
            endpoint,
            count: latencies.length,
            p50: round(percentile(latencies, 50)),
            p95: round(percentile(latencies, 95)),
            p99: round(percentile(latencies, 99)),
            max: round(percentile(latencies, 100)),
            statuses,
          };
        })
        .sort((a, b) => b.count - a.count);
    },
  };
}

const round = (ms) => (ms === null ? null : Math.round(ms * 10) / 10);

/** Samples the resident set size of `pid` every `everyMs`; `stop()` returns start, median, max and end in MB. */
export function sampleMemory(pid, everyMs = 1000) {
  const samples = [];
  const read = () => {
    try {
      const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]);
      if (kb) samples.push(kb / 1024);
    } catch {
      // the process is gone (a fault run kills it); the samples so far stand
    }
  };
  read();
  const timer = setInterval(read, everyMs);
  return {
    stop() {
      clearInterval(timer);
      read();
      const mb = (v) => (v === undefined || v === null ? null : Math.round(v));
      return {
        startMb: mb(samples[0]),
        medianMb: mb(percentile(samples, 50)),
        maxMb: mb(percentile(samples, 100)),
        endMb: mb(samples[samples.length - 1]),
        samples: samples.length,
      };
    },
  };
}
