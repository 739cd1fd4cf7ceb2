import { QuestionnaireVersion } from '@digitalcheck/api-questionnaires';
import type { QuestionnaireDefinition } from '@digitalcheck/shared-scoring';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/**
 * Published questionnaire definitions by (id, version), parsed once per process. Published versions never
 * change (a trigger refuses it), so entries never go stale, and shared-scoring's compiled lookups (cached per
 * definition object) stay warm: an answer save reads no definition from the database.
 */
@Injectable()
export class DefinitionCache {
  private readonly definitions = new Map<string, Promise<QuestionnaireDefinition | null>>();

  /** The published definition, or null when there is no such published version. */
  published(manager: EntityManager, questionnaireId: string, version: number): Promise<QuestionnaireDefinition | null> {
    const key = `${questionnaireId}@${version}`;
    let entry = this.definitions.get(key);
    if (!entry) {
      entry = manager
        .findOneBy(QuestionnaireVersion, { questionnaireId, version, status: 'published' })
        .then((row) => row?.definition ?? null);
      // Only published versions are cached; a miss (or a failed read) is asked again next time.
      entry.then(
        (definition) => definition === null && this.definitions.delete(key),
        () => this.definitions.delete(key),
      );
      this.definitions.set(key, entry);
    }
    return entry;
  }

  /** For a wave's version, which was published when the wave was made: a missing one is a broken invariant. */
  async forWave(manager: EntityManager, questionnaireId: string, version: number): Promise<QuestionnaireDefinition> {
    const definition = await this.published(manager, questionnaireId, version);
    if (!definition) throw new Error(`questionnaire ${questionnaireId} v${version} is not published`);
    return definition;
  }
}
