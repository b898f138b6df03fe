// The browser's own push service (FCM for Chromium) is out of reach here, so the tests play it: the
// page's PushManager hands out a subscription whose endpoint is a local server speaking the Web
// Push protocol (RFC 8030, payload encrypted per RFC 8291); that server decrypts what the API sends
// with the subscription's keys, and the test delivers it to the service worker as the browser would
// (DevTools' ServiceWorker.deliverPushMessage).
import { createECDH, randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as ece from 'http_ece';
import type { Page } from 'playwright-core';
import { suffix, until } from './harness.ts';

export type PushMessage = { title: string; body: string; url: string; template: string };

export async function startPushService() {
  const browserKey = createECDH('prime256v1');
  browserKey.generateKeys();
  const authSecret = randomBytes(16).toString('base64url');
  const pushed: PushMessage[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const clear = ece.decrypt(Buffer.concat(chunks), {
        version: 'aes128gcm',
        privateKey: browserKey,
        authSecret,
      });
      pushed.push(JSON.parse(clear.toString('utf8')));
      res.statusCode = 201;
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/push/${suffix()}`;
  const subscription = {
    endpoint,
    keys: { p256dh: browserKey.getPublicKey().toString('base64url'), auth: authSecret },
  };
  return {
    pushed,
    /** The push the API sent for `template`, once it arrives. */
    received: (template: string) =>
      until(() => pushed.find((p) => p.template === template), `the ${template} push at the push service`),
    /** From the next navigation on, the page may notify and its PushManager subscribes to this service. */
    async offerTo(page: Page, origin: string) {
      await page.context().grantPermissions(['notifications'], { origin });
      // A string, not a function: tsx's name helpers do not exist in the page.
      await page.addInitScript(`(() => {
        const subscription = { endpoint: ${JSON.stringify(endpoint)}, toJSON() { return ${JSON.stringify(subscription)}; } };
        PushManager.prototype.getSubscription = async function () { return null; };
        PushManager.prototype.subscribe = async function () { return subscription; };
      })();`);
    },
    close: () => server.close(),
  };
}

/** Hands `message` to the page's service worker as a push; answers the notifications it then shows. */
export async function deliverToServiceWorker(page: Page, origin: string, message: PushMessage) {
  const cdp = await page.context().newCDPSession(page);
  const registration = new Promise<string>((resolve) =>
    cdp.on('ServiceWorker.workerRegistrationUpdated', ({ registrations }) => {
      const live = registrations.find((r) => r.scopeURL.startsWith(origin) && !r.isDeleted);
      if (live) resolve(live.registrationId);
    }),
  );
  await cdp.send('ServiceWorker.enable');
  const registrationId = await registration;
  // A push sent while the worker is still installing is dropped (it failed CI once, on an idle
  // machine): wait for an active worker, and deliver again when nothing is shown.
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
  const shownNotifications = () =>
    page.evaluate(async () => {
      const list = await (await navigator.serviceWorker.ready).getNotifications();
      return list.length > 0 && list.map((n) => ({ title: n.title, body: n.body, url: n.data?.url }));
    });
  let shown: Awaited<ReturnType<typeof shownNotifications>> = false;
  for (let attempt = 1; !shown && attempt <= 4; attempt++) {
    await cdp.send('ServiceWorker.deliverPushMessage', {
      origin,
      registrationId,
      data: JSON.stringify(message),
    });
    shown = await until(shownNotifications, 'the notification shown by the service worker', 15_000).catch(
      (error: Error) => {
        if (attempt === 4) throw error;
        return false as const;
      },
    );
  }
  await cdp.detach();
  return shown || [];
}
