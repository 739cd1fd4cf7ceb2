/** Limits of a draft, checked by the request DTOs (field-level 400s). */
export const STRATEGY_LIMITS = {
  /** While drafting 0–3; the "2–3" is what the page asks for before an export makes sense. */
  maxFocusFields: 3,
  maxMeasures: 30,
  visionLength: 4000,
  goalLength: 2000,
  responsibleLength: 200,
  maxBudgetEur: 1_000_000_000,
} as const;

/** "2027-01": a month, years 2000–2099. */
export const MONTH_PATTERN = /^20\d{2}-(0[1-9]|1[0-2])$/;
