import { StrategyDraftEntity } from './entities/strategy-draft.entity';
import { StrategyVersionEntity } from './entities/strategy-version.entity';
import { CreateStrategy1764600000000 } from './migrations/1764600000000-create-strategy';

/** This module's part of the database schema, collected by the API's composition root. */
export const strategyEntities = [StrategyDraftEntity, StrategyVersionEntity];
export const strategyMigrations = [CreateStrategy1764600000000];
