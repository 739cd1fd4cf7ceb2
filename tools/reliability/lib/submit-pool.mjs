// Which responses a round writes to: the next drafts of the pool are submitted; the autosave bursts go to the
// first of them (a save racing the submit) and to responses that are never submitted.

/**
 * `pool` and `draftTargets` are [{ id, session }]; `responses` the stored state (id → { status }). The first
 * `options.submits` drafts of the pool (a submit lost to a kill before its commit is tried again next round),
 * `options.bursts` burst targets.
 */
export function submitPlan(pool, draftTargets, responses, options, round) {
  const submitTargets = pool.filter((r) => responses.get(r.id)?.status === 'draft').slice(0, options.submits);
  const burstTargets = [];
  if (submitTargets.length > 0 && options.bursts > 0) burstTargets.push(submitTargets[0]);
  for (let i = 0; burstTargets.length < options.bursts && draftTargets.length > 0; i++) {
    burstTargets.push(draftTargets[(round + i) % draftTargets.length]);
  }
  return { submitTargets, burstTargets };
}

/** Submits every draft of the pool, `parallel` at a time, without faults; { sent, acknowledged }. */
export async function settleSubmits(client, ledger, pool, responses, parallel = 4) {
  const drafts = pool.filter((r) => responses.get(r.id)?.status === 'draft');
  let acknowledged = 0;
  for (let i = 0; i < drafts.length; i += parallel) {
    const entries = await Promise.all(
      drafts
        .slice(i, i + parallel)
        .map((r) =>
          ledger.trackSubmit(
            'final',
            r.id,
            client.request('POST', `/api/v1/responses/${r.id}/submit`, { session: r.session }),
          ),
        ),
    );
    acknowledged += entries.filter((e) => e.outcome === 'acknowledged').length;
  }
  return { sent: drafts.length, acknowledged };
}
