import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';

export class RegionImportQuery {
  @ApiPropertyOptional({ description: 'File name for the report and the audit log', example: 'gv100ad.csv' })
  @IsOptional()
  @Matches(/^[\w.\- ]{1,64}$/, { message: 'file must be a file name (letters, digits, . _ - and spaces)' })
  file?: string;

  @ApiPropertyOptional({ enum: ['true', 'false'], default: 'false' })
  @IsOptional()
  @IsIn(['true', 'false'], { message: 'dryRun must be true or false' })
  dryRun?: 'true' | 'false';
}
