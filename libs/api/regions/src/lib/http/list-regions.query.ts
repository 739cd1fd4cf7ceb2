import { REGION_LEVELS, type RegionLevel } from '@digitalcheck/shared-contracts';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';

export const MAX_PAGE_SIZE = 500;

/** `GET /api/v1/regions` query parameters. */
export class ListRegionsQuery {
  @ApiPropertyOptional({ enum: REGION_LEVELS })
  @IsOptional()
  @IsIn(REGION_LEVELS)
  level?: RegionLevel;

  @ApiPropertyOptional({ description: '2-digit Land key, e.g. 07', example: '07' })
  @IsOptional()
  @Matches(/^(0[1-9]|1[0-6])$/, { message: 'land must be a 2-digit Land key (01–16)' })
  land?: string;

  @ApiPropertyOptional({ description: 'e.g. Landkreis, Kreisfreie Stadt, Verbandsgemeinde' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  kind?: string;

  @ApiPropertyOptional({ description: 'ARS of the parent (direct children only)' })
  @IsOptional()
  @Matches(/^(\d{2}|\d{5}|\d{9})$/, { message: 'parent must be a Land, Kreis or Gemeindeverband key' })
  parent?: string;

  @ApiPropertyOptional({ description: 'Start of the name or of a word in it, or a key prefix (digits)' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ minimum: 0, default: 0 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  offset?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_PAGE_SIZE, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  limit?: number;
}
