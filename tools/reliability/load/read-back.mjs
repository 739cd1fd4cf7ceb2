// After the run: every acknowledged save is read back through the API. An answer may since have been changed
// by a colleague (a later acknowledged save with a higher version); it must never be older than what was
// acknowledged, and the newest acknowledged save of each answer must be exactly what is stored.

/** `ledger`: acknowledged saves { responseId, code, version, value }. Returns counts and every problem found. */
export async function readBack(client, adminSession, ledger) {
  const newest = new Map();
  for (const ack of ledger) {
    const key = `${ack.responseId}/${ack.code}`;
    const seen = newest.get(key);
    if (!seen || ack.version > seen.version) newest.set(key, ack);
  }
  const responseIds = [...new Set(ledger.map((ack) => ack.responseId))];
  const stored = new Map();
  for (const id of responseIds) {
    const res = await client.request('read-back GET /responses/{id}', 'GET', `/api/v1/responses/${id}`, {
      session: adminSession,
    });
    if (res.status !== 200) throw new Error(`read-back of response ${id}: ${res.status} ${JSON.stringify(res.json)}`);
    for (const [code, answer] of Object.entries(res.json.answers)) stored.set(`${id}/${code}`, answer);
  }
  const problems = [];
  for (const ack of ledger) {
    const answer = stored.get(`${ack.responseId}/${ack.code}`);
    if (!answer || answer.version < ack.version) {
      problems.push({ kind: 'lost', ack, stored: answer ?? null });
    }
  }
  for (const [key, ack] of newest) {
    const answer = stored.get(key);
    if (answer && (answer.version !== ack.version || JSON.stringify(answer.value) !== JSON.stringify(ack.value))) {
      problems.push({ kind: 'newest differs', ack, stored: answer });
    }
  }
  return { acknowledged: ledger.length, answers: newest.size, responses: responseIds.length, problems };
}
