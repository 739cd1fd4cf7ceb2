import { ANALYTICS_SPLITS, type AnalyticsSplit, REGION_LEVELS, type RegionLevel } from '@digitalcheck/shared-contracts';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { sizeClassCodes } from '../analytics-model';

const SIZE_CLASSES = sizeClassCodes();

export class AnalyticsWaveParams {
  @IsUUID('all', { message: 'id must be a UUID' })
  id!: string;
}

export class AnalyticsQuestionParams extends AnalyticsWaveParams {
  @Matches(/^[A-Za-z][A-Za-z0-9_]{0,63}$/, { message: 'questionCode must be a question code like A1' })
  questionCode!: string;
}

/** `regionArs=07137&regionArs=07135` or `regionArs=07137,07135`. */
const toList = ({ value }: { value: unknown }) =>
  value === undefined
    ? undefined
    : (Array.isArray(value) ? value : [value]).flatMap((item) => String(item).split(',')).filter((s) => s !== '');

/** The selection of regions: every given filter applies. */
export class AnalyticsFilterQuery {
  @ApiPropertyOptional({ description: '2-digit Land key', example: '07' })
  @IsOptional()
  @Matches(/^(0[1-9]|1[0-6])$/, { message: 'landArs must be a 2-digit Land key (01–16)' })
  landArs?: string;

  @ApiPropertyOptional({ enum: REGION_LEVELS })
  @IsOptional()
  @IsIn(REGION_LEVELS, { message: `level must be one of ${REGION_LEVELS.join(', ')}` })
  level?: RegionLevel;

  @ApiPropertyOptional({ description: 'e.g. Landkreis, Kreisfreie Stadt, Verbandsgemeinde' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  kind?: string;

  @ApiPropertyOptional({ enum: SIZE_CLASSES, description: 'Peer-group size class (shared-regions)' })
  @IsOptional()
  @IsIn(SIZE_CLASSES, { message: `sizeClass must be one of ${SIZE_CLASSES.join(', ')}` })
  sizeClass?: string;

  @ApiPropertyOptional({ type: [String], description: 'Region keys (repeat the parameter or separate by commas)' })
  @IsOptional()
  @Transform(toList)
  @IsArray()
  @ArrayMaxSize(20_000)
  @Matches(/^(\d{5}|\d{9}|\d{12})$/, {
    each: true,
    message: 'each regionArs must be a region key of 5, 9 or 12 digits',
  })
  regionArs?: string[];
}

export class AnalyticsRankingQuery extends AnalyticsFilterQuery {
  @ApiPropertyOptional({ description: '`index` or a field’s section code, e.g. VER', default: 'index' })
  @IsOptional()
  @Matches(/^[A-Za-z][A-Za-z0-9_]{0,63}$/, { message: 'by must be index or a section code like VER' })
  by?: string;
}

export class AnalyticsDistributionQuery extends AnalyticsFilterQuery {
  @ApiPropertyOptional({ enum: ANALYTICS_SPLITS })
  @IsOptional()
  @IsIn(ANALYTICS_SPLITS, { message: `splitBy must be one of ${ANALYTICS_SPLITS.join(', ')}` })
  splitBy?: AnalyticsSplit;
}
