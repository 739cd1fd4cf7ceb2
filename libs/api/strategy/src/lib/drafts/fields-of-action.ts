import { DIGITALE_KOMMUNE_V1 } from '@digitalcheck/shared-scoring';

/** The nine fields of action (codes and German titles) a draft may focus on: the questionnaire's P1 rows. */
export const FIELDS_OF_ACTION: readonly { code: string; title: string }[] = DIGITALE_KOMMUNE_V1.sections
  .filter((section) => section.fieldOfAction)
  .map((section) => ({ code: section.code, title: section.title }));

export const FIELD_CODES: readonly string[] = FIELDS_OF_ACTION.map((field) => field.code);

export function fieldTitle(code: string): string {
  return FIELDS_OF_ACTION.find((field) => field.code === code)?.title ?? code;
}
