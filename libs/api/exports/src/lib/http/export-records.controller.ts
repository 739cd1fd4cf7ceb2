import { type Actor, CurrentActor } from '@digitalcheck/api-auth';
import type { ChartExportRecordResponse } from '@digitalcheck/shared-contracts';
import { Body, Controller, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ExportRecordsService, type SignedInActor } from '../records/export-records.service';
import { ChartExportRecordBody } from './exports.dto';

/** Every signed-in role records the chart exports it makes in the browser. */
@ApiTags('exports')
@Controller('exports/records')
export class ExportRecordsController {
  constructor(private readonly records: ExportRecordsService) {}

  @Post()
  @ApiOperation({ summary: 'Records a chart export made in the browser (audit action export.chart); 201 { id }' })
  record(@CurrentActor() actor: Actor, @Body() body: ChartExportRecordBody): Promise<ChartExportRecordResponse> {
    return this.records.record(signedIn(actor), body);
  }
}

/** The guard has made sure someone is signed in on every non-public route. */
export function signedIn(actor: Actor): SignedInActor {
  if (!actor.principal) throw new Error('AuthGuard let an anonymous request through');
  return actor as SignedInActor;
}
