/**
 * Test instrumentation for apps/api-e2e/src/abuse only, never part of the API: `node -r` loads it into the built
 * API when that runs on the embedded database, which lives inside the API process where no other process can
 * read it. It keeps the PGlite instance the API opens and answers read queries sent over the IPC channel
 * ({ type: 'db-probe', id, sql } → { type: 'db-probe', id, rows } or { …, error }). The suite only asks while no
 * request of its own is in flight. It also reports the keys on Object.prototype ({ type: 'prototype-probe', id }
 * → { type: 'prototype-probe', id, inherited, own }), to show that no request polluted it.
 */
const { PGlite } = require('@electric-sql/pglite');

let database = null;
const create = PGlite.create;
PGlite.create = async function createAndKeep(...args) {
  database = await create.apply(this, args);
  return database;
};

process.on('message', (message) => {
  if (message && message.type === 'prototype-probe') {
    const inherited = [];
    for (const key in {}) inherited.push(key); // none unless Object.prototype was polluted
    const own = Object.getOwnPropertyNames(Object.prototype);
    process.send?.({ type: 'prototype-probe', id: message.id, inherited, own });
    return;
  }
  if (!message || message.type !== 'db-probe') return;
  const reply = (answer) => process.send?.({ type: 'db-probe', id: message.id, ...answer });
  if (!database) {
    reply({ error: 'the embedded database is not open' });
    return;
  }
  database.query(message.sql).then(
    (result) => reply({ rows: result.rows }),
    (error) => reply({ error: String(error) }),
  );
});
