// Ports for the servers a test starts of its own (PostgreSQL clusters, Redis, Caddy, PgBouncer).
import type { ChildProcess } from 'node:child_process';
import net from 'node:net';

/** A port nobody listens on right now (the OS picks it). */
export async function freePort(): Promise<number> {
  const server = net.createServer();
  const port = await new Promise<number>((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve((server.address() as net.AddressInfo).port)),
  );
  await new Promise((r) => server.close(r));
  return port;
}

/**
 * Resolves once `child` accepts connections on `port`; fails with what it logged (`log`) when it
 * exits first or has not opened the port after 15 s.
 */
export async function waitForPort(port: number, child: ChildProcess, what: string, log: () => string) {
  for (let i = 0; i < 150; i++) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => resolve(!!socket.end()));
      socket.on('error', () => resolve(false));
    });
    if (open) return;
    if (child.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${what} did not start:\n${log()}`);
}
