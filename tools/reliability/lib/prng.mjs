// A small seeded pseudo-random generator (mulberry32), so that a run with the same seed kills at the same delays.

/** A function answering numbers in [0, 1), the same sequence for the same seed. */
export function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A whole number from `min` to `max` inclusive, drawn from `random`. */
export function randomInt(random, min, max) {
  return min + Math.floor(random() * (max - min + 1));
}
