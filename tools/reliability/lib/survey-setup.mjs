// A wave with many responses ready to submit: the respondents sign in, open their regions' responses and save
// every required answer (through the API, `parallel` responses at a time).
import { signInAll } from './sign-in.mjs';
import { createWave, fillRequired, openResponse } from './survey-client.mjs';

/**
 * `respondents` from createRespondents; the admin opens the wave over all their regions. Returns
 * { waveId, responses: [{ id, ars, session }] } in the order of the respondents' regions.
 */
export async function prepareResponses(client, { adminSession, respondents, password, title, parallel = 8 }) {
  const sessions = await signInAll(
    client,
    respondents.map((r) => r.email),
    password,
  );
  const regions = respondents.flatMap((r) => r.regions.map((ars) => ({ ars, session: sessions.get(r.email) })));
  const waveId = await createWave(
    client,
    adminSession,
    title,
    regions.map((r) => r.ars),
  );
  const responses = new Array(regions.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      for (let i = next++; i < regions.length; i = next++) {
        const { ars, session } = regions[i];
        const opened = await openResponse(client, session, waveId, ars);
        await fillRequired(client, session, opened.id, ars);
        responses[i] = { id: opened.id, ars, session };
      }
    }),
  );
  return { waveId, responses };
}
