import { AuditService } from '@digitalcheck/api-audit';
import type { DefinitionError, QuestionnaireDefinition } from '@digitalcheck/shared-scoring';
import { validateDefinition } from '@digitalcheck/shared-scoring';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { contentHash } from './content-hash';
import { QuestionnaireVersion } from './questionnaire-version.entity';

export type ImportOutcome =
  | { outcome: 'invalid'; errors: DefinitionError[] }
  | { outcome: 'unchanged' | 'created' | 'replaced'; questionnaireId: string; version: number };

export type PublishOutcome = { outcome: 'published' | 'already-published'; version: QuestionnaireVersion } | null;

/** Questionnaire versions: read, import (as draft) and publish. A published version never changes. */
@Injectable()
export class QuestionnairesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  list(): Promise<QuestionnaireVersion[]> {
    return this.dataSource.manager.find(QuestionnaireVersion, { order: { questionnaireId: 'ASC', version: 'ASC' } });
  }

  find(questionnaireId: string, version: number): Promise<QuestionnaireVersion | null> {
    return this.dataSource.manager.findOneBy(QuestionnaireVersion, { questionnaireId, version });
  }

  /**
   * Validates a definition and stores it as a draft: the next version, or in place of the latest version if that is
   * a draft with the same version number. Content equal to the latest version is "unchanged".
   */
  import(json: unknown, actorId: string | null = null): Promise<ImportOutcome> {
    const result = validateDefinition(json);
    if (!result.ok) return Promise.resolve({ outcome: 'invalid', errors: result.errors });
    return this.dataSource.transaction((manager) => this.store(manager, result.definition, actorId));
  }

  private async store(
    manager: EntityManager,
    definition: QuestionnaireDefinition,
    actorId: string | null,
  ): Promise<ImportOutcome> {
    const hash = contentHash(definition);
    const latest = await manager.findOne(QuestionnaireVersion, {
      where: { questionnaireId: definition.id },
      order: { version: 'DESC' },
    });
    const base = { questionnaireId: definition.id };
    if (latest?.contentHash === hash) return { outcome: 'unchanged', ...base, version: latest.version };
    const replace = latest?.status === 'draft' && latest.version === definition.version;
    const version = replace ? latest.version : Math.max(definition.version, (latest?.version ?? 0) + 1);
    const row = { ...base, version, status: 'draft' as const, title: definition.title, contentHash: hash };
    const stored = { ...row, definition: { ...definition, version }, publishedAt: null };
    if (replace) await manager.update(QuestionnaireVersion, { questionnaireId: definition.id, version }, stored);
    else await manager.insert(QuestionnaireVersion, stored);
    const outcome = replace ? 'replaced' : 'created';
    await this.audit.record(manager, {
      action: `questionnaire.import`,
      entityType: 'questionnaire_version',
      entityId: `${definition.id}/${version}`,
      actorId,
      details: { outcome, contentHash: hash },
    });
    return { outcome, ...base, version };
  }

  /** Publishes a draft; null when the version does not exist. */
  publish(questionnaireId: string, version: number, actorId: string | null = null): Promise<PublishOutcome> {
    return this.dataSource.transaction(async (manager) => {
      const row = await manager.findOneBy(QuestionnaireVersion, { questionnaireId, version });
      if (!row) return null;
      if (row.status === 'published') return { outcome: 'already-published', version: row };
      row.status = 'published';
      row.publishedAt = new Date();
      await manager.save(row);
      await this.audit.record(manager, {
        action: 'questionnaire.publish',
        entityType: 'questionnaire_version',
        entityId: `${questionnaireId}/${version}`,
        actorId,
      });
      return { outcome: 'published', version: row };
    });
  }
}
