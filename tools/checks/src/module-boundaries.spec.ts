import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const workspaceRoot = join(__dirname, '../../..');

/** Lints `code` as if it were the file at `path` (the file need not exist) and returns the boundary messages. */
function boundaryErrors(path: string, code: string): string[] {
  const result = spawnSync(
    process.execPath,
    [
      join(workspaceRoot, 'node_modules/eslint/bin/eslint.js'),
      '--stdin',
      '--stdin-filename',
      join(workspaceRoot, path),
      '--format',
      'json',
    ],
    { cwd: workspaceRoot, input: code, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } },
  );
  if (!result.stdout) throw new Error(`eslint did not run: ${result.stderr}`);
  const [report] = JSON.parse(result.stdout) as Array<{ messages: Array<{ ruleId: string | null; message: string }> }>;
  return report.messages
    .filter((message) => message.ruleId === '@nx/enforce-module-boundaries')
    .map((message) => message.message);
}

describe('module boundaries (@nx/enforce-module-boundaries)', () => {
  it('forbids shared code to import API code', () => {
    expect(
      boundaryErrors(
        'libs/shared/contracts/src/lib/probe.ts',
        "import { loadConfig } from '@digitalcheck/api-config';\nexport const probe = loadConfig;\n",
      ),
    ).toEqual(['A project tagged with "scope:shared" can only depend on libs tagged with "scope:shared"']);
  });

  it('forbids the API to import dashboard code', () => {
    expect(
      boundaryErrors(
        'libs/api/system/src/lib/probe.ts',
        "import { databaseLabel } from '@digitalcheck/dashboard-system-data-access';\nexport const probe = databaseLabel;\n",
      ),
    ).toEqual(['A project tagged with "scope:api" can only depend on libs tagged with "scope:api", "scope:shared"']);
  });

  // api-platform is a util library that no feature depends on, so the probe import cannot also close a cycle.
  it('forbids a util library to import a feature library', () => {
    expect(
      boundaryErrors(
        'libs/api/platform/src/lib/probe.ts',
        "import { AuditService } from '@digitalcheck/api-audit';\nexport const probe = AuditService;\n",
      ),
    ).toEqual(['A project tagged with "type:util" can only depend on libs tagged with "type:util"']);
  });

  it('allows what the layers allow: a feature using data-access and shared contracts', () => {
    expect(
      boundaryErrors(
        'libs/api/system/src/lib/probe.ts',
        "import { pendingMigrations } from '@digitalcheck/api-database';\nimport type { SystemInfo } from '@digitalcheck/shared-contracts';\nexport const probe: [typeof pendingMigrations, SystemInfo | null] = [pendingMigrations, null];\n",
      ),
    ).toEqual([]);
  });
});
