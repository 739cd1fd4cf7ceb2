import { BoundaryPack } from './boundaries/boundary-pack.entity';
import { CreateRegion1764100000000 } from './migrations/1764100000000-create-region';
import { CreateBoundaryPack1764100000001 } from './migrations/1764100000001-create-boundary-pack';
import { Region } from './region.entity';

/** This module's part of the database schema, collected by the API's composition root. */
export const regionEntities = [Region, BoundaryPack];
export const regionMigrations = [CreateRegion1764100000000, CreateBoundaryPack1764100000001];
