import type { SaveStrategyRequest, StrategyContent, StrategyMeasure } from '@digitalcheck/shared-contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsDefined,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { FIELD_CODES } from '../drafts/fields-of-action';
import { MONTH_PATTERN, STRATEGY_LIMITS } from '../drafts/strategy-limits';

export class ResponseIdParams {
  @IsUUID('all', { message: 'id must be a UUID' })
  id!: string;
}

export class StrategyVersionParams extends ResponseIdParams {
  @Type(() => Number)
  @IsInt({ message: 'version must be a whole number' })
  @Min(1, { message: 'version must be at least 1' })
  version!: number;
}

export class WaveIdParams {
  @IsUUID('all', { message: 'id must be a UUID' })
  id!: string;
}

export class StrategyPlansQuery {
  @ApiPropertyOptional({ description: '2-digit Land key', example: '07' })
  @IsOptional()
  @Matches(/^(0[1-9]|1[0-6])$/, { message: 'landArs must be a 2-digit Land key (01–16)' })
  landArs?: string;
}

export class StrategyMeasureBody implements StrategyMeasure {
  @ApiProperty()
  @IsString()
  @Length(1, 64, { message: 'measureId must name a measure of the catalogue' })
  measureId!: string;

  @ApiProperty({ example: 'Bis Ende 2027 sind alle Ortsgemeinden in der Dorf-App.' })
  @IsString()
  @MaxLength(STRATEGY_LIMITS.goalLength, { message: `goal must be at most ${STRATEGY_LIMITS.goalLength} characters` })
  goal!: string;

  @ApiProperty({ example: 'Büro des Bürgermeisters' })
  @IsString()
  @MaxLength(STRATEGY_LIMITS.responsibleLength, {
    message: `responsible must be at most ${STRATEGY_LIMITS.responsibleLength} characters`,
  })
  responsible!: string;

  @ApiProperty({ nullable: true, example: '2027-01' })
  @ValidateIf((_, value) => value !== null)
  @Matches(MONTH_PATTERN, { message: 'startMonth must be a month like 2027-01' })
  startMonth!: string | null;

  @ApiProperty({ nullable: true, example: '2027-12' })
  @ValidateIf((_, value) => value !== null)
  @Matches(MONTH_PATTERN, { message: 'endMonth must be a month like 2027-12' })
  endMonth!: string | null;

  @ApiProperty({ nullable: true, example: 25000 })
  @ValidateIf((_, value) => value !== null)
  @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 2 }, { message: 'budgetEur must be a number' })
  @Min(0, { message: 'budgetEur must not be negative' })
  @Max(STRATEGY_LIMITS.maxBudgetEur, { message: 'budgetEur is too large' })
  budgetEur!: number | null;
}

export class StrategyContentBody implements StrategyContent {
  @ApiProperty({ example: ['VER', 'TOU'] })
  @IsArray()
  @ArrayMaxSize(STRATEGY_LIMITS.maxFocusFields, {
    message: `focusFields may name at most ${STRATEGY_LIMITS.maxFocusFields} fields`,
  })
  @ArrayUnique({ message: 'focusFields must not repeat a field' })
  @IsIn(FIELD_CODES, { each: true, message: `focusFields must be field codes (${FIELD_CODES.join(', ')})` })
  focusFields!: string[];

  @ApiProperty()
  @IsString()
  @MaxLength(STRATEGY_LIMITS.visionLength, {
    message: `vision must be at most ${STRATEGY_LIMITS.visionLength} characters`,
  })
  vision!: string;

  @ApiProperty({ type: [StrategyMeasureBody] })
  @IsArray()
  @ArrayMaxSize(STRATEGY_LIMITS.maxMeasures, { message: `measures may hold at most ${STRATEGY_LIMITS.maxMeasures}` })
  @ValidateNested({ each: true })
  @Type(() => StrategyMeasureBody)
  measures!: StrategyMeasureBody[];
}

export class SaveStrategyBody implements SaveStrategyRequest {
  @ApiProperty({ description: 'The version the client edited; 0 before the first save', example: 0 })
  @IsInt({ message: 'baseVersion must be a whole number' })
  @Min(0, { message: 'baseVersion must not be negative' })
  baseVersion!: number;

  @ApiProperty({ type: StrategyContentBody })
  @IsDefined({ message: 'content is required' })
  @ValidateNested()
  @Type(() => StrategyContentBody)
  content!: StrategyContentBody;
}
