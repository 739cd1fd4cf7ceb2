import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsInt,
  IsObject,
  IsOptional,
  Matches,
  Max,
  Min,
  registerDecorator,
  type ValidationOptions,
} from 'class-validator';

const ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,63}$/;

export class QuestionnaireParams {
  @Matches(ID_PATTERN, { message: 'id must be a questionnaire id (lower-case letters, digits, hyphens)' })
  id!: string;
}

export class QuestionnaireVersionParams extends QuestionnaireParams {
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  version!: number;
}

export class DiffQuery {
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  from!: number;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  to!: number;
}

function MaxKeys(max: number, options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'maxKeys',
      target: target.constructor,
      propertyName: String(propertyName),
      constraints: [max],
      options: { message: `$property must have at most ${max} keys`, ...options },
      validator: {
        validate: (value: unknown) => typeof value !== 'object' || value === null || Object.keys(value).length <= max,
      },
    });
}

export class ScorePreviewBody {
  @ApiProperty({ description: 'Answers by question code', type: 'object', additionalProperties: true })
  @IsObject()
  @MaxKeys(1000)
  answers!: Record<string, unknown>;

  @ApiPropertyOptional({ description: 'Reference population for rates when the population question is empty' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100_000_000)
  referencePopulation?: number;
}
