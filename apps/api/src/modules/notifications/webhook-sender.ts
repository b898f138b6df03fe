import { createHmac, timingSafeEqual } from 'node:crypto';
import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { isPrivateAddress } from '../../platform/net.ts';

/** `Ventory-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>" with the secret>`. */
export function signPayload(secret: string, body: string, timestamp: number): string {
  const mac = createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
  return `t=${timestamp},v1=${mac}`;
}

/** Receivers (and our tests) verify with this: constant-time, and rejecting stale timestamps. */
export function verifySignature(
  secret: string,
  body: string,
  header: string,
  toleranceSeconds = 300,
): boolean {
  const parts = Object.fromEntries(header.split(',').map((p) => p.split('=') as [string, string]));
  const t = Number(parts.t);
  if (!Number.isFinite(t) || Math.abs(Date.now() / 1000 - t) > toleranceSeconds || !parts.v1) return false;
  const expected = Buffer.from(signPayload(secret, body, t).split('v1=')[1] ?? '', 'hex');
  const given = Buffer.from(parts.v1, 'hex');
  return expected.length === given.length && timingSafeEqual(expected, given);
}

/** Refuses webhook targets on loopback/private networks unless allowed (server-side request forgery). */
export async function assertPublicTarget(url: string, allowPrivate: boolean): Promise<void> {
  if (allowPrivate) return;
  const host = new URL(url).hostname.replace(/^\[|\]$/g, '');
  const addresses = isIP(host) ? [host] : (await lookup(host, { all: true })).map((a) => a.address);
  if (addresses.some(isPrivateAddress)) throw new Error(`${host} resolves to a private address`);
}

export type WebhookAttempt = { ok: boolean; statusCode?: number; error?: string };

/** One delivery attempt: a signed JSON POST; any 2xx is success. */
export async function postWebhook(
  target: { url: string; secret: string; allowPrivate: boolean },
  event: { deliveryId: string; eventId: string; topic: string; createdAt: Date; payload: unknown },
): Promise<WebhookAttempt> {
  const body = JSON.stringify({
    id: event.eventId,
    type: event.topic,
    createdAt: event.createdAt.toISOString(),
    data: event.payload,
  });
  try {
    await assertPublicTarget(target.url, target.allowPrivate);
    const res = await fetch(target.url, {
      method: 'POST',
      redirect: 'manual',
      signal: AbortSignal.timeout(10_000),
      headers: {
        'content-type': 'application/json',
        'user-agent': 'Ventory-Webhooks/1',
        'ventory-event': event.topic,
        'ventory-delivery': event.deliveryId,
        'ventory-signature': signPayload(target.secret, body, Math.floor(Date.now() / 1000)),
      },
      body,
    });
    await res.body?.cancel();
    return res.ok
      ? { ok: true, statusCode: res.status }
      : { ok: false, statusCode: res.status, error: `HTTP ${res.status}` };
  } catch (err) {
    return { ok: false, error: err instanceof Error ? err.message : String(err) };
  }
}
