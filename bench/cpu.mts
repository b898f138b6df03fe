import { readdirSync, readFileSync } from 'node:fs';

/** Clock ticks per second of /proc's CPU times (USER_HZ: 100 on Linux). */
const TICKS = 100;

type Proc = { pid: number; ppid: number; comm: string; ticks: number };
function processes(): Proc[] {
  const out: Proc[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const close = stat.lastIndexOf(')');
      const fields = stat.slice(close + 2).split(' '); // from field 3 (state) on
      out.push({
        pid: Number(entry),
        ppid: Number(fields[1]),
        comm: stat.slice(stat.indexOf('(') + 1, close),
        ticks: Number(fields[11]) + Number(fields[12]), // utime + stime
      });
    } catch {} // the process ended while we looked
  }
  return out;
}

/**
 * Starts counting the CPU used by a server (the process `pid` and its descendants) and by
 * PostgreSQL's processes; the function returned gives both, in seconds, since the start. Divided
 * by the requests served, they give each side's CPU per request: steadier than requests a second
 * on a shared machine. A PostgreSQL backend that ends in between is left out (its ticks go with it).
 */
export function countCpu(pid: number) {
  const before = new Map(processes().map((p) => [p.pid, p.ticks]));
  return () => {
    const all = processes();
    const tree = new Set([pid]);
    for (let grew = true; grew; ) {
      grew = false;
      for (const p of all)
        if (tree.has(p.ppid) && !tree.has(p.pid)) {
          tree.add(p.pid);
          grew = true;
        }
    }
    const used = (ps: Proc[]) => ps.reduce((n, p) => n + p.ticks - (before.get(p.pid) ?? 0), 0) / TICKS;
    return {
      server: used(all.filter((p) => tree.has(p.pid))),
      postgres: used(all.filter((p) => p.comm === 'postgres')),
    };
  };
}
