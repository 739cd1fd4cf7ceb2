import { ROLES, type Role, USER_STATUSES, type UserStatus } from '@digitalcheck/shared-contracts';
import { INVITATION_STATUSES, type InvitationStatus } from '@digitalcheck/shared-contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';

const REGION_KEY = /^(\d{2}|\d{5}|\d{9}|\d{12})$/;
const REGION_KEY_MESSAGE = 'regionArs must be a region key of 2, 5, 9 or 12 digits';

export class PageQuery {
  @ApiPropertyOptional({ minimum: 0, default: 0 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  offset = 0;

  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit = 50;
}

export class ListUsersQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'Part of the name or email' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ enum: USER_STATUSES })
  @IsOptional()
  @IsIn(USER_STATUSES)
  status?: UserStatus;
}

export class IdParams {
  @IsUUID('all', { message: 'id must be a UUID' })
  id!: string;
}

export class UserStatusBody {
  @ApiProperty({ enum: ['active', 'disabled'] })
  @IsIn(['active', 'disabled'])
  status!: 'active' | 'disabled';
}

export class ScopeBody {
  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES)
  role!: Role;

  @ApiProperty({ nullable: true, description: 'null for ADMIN; a Land key for STATE_ANALYST; a region for RESPONDENT' })
  @ValidateIf((body: ScopeBody) => body.role !== 'ADMIN' || body.regionArs !== null)
  @Matches(REGION_KEY, { message: REGION_KEY_MESSAGE })
  regionArs!: string | null;
}

export class InvitationBody extends ScopeBody {
  @ApiProperty({ example: 'digitalisierung@kreis-myk.de' })
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(254)
  email!: string;
}

export class ListInvitationsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: INVITATION_STATUSES })
  @IsOptional()
  @IsIn(INVITATION_STATUSES)
  status?: InvitationStatus;
}

export class BulkInvitationBody {
  @ApiProperty({ description: 'CSV text, header `region;email`' })
  @IsString()
  @Length(1, 500_000)
  csv!: string;

  @ApiProperty({ enum: ['RESPONDENT', 'STATE_ANALYST'] })
  @IsIn(['RESPONDENT', 'STATE_ANALYST'])
  role!: 'RESPONDENT' | 'STATE_ANALYST';

  @ApiPropertyOptional({ default: false })
  // Absent means false; null is refused rather than taken as absent, which would turn a dry run into a real one.
  @ValidateIf((body: BulkInvitationBody) => body.dryRun !== undefined)
  @IsBoolean()
  dryRun?: boolean;
}

export class InvitationTokenBody {
  @ApiProperty()
  @IsString()
  @Length(1, 100)
  token!: string;
}

export class InvitationAcceptanceBody extends InvitationTokenBody {
  @ApiProperty({ description: 'New password (new account) or the existing account’s password' })
  @IsString()
  @Length(1, 200)
  password!: string;

  @ApiPropertyOptional({ description: 'Required for a new account' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  displayName?: string;
}

export class AuditQueryParams {
  @ApiPropertyOptional({ example: 'auth.login_failed' })
  @IsOptional()
  @Matches(/^[a-z_.]{1,64}$/, { message: 'action must be an action name like auth.login' })
  action?: string;

  @ApiPropertyOptional({ description: 'Region key or key prefix (07 = all of Rheinland-Pfalz)' })
  @IsOptional()
  @Matches(REGION_KEY, { message: REGION_KEY_MESSAGE })
  regionArs?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(254)
  actorEmail?: string;

  @ApiPropertyOptional({ description: 'ISO date or timestamp, inclusive' })
  @IsOptional()
  @IsISO8601({}, { message: 'from must be an ISO date' })
  from?: string;

  @ApiPropertyOptional({ description: 'ISO date or timestamp, exclusive' })
  @IsOptional()
  @IsISO8601({}, { message: 'to must be an ISO date' })
  to?: string;

  @ApiPropertyOptional({ description: 'Id of the last entry of the previous page' })
  @IsOptional()
  @Matches(/^\d{1,18}$/, { message: 'before must be an entry id' })
  before?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 500, default: 100 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  limit = 100;
}
