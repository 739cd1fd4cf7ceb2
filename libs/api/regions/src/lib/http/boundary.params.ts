import { REGION_LEVELS, type RegionLevel } from '@digitalcheck/shared-contracts';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';

export class BoundaryLevelParams {
  @IsIn(REGION_LEVELS)
  level!: RegionLevel;
}

export class BoundaryQuery {
  @ApiPropertyOptional({ description: '2-digit Land key: only this Land’s regions', example: '07' })
  @IsOptional()
  @Matches(/^(0[1-9]|1[0-6])$/, { message: 'land must be a 2-digit Land key (01–16)' })
  land?: string;
}
