/**
 * Writes src/definitions/digitale-kommune-v1.json from the typed constant, which is where the default
 * questionnaire is edited. Formats with the workspace's Prettier settings, so the file stays as
 * `prettier --check` wants it. Run from the workspace root:
 *   node -r @swc-node/register libs/shared/scoring/scripts/write-default-definition.ts
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { DIGITALE_KOMMUNE_V1 } from '../src/definitions/digitale-kommune-v1/definition';
import { validateDefinition } from '../src/lib/validation/validate-definition';

async function main(): Promise<void> {
  const result = validateDefinition(DIGITALE_KOMMUNE_V1);
  if (!result.ok) throw new Error(JSON.stringify(result.errors, null, 2));
  const target = join(__dirname, '../src/definitions/digitale-kommune-v1.json');
  const options = await resolveConfig(target);
  const json = await format(JSON.stringify(DIGITALE_KOMMUNE_V1), {
    ...options,
    filepath: target,
  });
  writeFileSync(target, json);
  console.log(`Wrote ${target}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
