import { readdirSync, readFileSync } from 'node:fs';

/** Linux clock ticks per second (USER_HZ): 100 on every mainstream kernel. */
const TICKS_PER_SEC = 100;

/** CPU time (user + system, ms) a process has used so far, from /proc; null where /proc is not there. */
export function processCpuMs(pid: number | undefined): number | null {
  if (!pid) return null;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // After "pid (comm) ": state is field 0, utime field 11, stime field 12.
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SEC;
  } catch {
    return null;
  }
}

/** CPU time (ms) every process of the machine has used so far (all CPUs summed, idle and iowait excluded); null without /proc. */
export function machineBusyMs(): number | null {
  try {
    const [cpu] = readFileSync('/proc/stat', 'utf8').split('\n');
    const [user, nice, system, , , irq, softirq, steal] = cpu.split(/\s+/).slice(1).map(Number);
    return ((user + nice + system + irq + softirq + steal) * 1000) / TICKS_PER_SEC;
  } catch {
    return null;
  }
}

/**
 * CPU time (ms) used so far by each Postgres backend serving `database` (its process title names it: "postgres:
 * 15/main: <user> <database> <client> <state>"), by pid; null without /proc.
 */
export function postgresCpuMs(database: string): Map<number, number> | null {
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return null;
  }
  const backends = new Map<number, number>();
  for (const pid of pids) {
    try {
      const title = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      const cpu = title.startsWith('postgres:') && title.split(' ').includes(database) ? processCpuMs(Number(pid)) : null;
      if (cpu !== null) backends.set(Number(pid), cpu);
    } catch {
      // Gone meanwhile.
    }
  }
  return backends;
}

/**
 * The CPU the backends used between two readings. Pools close idle connections (node-postgres: after 10 s), so a
 * backend may start in between (counted from zero) or end in between (its share is lost: a busy pool keeps its
 * connections, so this undercounts little).
 */
export function postgresCpuBetween(before: Map<number, number> | null, after: Map<number, number> | null): number | null {
  if (!before || !after) return null;
  let total = 0;
  for (const [pid, cpu] of after) total += cpu - (before.get(pid) ?? 0);
  return total;
}
