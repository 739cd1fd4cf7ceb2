/** One plain-text mail. */
export interface Mail {
  to: string;
  subject: string;
  text: string;
}

/**
 * How mails leave the product. Without SMTP_URL the LogMailer writes them to the log, so the product runs
 * without any external service; with it, SmtpMailer delivers them.
 */
export abstract class Mailer {
  /** Resolves once the mail is handed over; rejects if it could not be (the caller reports that). */
  abstract send(mail: Mail): Promise<void>;
}
