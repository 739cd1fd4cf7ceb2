import { AuditModule } from '@digitalcheck/api-audit';
import { Module } from '@nestjs/common';
import { BoundariesService } from './boundaries/boundaries.service';
import { BoundaryImportService } from './boundaries/boundary-import.service';
import { BoundariesController } from './http/boundaries.controller';
import { RegionImportController } from './http/region-import.controller';
import { RegionsController } from './http/regions.controller';
import { RegionImportService } from './import/region-import.service';
import { RegionsService } from './regions.service';
import { ReferenceSeedService } from './seed/reference-seed.service';

@Module({
  imports: [AuditModule],
  controllers: [RegionImportController, RegionsController, BoundariesController],
  providers: [RegionsService, ReferenceSeedService, RegionImportService, BoundariesService, BoundaryImportService],
  exports: [RegionsService, RegionImportService, BoundaryImportService],
})
export class RegionsModule {}
