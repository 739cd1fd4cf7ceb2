import type { FieldProblem } from '@digitalcheck/dashboard-accounts-ui-forms';
import { fieldErrorMessage } from '@digitalcheck/dashboard-accounts-data-access';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@digitalcheck/shared-contracts';

/** Field messages in the order of the form, with the input ids the summary links to. */
export function problemsOf(fields: Record<string, string>, ids: Record<string, string>): FieldProblem[] {
  return Object.keys(ids)
    .filter((field) => fields[field])
    .map((field) => ({ id: ids[field], message: fields[field] }));
}

/** `aria-describedby` from the ids that apply; null when none does. */
export function describedBy(...ids: (string | false | null | undefined)[]): string | null {
  const present = ids.filter((id): id is string => !!id);
  return present.length ? present.join(' ') : null;
}

/** Texts several account pages share. */
export const authTexts = {
  passwordRule: () =>
    $localize`:Password rule hint@@auth.passwordRule:Mindestens ${PASSWORD_MIN_LENGTH}:min: Zeichen. Gut merken lässt sich ein Satz aus mehreren Wörtern.`,
  passwordsDiffer: () => $localize`:Field error@@auth.passwordsDiffer:Die beiden Passwörter stimmen nicht überein.`,
  passwordRequired: () => $localize`:Field error@@auth.passwordRequired:Bitte geben Sie ein Passwort ein.`,
  checkInput: () => $localize`:Error summary title@@auth.checkInput:Bitte prüfen Sie Ihre Eingaben.`,
};

/** Client-side checks of a new password and its repetition, with the same messages the API's errors get. */
export function checkNewPassword(password: string, repeat: string): Record<string, string> {
  const fields: Record<string, string> = {};
  if (!password) fields['password'] = authTexts.passwordRequired();
  else if (password.length < PASSWORD_MIN_LENGTH)
    fields['password'] = fieldErrorMessage({ field: 'password', code: 'minLength' });
  else if (password.length > PASSWORD_MAX_LENGTH)
    fields['password'] = fieldErrorMessage({ field: 'password', code: 'maxLength' });
  if (password && repeat !== password) fields['passwordRepeat'] = authTexts.passwordsDiffer();
  return fields;
}
