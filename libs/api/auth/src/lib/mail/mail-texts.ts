import type { Mail } from './mailer';

const SIGNATURE = '\n\n-- \nDigitalcheck Kommune\nDiese E-Mail wurde automatisch erstellt.';

export function passwordResetMail(to: string, link: string, validMinutes: number): Mail {
  return {
    to,
    subject: 'Digitalcheck Kommune: Passwort zurücksetzen',
    text:
      `Guten Tag,\n\nfür Ihr Konto bei Digitalcheck Kommune wurde ein neues Passwort angefordert. ` +
      `Über diesen Link können Sie es innerhalb von ${validMinutes} Minuten festlegen:\n\n${link}\n\n` +
      `Der Link gilt nur einmal. Wenn Sie kein neues Passwort angefordert haben, können Sie diese E-Mail ` +
      `ignorieren; Ihr bisheriges Passwort bleibt gültig.${SIGNATURE}`,
  };
}

export function invitationMail(to: string, link: string, scope: string, expiresAt: Date): Mail {
  const until = expiresAt.toLocaleDateString('de-DE', { timeZone: 'Europe/Berlin' });
  return {
    to,
    subject: 'Einladung zu Digitalcheck Kommune',
    text:
      `Guten Tag,\n\nSie wurden eingeladen, bei Digitalcheck Kommune mitzuarbeiten: ${scope}.\n\n` +
      `Über diesen Link nehmen Sie die Einladung an und legen Ihr Passwort fest (gültig bis ${until}):\n\n` +
      `${link}\n\nDer Link gilt nur einmal.${SIGNATURE}`,
  };
}
