import { DIGITALE_KOMMUNE_V1, type QuestionnaireDefinition } from '@digitalcheck/shared-scoring';
import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { contentHash } from '../content-hash';
import { QuestionnaireVersion } from '../questionnaire-version.entity';

export type DefaultSeedOutcome = 'seeded' | 'present' | 'differs';

/**
 * Puts the default questionnaire in as published version 1 at start-up, if absent. A stored version 1 with other
 * content is left alone (published versions are immutable) and logged as a warning.
 */
@Injectable()
export class DefaultQuestionnaireSeedService implements OnApplicationBootstrap {
  private readonly logger = new Logger(DefaultQuestionnaireSeedService.name);

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async onApplicationBootstrap(): Promise<void> {
    if (await this.dataSource.showMigrations()) {
      this.logger.warn('default questionnaire not seeded: migrations are pending (run main.js migrate)');
      return;
    }
    const outcome = await this.seed();
    if (outcome === 'seeded') this.logger.log(`default questionnaire ${DIGITALE_KOMMUNE_V1.id} v1 seeded`);
    if (outcome === 'differs') {
      this.logger.warn(`questionnaire ${DIGITALE_KOMMUNE_V1.id} v1 differs from the built-in one; left unchanged`);
    }
  }

  seed(definition: QuestionnaireDefinition = DIGITALE_KOMMUNE_V1): Promise<DefaultSeedOutcome> {
    return this.dataSource.transaction(async (manager) => {
      const hash = contentHash(definition);
      const present = await manager.findOneBy(QuestionnaireVersion, {
        questionnaireId: definition.id,
        version: definition.version,
      });
      if (present) return present.contentHash === hash ? 'present' : 'differs';
      await manager.insert(QuestionnaireVersion, {
        questionnaireId: definition.id,
        version: definition.version,
        status: 'published',
        title: definition.title,
        definition,
        contentHash: hash,
        publishedAt: new Date(),
      });
      return 'seeded';
    });
  }
}
