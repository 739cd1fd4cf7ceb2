/**
 * Failed sign-ins allowed per window before a key is locked. Per account the limit is low (guessing one
 * person's password); per IP it is higher, because a town hall's staff share one address.
 */
export interface ThrottleLimit {
  maxFailures: number;
  windowMinutes: number;
  lockMinutes: number;
}

export const LOGIN_THROTTLE = {
  account: { maxFailures: 5, windowMinutes: 15, lockMinutes: 15 },
  ip: { maxFailures: 30, windowMinutes: 15, lockMinutes: 15 },
  /** Password-reset mails per account. */
  reset: { maxFailures: 3, windowMinutes: 60, lockMinutes: 60 },
} satisfies Record<string, ThrottleLimit>;
