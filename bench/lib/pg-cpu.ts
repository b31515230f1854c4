// CPU seconds a local PostgreSQL server has used, all its processes together: the postmaster's own and
// its reaped children's (cutime/cstime in /proc/<pid>/stat), plus each live child's. The difference of two
// readings is the server's CPU between them (backends that exited meanwhile included). Null when the
// server is not on this machine (no /proc entry for it).

import { readdirSync, readFileSync } from 'node:fs';
import type pg from 'pg';

const TICKS = 100; // USER_HZ on Linux

/** utime, stime, cutime, cstime and ppid of a process, or null when it is gone. */
function stat(pid: number): { ppid: number; own: number; reaped: number } | null {
  try {
    const s = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // fields after the command name in parentheses (which may hold spaces)
    const f = s.slice(s.lastIndexOf(')') + 2).split(' ');
    return { ppid: Number(f[1]), own: Number(f[11]) + Number(f[12]), reaped: Number(f[13]) + Number(f[14]) };
  } catch {
    return null;
  }
}

/** The server's CPU seconds so far, read through one of its connections; null if it is not local. */
export async function pgServerCpu(client: pg.Client): Promise<number | null> {
  const backend = Number((await client.query('SELECT pg_backend_pid() AS pid')).rows[0].pid);
  const postmaster = stat(backend)?.ppid;
  const top = postmaster ? stat(postmaster) : null;
  if (!postmaster || !top) return null;
  let ticks = top.own + top.reaped;
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const p = stat(Number(name));
    if (p && p.ppid === postmaster) ticks += p.own;
  }
  return ticks / TICKS;
}
