/** Readers for one environment variable each: the value, or a problem sentence naming the variable. */
export type Env = Record<string, string | undefined>;

export function integer(
  env: Env,
  name: string,
  fallback: number,
  min: number,
  max: number,
): number | { problem: string } {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
    return { problem: `${name} must be a whole number from ${min} to ${max} (got "${raw}")` };
  }
  return Number(raw);
}

export function boolean(env: Env, name: string, fallback: boolean): boolean | { problem: string } {
  const raw = env[name]?.trim().toLowerCase();
  if (!raw) return fallback;
  if (['true', '1', 'yes'].includes(raw)) return true;
  if (['false', '0', 'no'].includes(raw)) return false;
  return { problem: `${name} must be true or false (got "${env[name]}")` };
}

export function oneOf<T extends string>(
  env: Env,
  name: string,
  allowed: readonly T[],
  fallback: T,
): T | { problem: string } {
  const raw = env[name]?.trim().toLowerCase();
  if (!raw) return fallback;
  if ((allowed as readonly string[]).includes(raw)) return raw as T;
  return { problem: `${name} must be one of ${allowed.join(', ')} (got "${env[name]}")` };
}
