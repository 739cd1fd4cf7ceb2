import { AuditService } from '@digitalcheck/api-audit';
import { DefaultQuestionnaireSeedService, QuestionnairesService } from '@digitalcheck/api-questionnaires';
import type { DataSource } from 'typeorm';
import { parseCliArgs } from './cli-args';
import { readInput } from './regions-import';
import { createLogger, openDatabase, readConfig, StartupError } from './startup';

async function withQuestionnaires(run: (service: QuestionnairesService) => Promise<void>): Promise<void> {
  const config = readConfig();
  const dataSource: DataSource = await openDatabase(config, createLogger({ ...config, logLevel: 'warn' }), true);
  try {
    await new DefaultQuestionnaireSeedService(dataSource).seed();
    await run(new QuestionnairesService(dataSource, new AuditService()));
  } finally {
    await dataSource.destroy();
  }
}

function parseJson(file: string): unknown {
  try {
    return JSON.parse(readInput(file).toString('utf8'));
  } catch (error) {
    if (error instanceof StartupError) throw error;
    throw new StartupError(`${file} is not valid JSON: ${(error as Error).message}`);
  }
}

/**
 * `main.js questionnaires:import FILE`: validates a definition and stores it as a draft version. On errors prints
 * one `path code message` line each, writes nothing and exits 1.
 */
export async function questionnairesImport(args: string[] = process.argv.slice(3)): Promise<void> {
  const { file } = parseCliArgs(args, 'Usage: main.js questionnaires:import FILE', [], []);
  const json = parseJson(file);
  await withQuestionnaires(async (service) => {
    const result = await service.import(json);
    if (result.outcome === 'invalid') {
      for (const error of result.errors) process.stdout.write(`${error.path || '/'} ${error.code} ${error.message}\n`);
      process.stdout.write(`${result.errors.length} error(s); nothing was imported.\n`);
      process.exitCode = 1;
      return;
    }
    const name = `${result.questionnaireId} v${result.version}`;
    const text = { unchanged: 'unchanged', created: 'imported as draft', replaced: 'draft replaced' }[result.outcome];
    process.stdout.write(`${name}: ${text}\n`);
  });
}

/** `main.js questionnaires:publish ID VERSION`. */
export async function questionnairesPublish(args: string[] = process.argv.slice(3)): Promise<void> {
  const usage = 'Usage: main.js questionnaires:publish ID VERSION';
  const [id, versionText] = args;
  const version = Number(versionText);
  if (args.length !== 2 || !Number.isInteger(version) || version < 1) throw new StartupError(usage);
  await withQuestionnaires(async (service) => {
    const result = await service.publish(id, version);
    if (!result) throw new StartupError(`There is no questionnaire ${id} version ${version}.`);
    const already = result.outcome === 'already-published';
    process.stdout.write(`${id} v${version}: ${already ? 'already published; nothing changed' : 'published'}\n`);
  });
}
