import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@digitalcheck/shared-contracts';
import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, IsString, Length, MaxLength } from 'class-validator';

export class LoginBody {
  @ApiProperty({ example: 'analyse.rlp@demo.example' })
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(254)
  email!: string;

  @ApiProperty()
  @IsString()
  @Length(1, PASSWORD_MAX_LENGTH)
  password!: string;
}

export class PasswordResetBody {
  @ApiProperty()
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(254)
  email!: string;
}

/** A new password: at least 12 characters (NIST SP 800-63B: length, no composition rules). */
export class NewPasswordField {
  @ApiProperty({ minLength: PASSWORD_MIN_LENGTH, maxLength: PASSWORD_MAX_LENGTH })
  @IsString()
  @Length(PASSWORD_MIN_LENGTH, PASSWORD_MAX_LENGTH, {
    message: `password must be ${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters long`,
  })
  password!: string;
}

export class PasswordResetCompletionBody extends NewPasswordField {
  @ApiProperty()
  @IsString()
  @Length(1, 100)
  token!: string;
}
