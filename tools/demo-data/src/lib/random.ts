/**
 * Seeded randomness. Every draw comes from its own small stream named by what it is for (seed, region,
 * year, question …), so a region's answers do not depend on which other regions are in the list or in which
 * order they come, and adding a question does not reshuffle the others.
 */

/** A uniform number in [0, 1). */
export type Uniform = () => number;

/** mulberry32: a tiny 32-bit generator, plenty for synthetic survey answers (not for anything secret). */
export function mulberry32(seed: number): Uniform {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a over the UTF-16 code units of `text`, as an unsigned 32-bit number. */
export function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  // A final avalanche, so that names differing in their last character start far apart.
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** The stream named by `parts` (joined with a separator no part contains). */
export function stream(...parts: Array<string | number>): Draw {
  return new Draw(mulberry32(hash32(parts.join('\u001f'))));
}

/** Convenience draws on top of one uniform stream. */
export class Draw {
  constructor(readonly uniform: Uniform) {}

  /** True with probability p. */
  chance(p: number): boolean {
    return this.uniform() < p;
  }

  /** Uniform in [min, max). */
  between(min: number, max: number): number {
    return min + (max - min) * this.uniform();
  }

  /** Standard normal (Box–Muller). */
  normal(): number {
    const u = 1 - this.uniform(); // (0, 1]: log(0) never happens
    const v = this.uniform();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  /** One element, uniformly. */
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.uniform() * items.length)];
  }

  /** One element with probability proportional to its weight (weights ≥ 0, not all 0). */
  weighted<T>(items: ReadonlyArray<readonly [T, number]>): T {
    const total = items.reduce((sum, [, weight]) => sum + weight, 0);
    let rest = this.uniform() * total;
    for (const [item, weight] of items) {
      rest -= weight;
      if (rest < 0) return item;
    }
    return items[items.length - 1][0];
  }

  /** `count` distinct elements in random order (partial Fisher–Yates). */
  sample<T>(items: readonly T[], count: number): T[] {
    const pool = [...items];
    const n = Math.max(0, Math.min(count, pool.length));
    for (let i = 0; i < n; i++) {
      const j = i + Math.floor(this.uniform() * (pool.length - i));
      [pool[i], pool[j]] = [pool[j], pool[i]];
    }
    return pool.slice(0, n);
  }

  /** Number of successes in n trials of probability p. */
  binomial(n: number, p: number): number {
    let k = 0;
    for (let i = 0; i < n; i++) if (this.uniform() < p) k++;
    return k;
  }
}

export const clamp = (value: number, min: number, max: number): number => Math.min(max, Math.max(min, value));

export const logistic = (x: number): number => 1 / (1 + Math.exp(-x));
