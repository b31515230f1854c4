// Shared bits of the job queue: times as comparable ISO strings (the store never reads the clock).

import type { ClaimOptions } from './contract.js';

/** `now` as a UTC ISO string, so text comparison orders times; throws on a non-date. */
export function isoTime(now: string): string {
  const t = Date.parse(now);
  if (Number.isNaN(t)) throw new Error(`not a date-time: "${now}"`);
  return new Date(t).toISOString();
}

export function leaseUntil(now: string, opts?: ClaimOptions): string {
  const secs = opts?.leaseSeconds ?? 300;
  if (!(secs > 0)) throw new Error(`leaseSeconds must be positive, got ${secs}`);
  return new Date(Date.parse(isoTime(now)) + secs * 1000).toISOString();
}

export const JOB_STATUSES = ['queued', 'running', 'done', 'failed'] as const;
