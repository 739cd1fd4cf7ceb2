import type { AnswerSaveRequest, WaveRegionSelector } from '@digitalcheck/shared-contracts';
import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
  ValidateBy,
  ValidateNested,
} from 'class-validator';

const REGION_KEY = /^(\d{5}|\d{9}|\d{12})$/;
const REGION_KEY_MESSAGE = 'must be a region key of 5, 9 or 12 digits';
const QUESTION_CODE = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;

export class WaveIdParams {
  @IsUUID('all', { message: 'id must be a UUID' })
  id!: string;
}

export class WaveRegionParams extends WaveIdParams {
  @Matches(REGION_KEY, { message: `ars ${REGION_KEY_MESSAGE}` })
  ars!: string;
}

export class ResponseIdParams extends WaveIdParams {}

export class AnswerParams extends WaveIdParams {
  @Matches(QUESTION_CODE, { message: 'questionCode must be a question code like A1' })
  questionCode!: string;
}

export class WaveRegionSelectorBody implements WaveRegionSelector {
  @ApiProperty({ example: '07' })
  @Matches(/^\d{2}$/, { message: 'landArs must be a Land key of 2 digits' })
  landArs!: string;

  @ApiProperty({ enum: ['KREIS', 'GEMEINDEVERBAND', 'GEMEINDE'] })
  @IsIn(['KREIS', 'GEMEINDEVERBAND', 'GEMEINDE'])
  level!: 'KREIS' | 'GEMEINDEVERBAND' | 'GEMEINDE';
}

export class WaveCreateBody {
  @ApiProperty({ example: 'Standortbestimmung 2026' })
  @IsString()
  @Length(1, 200)
  @Matches(/\S/, { message: 'title must not be blank' })
  title!: string;

  @ApiProperty({ example: 'digitale-kommune' })
  @IsString()
  @Length(1, 64)
  questionnaireId!: string;

  @ApiProperty({ example: 1 })
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  questionnaireVersion!: number;

  @ApiPropertyOptional({ type: [String], example: ['07137', '07135'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20_000)
  @Matches(REGION_KEY, { each: true, message: `each regionArs ${REGION_KEY_MESSAGE}` })
  regionArs?: string[];

  @ApiPropertyOptional({ type: [WaveRegionSelectorBody], description: 'All regions of a level in a Land' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => WaveRegionSelectorBody)
  selectors?: WaveRegionSelectorBody[];

  @ApiProperty({ example: '2026-03-01T00:00:00+01:00' })
  @IsISO8601({ strict: true }, { message: 'startsAt must be an ISO timestamp' })
  startsAt!: string;

  @ApiProperty({ example: '2026-05-01T00:00:00+02:00', description: 'Exclusive' })
  @IsISO8601({ strict: true }, { message: 'endsAt must be an ISO timestamp' })
  endsAt!: string;
}

export class WaveUpdateBody extends PartialType(WaveCreateBody) {}

export class WaveExtendBody {
  @ApiProperty({ example: '2026-05-15T00:00:00+02:00' })
  @IsISO8601({ strict: true }, { message: 'endsAt must be an ISO timestamp' })
  endsAt!: string;
}

/** `value` may be null (clears the answer) but must be present. */
const IsPresent = () =>
  ValidateBy({
    name: 'isDefined',
    validator: {
      validate: (value: unknown) => value !== undefined,
      defaultMessage: () => 'value must be present (null clears the answer)',
    },
  });

export class AnswerSaveBody implements AnswerSaveRequest {
  @ApiProperty({ description: 'The answer as shared-scoring defines it per question type; null clears it' })
  @IsPresent()
  value!: unknown;

  @ApiProperty({ description: 'The version the client edited; 0 when the question had no answer', example: 0 })
  @IsInt()
  @Min(0)
  @Max(2_147_483_647)
  baseVersion!: number;

  @ApiProperty({ description: 'Client-generated UUID of this save; repeats return the original result' })
  @IsUUID('all', { message: 'operationId must be a UUID' })
  operationId!: string;
}

export class ResponseReopenBody {
  @ApiProperty({ example: 'Zahlen zu A4 werden korrigiert' })
  @IsString()
  @Length(1, 1000)
  @Matches(/\S/, { message: 'reason must not be blank' })
  reason!: string;
}
