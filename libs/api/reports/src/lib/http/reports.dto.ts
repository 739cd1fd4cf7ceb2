import { IsUUID, Matches } from 'class-validator';

export class ReportWaveParams {
  @IsUUID('all', { message: 'id must be a UUID' })
  id!: string;
}

export class LandReportParams extends ReportWaveParams {
  @Matches(/^(0[1-9]|1[0-6])$/, { message: 'land must be a 2-digit Land key (01–16)' })
  land!: string;
}

export class RegionReportParams extends ReportWaveParams {
  @Matches(/^(\d{5}|\d{9}|\d{12})$/, { message: 'ars must be a region key of 5, 9 or 12 digits' })
  ars!: string;
}
