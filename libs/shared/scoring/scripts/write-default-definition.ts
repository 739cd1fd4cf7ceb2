/**
 * Writes src/definitions/digitale-kommune-v1.json from the typed constant, which is where the default
 * questionnaire is edited. Run from the workspace root:
 *   node -r @swc-node/register libs/shared/scoring/scripts/write-default-definition.ts
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIGITALE_KOMMUNE_V1 } from '../src/definitions/digitale-kommune-v1/definition';
import { validateDefinition } from '../src/lib/validation/validate-definition';

const result = validateDefinition(DIGITALE_KOMMUNE_V1);
if (!result.ok) {
  console.error(JSON.stringify(result.errors, null, 2));
  process.exit(1);
}
const target = join(__dirname, '../src/definitions/digitale-kommune-v1.json');
writeFileSync(target, `${JSON.stringify(DIGITALE_KOMMUNE_V1, null, 2)}\n`);
console.log(`Wrote ${target}`);
