import { AuditModule } from '@digitalcheck/api-audit';
import { APP_CONFIG, type AppConfig } from '@digitalcheck/api-config';
import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuthGuard } from './access/auth.guard';
import { AuthController } from './http/auth.controller';
import { OidcController } from './http/oidc.controller';
import { LoginThrottleService } from './login/login-throttle.service';
import { LoginService } from './login/login.service';
import { LogMailer } from './mail/log-mailer';
import { Mailer } from './mail/mailer';
import { SmtpMailer } from './mail/smtp-mailer';
import { OidcService } from './oidc/oidc.service';
import { PasswordResetService } from './password-reset/password-reset.service';
import { SessionService } from './sessions/session.service';
import { AccountProvisioningService } from './users/account-provisioning.service';
import { PasswordHasher } from './users/password-hasher';

/**
 * Sign-in, sessions and the guard every API route passes (registered globally: routes are closed unless
 * marked @Public()).
 */
@Module({
  imports: [AuditModule],
  controllers: [AuthController, OidcController],
  providers: [
    PasswordHasher,
    SessionService,
    LoginThrottleService,
    LoginService,
    PasswordResetService,
    AccountProvisioningService,
    OidcService,
    {
      provide: Mailer,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) =>
        config.auth.smtpUrl ? new SmtpMailer(config.auth.smtpUrl, config.auth.mailFrom) : new LogMailer(),
    },
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [PasswordHasher, SessionService, LoginService, Mailer, AccountProvisioningService],
})
export class AuthModule {}
