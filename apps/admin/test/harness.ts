// The admin's browser-test world: the real API (fresh database) and storefront from the web
// harness, plus this app built once (`next build`, rebuilt only when a source is newer) and run
// with `next start` on a free port against that API.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BrowserContextOptions, chromium, type Locator, type Page } from 'playwright-core';
import { seriousViolations } from '../../web/test/axe.ts';
import {
  CHROMIUM,
  CHROMIUM_ARGS,
  freePort,
  newestSource,
  type Stack,
  startStack,
} from '../../web/test/harness.ts';

export {
  CHROMIUM,
  CHROMIUM_ARGS,
  request,
  type Stack,
  startStack,
  suffix,
  until,
} from '../../web/test/harness.ts';

export const ADMIN_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SDK_DIR = path.resolve(ADMIN_DIR, '../../packages/sdk/src');
const nextBin = () => {
  const local = path.join(ADMIN_DIR, 'node_modules/next/dist/bin/next');
  return existsSync(local) ? local : path.resolve(ADMIN_DIR, '../../node_modules/next/dist/bin/next');
};

export function ensureAdminBuild(): void {
  const id = path.join(ADMIN_DIR, '.next', 'BUILD_ID');
  const fresh =
    existsSync(id) && statSync(id).mtimeMs > Math.max(newestSource(ADMIN_DIR), newestSource(SDK_DIR));
  if (fresh && process.env.ADMIN_TEST_REBUILD !== '1') return;
  const res = spawnSync(process.execPath, [nextBin(), 'build'], {
    cwd: ADMIN_DIR,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (res.status !== 0) throw new Error(`admin next build failed (${res.status})`);
}

export type Admin = { url: (p?: string) => string; stop: () => Promise<void> };

export async function startAdmin(apiUrl: string): Promise<Admin> {
  ensureAdminBuild();
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [nextBin(), 'start', '-p', String(port)], {
    cwd: ADMIN_DIR,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production', API_URL: apiUrl },
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
  const deadline = Date.now() + 60_000;
  for (;;) {
    const up = await new Promise<boolean>((resolve) => {
      http
        .get({ host: '127.0.0.1', port, path: '/session/refresh' }, (res) => {
          res.resume();
          resolve(true);
        })
        .on('error', () => resolve(false));
    });
    if (up) break;
    if (Date.now() > deadline || child.exitCode !== null) throw new Error('admin did not come up');
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    url: (p = '/') => `http://localhost:${port}${p}`,
    stop: async () => {
      if (child.exitCode !== null || !child.pid) return;
      const exited = new Promise((r) => child.once('exit', r));
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {}
      await Promise.race([exited, new Promise((r) => setTimeout(r, 3000))]);
    },
  };
}

/** No serious or critical axe violations on the page as it is now. */
/** The stack and the admin against its API: the admin's `next start` runs beside the storefront's. */
export async function startAdminStack(
  options: { webEnv?: Record<string, string> } = {},
): Promise<{ stack: Stack; admin: Admin }> {
  let admin: Promise<Admin> | undefined;
  const stack = await startStack({
    ...options,
    onApi: (apiUrl) => {
      admin = startAdmin(apiUrl);
      admin.catch(() => {}); // reported by the await below, once the storefront is up
    },
  });
  return { stack, admin: await (admin as Promise<Admin>) };
}

const DESKTOP = { width: 1366, height: 900 };

/**
 * Where every admin browser test starts: a fresh stack with the admin app, a merchant signed up on
 * it (`owner`: the API client with the owner's token) and a Chromium. `signedIn` opens a desktop
 * page signed in to the admin at a path; `stop` ends all of it. A failure halfway through stops
 * what had started.
 */
export async function startMerchant(
  tenantName: string,
  options: { email: string; password: string; webEnv?: Record<string, string> },
) {
  const { stack, admin } = await startAdminStack({ webEnv: options.webEnv });
  const { email, password } = options;
  let launched: Awaited<ReturnType<typeof chromium.launch>> | undefined;
  const stop = async () => {
    await launched?.close();
    await admin.stop();
    await stack.stop();
  };
  try {
    const session = await stack.admin.auth.signup({ tenantName, email, password });
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    launched = browser;
    return {
      stack,
      admin,
      browser,
      owner: stack.admin.as(session.accessToken),
      async signedIn(at: string, context: BrowserContextOptions = {}) {
        const page = await (await browser.newContext({ viewport: DESKTOP, ...context })).newPage();
        await signIn(page, admin.url(at), email, password);
        return page;
      },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
export type Merchant = Awaited<ReturnType<typeof startMerchant>>;

export async function axe(page: Page): Promise<void> {
  // After a client-side navigation (a server action's redirect too), Next streams the new page's
  // metadata in after its content: as the storefront's tests do, give the title its moment.
  await page.waitForFunction(() => document.title !== '', undefined, { timeout: 5_000 }).catch(() => {});
  const bad = await seriousViolations(page);
  if (bad.length) throw new Error(`axe on ${page.url()}: ${bad.join('; ')}`);
}

/**
 * Waits for the form's status to say `text`. If the form shows an alert instead, or nothing in
 * time, fails with the form's text, so that the failure names its cause.
 */
export async function formSays(form: Locator, text: string): Promise<void> {
  const status = form.getByRole('status').getByText(text);
  await status
    .or(form.getByRole('alert'))
    .first()
    .waitFor()
    .catch(() => {});
  if (await status.isVisible()) return;
  throw new Error(`the form should say "${text}"; it shows: ${await form.innerText()}`);
}

export async function signIn(page: Page, url: string, email: string, password: string): Promise<void> {
  await page.goto(url);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('navigation', { name: 'Main' }).waitFor();
}

const SHOTS = path.resolve(ADMIN_DIR, '../../docs/screenshots');
/** With ADMIN_SCREENSHOTS=1 the journey saves what it sees as docs/screenshots/admin-<name>.png. */
export async function shot(page: Page, name: string): Promise<void> {
  if (process.env.ADMIN_SCREENSHOTS !== '1') return;
  await page.screenshot({ path: path.join(SHOTS, `admin-${name}.png`), fullPage: true });
}

/**
 * Desktop and phone screenshots of the whole screen (saved with ADMIN_SCREENSHOTS=1; the viewport
 * goes to phone width and back either way). `resetFocus` first blurs the focused element and
 * scrolls to the top; `desktop` names the desktop shot when it is not just `name`.
 */
export async function screenshots(
  page: Page,
  name: string,
  options: { desktop?: string; resetFocus?: boolean } = {},
): Promise<void> {
  if (options.resetFocus)
    await page.evaluate(() => {
      (document.activeElement as HTMLElement | null)?.blur();
      window.scrollTo(0, 0);
    });
  await shot(page, options.desktop ?? name);
  await page.setViewportSize({ width: 390, height: 844 });
  await shot(page, `${name}-phone`);
  await page.setViewportSize(DESKTOP);
}

/** Desktop and phone screenshots of one part of the screen (a long page's section). */
export async function shotOf(page: Page, part: Locator, name: string): Promise<void> {
  if (process.env.ADMIN_SCREENSHOTS !== '1') return;
  await page.setViewportSize({ width: 1280, height: 900 });
  await part.screenshot({ path: path.join(SHOTS, `admin-${name}.png`) });
  await page.setViewportSize({ width: 390, height: 844 });
  await part.screenshot({ path: path.join(SHOTS, `admin-${name}-phone.png`) });
  await page.setViewportSize({ width: 1366, height: 900 });
}
