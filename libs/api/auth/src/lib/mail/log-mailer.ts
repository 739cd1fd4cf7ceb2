import { Injectable, Logger } from '@nestjs/common';
import { Mail, Mailer } from './mailer';

/** Writes each mail to the log (info level, `mail` field) instead of sending it. */
@Injectable()
export class LogMailer extends Mailer {
  private readonly logger = new Logger('Mail');

  async send(mail: Mail): Promise<void> {
    this.logger.log({ mail }, `mail to ${mail.to} written to the log (no SMTP_URL configured)`);
  }
}
