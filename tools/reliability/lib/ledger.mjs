// What the client saw of its writes: every save and submit it sent, with the outcome (acknowledged = 2xx,
// refused = another status, lost = no answer because the API was killed) — the checks hold the database to it.

export function createLedger() {
  const saves = [];
  const submits = [];
  return {
    saves,
    submits,
    /** Sends a save (from saveAnswer) into the ledger; resolves when its outcome is known. */
    trackSave(round, responseId, questionCode, value, baseVersion, { operationId, sent }) {
      const entry = { round, operationId, responseId, questionCode, value, baseVersion, outcome: 'pending' };
      saves.push(entry);
      return settle(entry, sent, (json) => ({ version: json?.version }));
    },
    trackSubmit(round, responseId, sent) {
      const entry = { round, responseId, outcome: 'pending' };
      submits.push(entry);
      return settle(entry, sent, (json) => ({ submittedAt: json?.submittedAt }));
    },
    pendingCount: () => countOutcome(saves, 'pending') + countOutcome(submits, 'pending'),
  };
}

async function settle(entry, sent, fromBody) {
  try {
    const res = await sent;
    entry.status = res.status;
    entry.code = res.json?.code;
    if (res.status >= 200 && res.status < 300) Object.assign(entry, { outcome: 'acknowledged' }, fromBody(res.json));
    else entry.outcome = 'refused';
  } catch (error) {
    entry.outcome = 'lost';
    entry.error = error.code ?? error.message;
  }
  return entry;
}

export function countOutcome(entries, outcome) {
  return entries.filter((entry) => entry.outcome === outcome).length;
}
