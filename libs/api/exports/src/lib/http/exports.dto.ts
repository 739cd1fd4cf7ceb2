import {
  CHART_EXPORT_FORMATS,
  type ChartExportFormat,
  type ChartExportRecordRequest,
  RAW_EXPORT_FORMATS,
  RAW_EXPORT_PARTS,
  type RawExportFormat,
  type RawExportPart,
} from '@digitalcheck/shared-contracts';
import { CSV_DIALECTS, type CsvDialect } from '@digitalcheck/shared-export';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  Min,
  Validate,
  type ValidationArguments,
  ValidatorConstraint,
  type ValidatorConstraintInterface,
} from 'class-validator';

export const MAX_FILTERS = 20;
export const MAX_TEXT = 200;
const FILE_NAME = /^[a-z0-9][a-z0-9._-]*\.(svg|png|csv|xlsx)$/;

/** The file name's extension is the export's format (`….svg` for `svg`). */
@ValidatorConstraint({ name: 'fileNameMatchesFormat' })
export class FileNameMatchesFormat implements ValidatorConstraintInterface {
  validate(fileName: unknown, args: ValidationArguments): boolean {
    const format = (args.object as { format?: unknown }).format;
    // An unknown format has its own error; the extension is compared with known formats only.
    const known = (CHART_EXPORT_FORMATS as readonly unknown[]).includes(format);
    return typeof fileName !== 'string' || !known || fileName.endsWith(`.${String(format)}`);
  }

  defaultMessage(): string {
    return 'fileName must end with the extension of format';
  }
}

/** A flat object of at most 20 string values of at most 200 characters (keys at most 64). */
@ValidatorConstraint({ name: 'isFilterMap' })
export class IsFilterMap implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
    const entries = Object.entries(value);
    return (
      entries.length <= MAX_FILTERS &&
      entries.every(
        ([key, text]) => key.length > 0 && key.length <= 64 && typeof text === 'string' && text.length <= MAX_TEXT,
      )
    );
  }

  defaultMessage(): string {
    return `filters must be an object of at most ${MAX_FILTERS} entries, each a text of at most ${MAX_TEXT} characters`;
  }
}

/** `POST /api/v1/exports/records`. */
export class ChartExportRecordBody implements ChartExportRecordRequest {
  @ApiProperty({ enum: CHART_EXPORT_FORMATS })
  @IsIn(CHART_EXPORT_FORMATS, { message: `format must be one of ${CHART_EXPORT_FORMATS.join(', ')}` })
  format!: ChartExportFormat;

  @ApiProperty({ example: 'Rangfolge nach Index', maxLength: MAX_TEXT })
  @IsString({ message: 'chart must be a text' })
  @IsNotEmpty({ message: 'chart must not be empty' })
  @MaxLength(MAX_TEXT, { message: `chart must be at most ${MAX_TEXT} characters` })
  chart!: string;

  @ApiProperty({ example: 'rp_2026_index-rangfolge.svg', maxLength: MAX_TEXT })
  @IsString({ message: 'fileName must be a text' })
  @MaxLength(MAX_TEXT, { message: `fileName must be at most ${MAX_TEXT} characters` })
  @Matches(FILE_NAME, {
    message: 'fileName must be lower case letters, digits, ".", "_" or "-" ending in .svg, .png, .csv or .xlsx',
  })
  @Validate(FileNameMatchesFormat)
  fileName!: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'waveId must be a UUID' })
  waveId?: string;

  @ApiPropertyOptional({ type: 'object', additionalProperties: { type: 'string' }, example: { Land: '07' } })
  @IsOptional()
  @Validate(IsFilterMap)
  filters?: Record<string, string>;

  @ApiPropertyOptional({ minimum: 0 })
  @IsOptional()
  @IsInt({ message: 'rows must be a whole number' })
  @Min(0, { message: 'rows must not be negative' })
  rows?: number;
}

export class RawExportParams {
  @IsUUID('all', { message: 'id must be a UUID' })
  id!: string;
}

/** `GET /api/v1/exports/waves/{id}/responses`. */
export class RawExportQuery {
  @ApiPropertyOptional({
    description: '2-digit Land key; analysts: one of their Länder (default: all of them); admins: default all',
    example: '07',
  })
  @IsOptional()
  @Matches(/^(0[1-9]|1[0-6])$/, { message: 'land must be a 2-digit Land key (01–16)' })
  land?: string;

  @ApiPropertyOptional({ enum: RAW_EXPORT_FORMATS, default: 'xlsx' })
  @IsOptional()
  @IsIn(RAW_EXPORT_FORMATS, { message: `format must be one of ${RAW_EXPORT_FORMATS.join(', ')}` })
  format?: RawExportFormat;

  @ApiPropertyOptional({ enum: CSV_DIALECTS, default: 'de', description: 'CSV only' })
  @IsOptional()
  @IsIn(CSV_DIALECTS, { message: `dialect must be one of ${CSV_DIALECTS.join(', ')}` })
  dialect?: CsvDialect;

  @ApiPropertyOptional({ enum: RAW_EXPORT_PARTS, default: 'data', description: 'CSV only: the data or the codebook' })
  @IsOptional()
  @IsIn(RAW_EXPORT_PARTS, { message: `part must be one of ${RAW_EXPORT_PARTS.join(', ')}` })
  part?: RawExportPart;
}
