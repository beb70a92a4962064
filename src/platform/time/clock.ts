/**
 * "Now", injectable: use cases read the time from their context's clock, so a test
 * can run a use case at a chosen instant (a DST change, a deadline) without faking
 * the process's timers.
 */
export interface Clock {
  now(): Date;
}

/** The real time. */
export const systemClock: Clock = { now: () => new Date() };

/** A clock standing still at `instant`, for tests and replays. */
export function fixedClock(instant: Date | string): Clock {
  const at = new Date(instant).getTime();
  return { now: () => new Date(at) };
}
