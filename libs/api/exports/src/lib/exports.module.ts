import { AuditModule } from '@digitalcheck/api-audit';
import { SurveysModule } from '@digitalcheck/api-surveys';
import { Module } from '@nestjs/common';
import { ExportRecordsController } from './http/export-records.controller';
import { RawExportController } from './http/raw-export.controller';
import { RawExportService } from './raw/raw-export.service';
import { ExportRecordsService } from './records/export-records.service';

/** Exports for reports (issue 8): records of the browser's chart exports, and the streamed raw data export. */
@Module({
  imports: [AuditModule, SurveysModule],
  controllers: [ExportRecordsController, RawExportController],
  providers: [ExportRecordsService, RawExportService],
})
export class ExportsModule {}
