import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsUUID, Matches } from 'class-validator';
import { AnalyticsFilterQuery, AnalyticsWaveParams } from './analytics.dto';

const REGION_KEY = /^(\d{5}|\d{9}|\d{12})$/;
const REGION_KEY_MESSAGE = 'ars must be a region key of 5, 9 or 12 digits';
const QUESTION_CODE = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;

export class AnalyticsRegionParams extends AnalyticsWaveParams {
  @Matches(REGION_KEY, { message: REGION_KEY_MESSAGE })
  ars!: string;
}

export class AnalyticsRegionTrendParams {
  @Matches(REGION_KEY, { message: REGION_KEY_MESSAGE })
  ars!: string;
}

export class AnalyticsQuestionTrendParams {
  @Matches(QUESTION_CODE, { message: 'questionCode must be a question code like A1' })
  questionCode!: string;
}

/** `waveId=…&waveId=…` or `waveId=…,…`. */
const toList = ({ value }: { value: unknown }) =>
  value === undefined
    ? undefined
    : (Array.isArray(value) ? value : [value]).flatMap((item) => String(item).split(',')).filter((s) => s !== '');

export class AnalyticsQuestionTrendQuery extends AnalyticsFilterQuery {
  @ApiProperty({
    type: [String],
    description: '2 to 10 distinct wave ids (repeat the parameter or separate by commas)',
  })
  @Transform(toList)
  @IsArray({ message: 'waveId must list 2 to 10 wave ids' })
  @ArrayMinSize(2, { message: 'waveId must list at least 2 waves' })
  @ArrayMaxSize(10, { message: 'waveId must list at most 10 waves' })
  @ArrayUnique({ message: 'waveId must not list a wave twice' })
  @IsUUID('all', { each: true, message: 'each waveId must be a UUID' })
  waveId!: string[];
}
