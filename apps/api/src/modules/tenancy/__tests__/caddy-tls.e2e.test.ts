// Caddy (the Debian package) in front of the real API with on-demand TLS from its internal CA:
// the API's ask endpoint decides which hostnames get a certificate. Skipped only without caddy.
import assert from 'node:assert/strict';
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import tls from 'node:tls';
import { fileURLToPath } from 'node:url';
import { startDnsServer, type TestDnsServer } from '../../../../test/dns-server.ts';
import { newMerchantWithStore } from '../../../../test/fixtures.ts';
import { freePort, waitForPort } from '../../../../test/ports.ts';
import { startTestServer, type TestServer } from '../../../../test/server.ts';

const CADDY = ['/usr/bin/caddy', '/usr/local/bin/caddy'].find((p) => existsSync(p)) ?? null;
const skip = CADDY ? false : 'caddy is not installed (apt-get install -y caddy; .ci/run does)';
const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../../..');

let server: TestServer;
let dns: TestDnsServer;
let caddy: ChildProcess | null = null;
let dir = '';
let httpsPort = 0;
let caddyLog = '';

/** One TLS handshake to Caddy with `servername` as SNI, trusting only Caddy's internal root. */
function handshake(servername: string): Promise<tls.PeerCertificate> {
  const ca = readFileSync(path.join(dir, 'data/caddy/pki/authorities/local/root.crt'));
  return new Promise((resolve, reject) => {
    const socket = tls.connect({ host: '127.0.0.1', port: httpsPort, servername, ca }, () => {
      const cert = socket.getPeerCertificate();
      socket.end();
      resolve(cert);
    });
    socket.on('error', reject);
  });
}

/** A GET over HTTPS through Caddy with `host` as SNI and Host header. */
function httpsGet(host: string, pathname: string): Promise<{ status: number; body: string }> {
  const ca = readFileSync(path.join(dir, 'data/caddy/pki/authorities/local/root.crt'));
  return new Promise((resolve, reject) => {
    const socket = tls.connect({ host: '127.0.0.1', port: httpsPort, servername: host, ca }, () => {
      socket.write(`GET ${pathname} HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`);
    });
    let raw = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => {
      raw += chunk;
    });
    socket.on('end', () => {
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(raw)?.[1]);
      resolve({ status, body: raw.slice(raw.indexOf('\r\n\r\n') + 4) });
    });
    socket.on('error', reject);
  });
}

before(async () => {
  if (!CADDY) return;
  dns = await startDnsServer();
  server = await startTestServer({
    domainVerification: { dnsServers: [dns.address], httpPort: 9, allowPrivate: false, timeoutMs: 1000 },
  });
  dir = mkdtempSync(path.join(tmpdir(), 'ventory-caddy-'));
  httpsPort = await freePort();
  const httpPort = await freePort();
  const api = new URL(server.url).host;
  // Storage in the temp dir; no admin endpoint and no trust-store install (nothing outside `dir`).
  writeFileSync(
    path.join(dir, 'Caddyfile'),
    `{
	admin off
	skip_install_trust
	storage file_system ${path.join(dir, 'data/caddy')}
	http_port ${httpPort}
	https_port ${httpsPort}
	on_demand_tls {
		ask http://${api}/api/tls/ask
	}
}

https:// {
	tls internal {
		on_demand
	}
	reverse_proxy ${api}
}
`,
  );
  caddy = spawn(CADDY, ['run', '--config', path.join(dir, 'Caddyfile'), '--adapter', 'caddyfile'], {
    env: {
      ...process.env,
      HOME: dir,
      XDG_DATA_HOME: path.join(dir, 'data'),
      XDG_CONFIG_HOME: path.join(dir, 'config'),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  caddy.stderr?.on('data', (chunk: Buffer) => {
    caddyLog += chunk.toString();
  });
  await waitForPort(httpsPort, caddy, 'caddy', () => caddyLog);
});

after(async () => {
  if (caddy && caddy.exitCode === null) {
    const exited = new Promise((resolve) => caddy?.once('exit', resolve));
    caddy.kill('SIGTERM');
    await exited;
  }
  if (dir) rmSync(dir, { recursive: true, force: true });
  await server?.close();
  await dns?.close();
});

describe('TLS per domain with Caddy on-demand TLS', { skip }, () => {
  test('a verified custom domain gets a certificate and serves its store; an unverified one fails the handshake', async () => {
    const { client, store } = await newMerchantWithStore(server);
    const verified = `tls-${randomBytes(4).toString('hex')}.example.test`;
    const claim = await client.call<{ verification: { dns: { name: string; value: string } } }>(
      'POST',
      `/api/stores/${store.id}/domains`,
      { hostname: verified },
    );
    await assert.rejects(handshake(verified), 'no certificate while the domain is unverified');
    dns.zone.set(claim.verification.dns.name, { TXT: [claim.verification.dns.value] });
    await client.call('POST', `/api/stores/${store.id}/domains/${verified}/verify`);

    const cert = await handshake(verified);
    assert.match(cert.subjectaltname ?? '', new RegExp(`DNS:${verified.replaceAll('.', '\\.')}`));
    const res = await httpsGet(verified, `/api/storefront/${verified}/settings`);
    assert.equal(res.status, 200);
    assert.equal((JSON.parse(res.body) as { id: string }).id, store.id);

    const platform = await handshake(store.domain);
    assert.match(platform.subjectaltname ?? '', new RegExp(store.domain.replaceAll('.', '\\.')));

    const stranger = `www-${randomBytes(4).toString('hex')}.nike.example`;
    await client.stores.update(store.id, { customDomain: stranger }); // claimed, never proven
    await assert.rejects(handshake(stranger), (err: Error) => {
      assert.match(err.message, /alert|EPROTO|socket|ECONNRESET/i);
      return true;
    });
    const issued = path.join(dir, 'data/caddy/certificates/local');
    assert.ok(existsSync(path.join(issued, verified)), 'the verified domain has a certificate on disk');
    assert.ok(!existsSync(path.join(issued, stranger)), 'the unverified one was never issued one');
  });

  test('the shipped deploy/Caddyfile parses and asks the API before issuing', () => {
    assert.ok(CADDY);
    const out = spawnSync(
      CADDY,
      ['adapt', '--config', path.join(REPO, 'deploy/Caddyfile'), '--adapter', 'caddyfile'],
      {
        env: { ...process.env, HOME: dir, ACME_EMAIL: 'ops@example.com' },
        encoding: 'utf8',
      },
    );
    assert.equal(out.status, 0, out.stderr);
    const config = JSON.parse(out.stdout) as {
      apps: { tls: { automation: { on_demand: { ask: string }; policies: Array<{ on_demand?: boolean }> } } };
    };
    assert.equal(config.apps.tls.automation.on_demand.ask, 'http://127.0.0.1:4000/api/tls/ask');
    assert.ok(config.apps.tls.automation.policies.some((p) => p.on_demand));
  });
});
