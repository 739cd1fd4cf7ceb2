import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { Client } from 'pg';
import { type RunningApi, startApi } from '../../support/running-api';

/** `node -r` this into the API to look inside it (see the file). */
const PROBE = join(__dirname, 'db-probe.cjs');

/** Runs one read query on the suite's database and returns its rows. */
export type ReadQuery = <Row>(sql: string) => Promise<Row[]>;

export interface PrototypeKeys {
  inherited: string[];
  own: string[];
}

export interface ProbedApi {
  api: RunningApi;
  read: ReadQuery;
  /** Inside the API process: the enumerable keys a fresh object inherits, and Object.prototype's own keys. */
  prototypeKeys(): Promise<PrototypeKeys>;
  close(): Promise<void>;
}

/**
 * The built API in demo mode with the probe loaded: its database is read through the probe on the embedded
 * database (which lives inside the API process), through a second connection on PostgreSQL.
 */
export async function startProbedApi(databaseUrl: string, env: Record<string, string> = {}): Promise<ProbedApi> {
  const api = await startApi(
    { DATABASE_URL: databaseUrl, DEMO_DATA: 'true', ...env },
    { nodeArgs: ['-r', PROBE], ipc: true },
  );
  const ask = <T>(message: Record<string, unknown>): Promise<T> => askProbe<T>(api, message);
  const prototypeKeys = () =>
    ask<PrototypeKeys>({ type: 'prototype-probe' }).then(({ inherited, own }) => ({ inherited, own }));
  if (databaseUrl.startsWith('pglite://')) {
    const read: ReadQuery = <Row>(sql: string) =>
      ask<{ rows: unknown[] }>({ type: 'db-probe', sql }).then((answer) => answer.rows as Row[]);
    return { api, read, prototypeKeys, close: async () => undefined };
  }
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  return {
    api,
    read: async <Row>(sql: string) => (await client.query(sql)).rows as Row[],
    prototypeKeys,
    close: () => client.end(),
  };
}

function askProbe<T>(api: RunningApi, message: Record<string, unknown>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const id = randomUUID();
    const timer = setTimeout(() => {
      api.process.off('message', listen);
      reject(new Error(`the probe did not answer ${JSON.stringify(message)}`));
    }, 30_000);
    const listen = (answer: { type?: string; id?: string; error?: string }) => {
      if (answer?.type !== message['type'] || answer.id !== id) return;
      clearTimeout(timer);
      api.process.off('message', listen);
      if (answer.error) reject(new Error(`probe: ${answer.error}`));
      else resolve(answer as T);
    };
    api.process.on('message', listen);
    api.process.send({ ...message, id });
  });
}
