import {
  MEASURE_EFFORTS,
  type MeasureEffort,
  type MeasureExample,
  type MeasureInput,
} from '@digitalcheck/shared-contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsDefined,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { FIELD_CODES } from '../measure-rules';

const MAX_COST = 100_000_000;

export class MeasureIdParams {
  @IsUUID('all', { message: 'id must be a UUID' })
  id!: string;
}

export class MeasureListQuery {
  @ApiPropertyOptional({ enum: FIELD_CODES, description: 'Only the measures of this field of action' })
  @IsOptional()
  @IsIn(FIELD_CODES, { message: `field must be one of ${FIELD_CODES.join(', ')}` })
  field?: string;

  @ApiPropertyOptional({ enum: ['true', 'false'], default: 'false' })
  @IsOptional()
  @IsIn(['true', 'false'], { message: 'includeArchived must be true or false' })
  includeArchived?: 'true' | 'false';
}

export class MeasureExampleBody implements MeasureExample {
  @ApiProperty({ example: 'Dorf-App der Verbandsgemeinde Musterhausen' })
  @IsString()
  @Length(1, 200)
  @Matches(/\S/, { message: 'title must not be blank' })
  title!: string;

  @ApiProperty()
  @IsString()
  @Length(1, 4000)
  @Matches(/\S/, { message: 'description must not be blank' })
  description!: string;
}

/** What create and update share: everything but `archived` (optional on create, required on update). */
export class MeasureFieldsBody implements Omit<MeasureInput, 'archived'> {
  @ApiProperty({ example: 'VER-08', description: 'The field code, a hyphen and two or three digits' })
  @IsString()
  @Matches(/^[A-Z]{3}-\d{2,3}$/, { message: 'code must look like VER-08 (field, hyphen, two or three digits)' })
  code!: string;

  @ApiProperty({ enum: FIELD_CODES })
  @IsIn(FIELD_CODES, { message: `field must be one of ${FIELD_CODES.join(', ')}` })
  field!: string;

  @ApiProperty({ example: 'Online-Terminvergabe im Bürgerbüro' })
  @IsString()
  @Length(3, 200)
  @Matches(/\S/, { message: 'title must not be blank' })
  title!: string;

  @ApiProperty()
  @IsString()
  @Length(1, 4000)
  @Matches(/\S/, { message: 'description must not be blank' })
  description!: string;

  @ApiProperty({ enum: MEASURE_EFFORTS })
  @IsIn(MEASURE_EFFORTS, { message: `effort must be one of ${MEASURE_EFFORTS.join(', ')}` })
  effort!: MeasureEffort;

  @ApiProperty({ example: 2000, description: 'Euro' })
  @IsInt()
  @Min(0)
  @Max(MAX_COST)
  costMin!: number;

  @ApiProperty({ example: 12000, description: 'Euro, at least costMin' })
  @IsInt()
  @Min(0)
  @Max(MAX_COST)
  costMax!: number;

  @ApiProperty({
    type: 'object',
    nullable: true,
    additionalProperties: true,
    description: 'A condition in the questionnaire condition language, or null',
    example: { q: 'A1', in: ['a', 'b'] },
  })
  @ValidateIf((_body: unknown, value: unknown) => value !== null)
  @IsObject({ message: 'prerequisite must be a condition object or null' })
  prerequisite!: Record<string, unknown> | null;

  @ApiProperty({ type: [String], example: ['V4'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @IsString({ each: true })
  improves!: string[];

  @ApiProperty({ type: MeasureExampleBody })
  @IsDefined()
  @ValidateNested()
  @Type(() => MeasureExampleBody)
  example!: MeasureExampleBody;
}

/** `POST /api/v1/measures`: a new measure (archived defaults to false). */
export class MeasureCreateBody extends MeasureFieldsBody {
  @ApiPropertyOptional({ default: false })
  @IsOptional()
  @IsBoolean()
  archived?: boolean;
}

/** `PUT /api/v1/measures/{id}`: the whole measure, on top of the version that was edited; archived=true archives. */
export class MeasureUpdateBody extends MeasureFieldsBody {
  @ApiProperty({ description: 'Archived measures are no longer suggested' })
  @IsBoolean()
  archived!: boolean;

  @ApiProperty({ example: 1, description: 'The version the edit started from; 409 MEASURE_CONFLICT when stale' })
  @IsInt()
  @Min(1)
  baseVersion!: number;
}
