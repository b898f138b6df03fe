import type { LookupAddress } from 'node:dns';
import { Resolver } from 'node:dns/promises';
import http from 'node:http';
import { isIP } from 'node:net';
import { isPrivateAddress } from '../../platform/net.ts';

/** Where the owner of `hostname` puts the proof: a TXT record, or a file served over HTTP. */
export const challengeRecordName = (hostname: string) => `_ventory-challenge.${hostname}`;
export const challengePath = (token: string) => `/.well-known/ventory-verification/${token}`;

export type VerificationResult = { ok: true; method: 'DNS' | 'HTTP' } | { ok: false; reasons: string[] };
export type DomainVerifier = { check(hostname: string, token: string): Promise<VerificationResult> };

export type VerifierOptions = {
  /** DNS servers (`host` or `host:port`); the system's when empty. Tests run a local one. */
  dnsServers: string[];
  /** Port of the HTTP check (80 in production; tests serve the token on a port of their own). */
  httpPort: number;
  /** Allow the HTTP check to reach loopback/private addresses (tests); off in production (SSRF). */
  allowPrivate: boolean;
  timeoutMs: number;
};

const MAX_BODY = 1024;

function dnsReason(err: unknown, name: string): string {
  const code = (err as { code?: string }).code;
  if (code === 'ENOTFOUND' || code === 'ENODATA') return `DNS: no TXT record at ${name}`;
  return `DNS: the lookup of ${name} failed (${code ?? 'error'})`;
}

/**
 * Proves control of a hostname by a TXT record at `_ventory-challenge.<hostname>` holding the
 * token, or failing that by `http://<hostname>/.well-known/ventory-verification/<token>` answering
 * 200 with the token as its body. Both are tried at once; either is enough.
 */
export function createDomainVerifier(options: VerifierOptions): DomainVerifier {
  const resolver = new Resolver({ timeout: options.timeoutMs, tries: 1 });
  if (options.dnsServers.length > 0) resolver.setServers(options.dnsServers);

  async function viaDns(hostname: string, token: string): Promise<string | null> {
    const name = challengeRecordName(hostname);
    try {
      const records = await resolver.resolveTxt(name);
      if (records.some((chunks) => chunks.join('').trim() === token)) return null;
      return `DNS: the TXT record at ${name} does not hold the token`;
    } catch (err) {
      return dnsReason(err, name);
    }
  }

  /** A hostname's addresses through our resolver, refusing private ones unless allowed. */
  async function addressesOf(hostname: string): Promise<string[]> {
    if (isIP(hostname)) return [hostname];
    const v4 = await resolver.resolve4(hostname).catch(() => [] as string[]);
    const all = v4.length > 0 ? v4 : await resolver.resolve6(hostname).catch(() => [] as string[]);
    if (all.length === 0) throw new Error(`${hostname} has no address`);
    const usable = options.allowPrivate ? all : all.filter((a) => !isPrivateAddress(a));
    if (usable.length === 0) throw new Error(`${hostname} resolves only to private addresses`);
    return usable;
  }

  // The connection goes to the very addresses checked above (no second lookup to rebind).
  const lookup = (
    hostname: string,
    opts: { all?: boolean },
    callback: (err: Error | null, address: string | LookupAddress[], family?: number) => void,
  ) => {
    addressesOf(hostname).then(
      (addrs) => {
        if (opts.all)
          callback(
            null,
            addrs.map((address) => ({ address, family: isIP(address) })),
          );
        else callback(null, addrs[0] as string, isIP(addrs[0] as string));
      },
      (err: Error) => callback(err, ''),
    );
  };

  function viaHttp(hostname: string, token: string): Promise<string | null> {
    const url = `http://${hostname}${challengePath(token)}`;
    return new Promise((resolve) => {
      const req = http.get(
        {
          host: hostname,
          port: options.httpPort,
          path: challengePath(token),
          agent: false,
          lookup: lookup as never,
          timeout: options.timeoutMs,
          headers: { 'user-agent': 'Ventory domain verification' },
        },
        (res) => {
          let body = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => {
            body += chunk;
            if (body.length > MAX_BODY) res.destroy();
          });
          res.on('close', () => {
            if (res.statusCode !== 200)
              resolve(`HTTP: ${url} answered ${res.statusCode} (redirects are not followed)`);
            else resolve(body.trim() === token ? null : `HTTP: ${url} does not answer with the token`);
          });
        },
      );
      req.on('timeout', () => req.destroy(new Error('timed out')));
      req.on('error', (err) => resolve(`HTTP: ${url} could not be fetched (${err.message})`));
    });
  }

  return {
    async check(hostname, token) {
      const [dns, web] = await Promise.all([viaDns(hostname, token), viaHttp(hostname, token)]);
      if (dns === null) return { ok: true, method: 'DNS' };
      if (web === null) return { ok: true, method: 'HTTP' };
      return { ok: false, reasons: [dns, web] };
    },
  };
}
