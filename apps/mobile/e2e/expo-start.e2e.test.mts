// What Expo Go does when a phone scans the QR code of `npm run mobile`: ask the dev server for the
// app's manifest (as iOS and as Android), check its SDK, then load the JavaScript bundle it names.
// `expo start` runs here in CI mode (no watcher, no network); the Android bundle is built by Metro
// for Hermes, so the native-only code (order updates through expo-notifications, wallet payments
// through Stripe's SDK, pictures through expo-image) is compiled too.
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const APP = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const expoVersion = JSON.parse(
  readFileSync(createRequire(import.meta.url).resolve('expo/package.json'), 'utf8'),
).version as string;
const SDK = `exposdk:${expoVersion.split('.')[0]}.0.0`;

let child: ChildProcess;
let port: number;

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const p = (s.address() as { port: number }).port;
      s.close(() => resolve(p));
    });
  });

async function manifest(platform: 'ios' | 'android') {
  const res = await fetch(`http://127.0.0.1:${port}/`, {
    headers: { 'expo-platform': platform, accept: 'application/expo+json,application/json' },
  });
  assert.equal(res.status, 200);
  return (await res.json()) as {
    runtimeVersion: string;
    launchAsset: { url: string };
    extra: {
      expoClient: {
        name: string;
        slug: string;
        android?: { package: string };
        ios?: { bundleIdentifier: string };
      };
    };
  };
}

before(async () => {
  port = await freePort();
  child = spawn('npx', ['expo', 'start', '--port', String(port)], {
    cwd: APP,
    env: {
      ...process.env,
      CI: '1',
      EXPO_OFFLINE: '1',
      EXPO_NO_TELEMETRY: '1',
      EXPO_PUBLIC_STORE_DOMAIN: 'northwind.localhost',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let log = '';
  child.stdout?.on('data', (c) => (log += c));
  child.stderr?.on('data', (c) => (log += c));
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`expo start exited (${child.exitCode}):\n${log}`);
    const up = await fetch(`http://127.0.0.1:${port}/status`).then(
      (r) => r.text(),
      () => '',
    );
    if (up.includes('packager-status:running')) return;
    if (Date.now() > deadline) throw new Error(`expo start did not answer in 120 s:\n${log}`);
    await new Promise((r) => setTimeout(r, 500));
  }
});

after(() => {
  if (child.pid && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
});

test('expo start serves a manifest for this SDK, per store, on iOS and Android', async () => {
  for (const platform of ['ios', 'android'] as const) {
    const m = await manifest(platform);
    assert.equal(m.runtimeVersion, SDK, 'Expo Go loads only a project of its own SDK');
    assert.equal(m.extra.expoClient.name, 'Northwind');
    assert.equal(m.extra.expoClient.slug, 'ventory-northwind');
    assert.match(m.launchAsset.url, new RegExp(`platform=${platform}`));
  }
  const ios = await manifest('ios');
  assert.equal(ios.extra.expoClient.ios?.bundleIdentifier, 'com.ventory.northwind');
});

test('the bundle the manifest names builds for Android (Hermes), native-only code included', async () => {
  const { launchAsset } = await manifest('android');
  const res = await fetch(launchAsset.url.replace(/^http:\/\/[^/]+/, `http://127.0.0.1:${port}`));
  const body = await res.text();
  assert.equal(res.status, 200, body.slice(0, 2000));
  assert.ok(body.length > 1_000_000, 'a whole app bundle');
  assert.match(body, /getExpoPushTokenAsync/, 'order updates are in the phone build');
  assert.match(body, /createPlatformPayPaymentMethod/, 'Apple Pay / Google Pay are in the phone build');
  assert.match(body, /contentFit/, 'pictures are drawn by expo-image (SVG) on phones');
});
