// Shared bits of the job queue: times as comparable ISO strings (the store never reads the clock),
// and the row → JobInfo mapping both backends use.

import type { ClaimOptions, JobInfo, JobStatus } from './contract.js';

/** `now` as a UTC ISO string, so text comparison orders times; throws on a non-date. */
export function isoTime(now: string): string {
  const t = Date.parse(now);
  if (Number.isNaN(t)) throw new Error(`not a date-time: "${now}"`);
  return new Date(t).toISOString();
}

export function leaseUntil(now: string, opts?: Pick<ClaimOptions, 'leaseSeconds'>): string {
  const secs = opts?.leaseSeconds ?? 300;
  if (!(secs > 0)) throw new Error(`leaseSeconds must be positive, got ${secs}`);
  return new Date(Date.parse(isoTime(now)) + secs * 1000).toISOString();
}

export const JOB_STATUSES = ['queued', 'running', 'done', 'failed'] as const satisfies readonly JobStatus[];

/** Newest event first: when it finished, else when it was queued; ids break ties. */
export const JOBS_NEWEST = 'COALESCE(finished_at, created_at) DESC, id DESC';

/** Columns: id, kind, payload (parsed), status, attempts, max_attempts, worker, lease_until, error, created_at, finished_at. */
export function jobInfo(r: Record<string, any>): JobInfo {
  return {
    id: String(r.id),
    kind: r.kind,
    payload: r.payload,
    attempts: Number(r.attempts),
    maxAttempts: Number(r.max_attempts),
    status: r.status,
    worker: r.worker ?? null,
    leaseUntil: r.lease_until ?? null,
    error: r.error ?? null,
    createdAt: r.created_at,
    finishedAt: r.finished_at ?? null,
  };
}
