import { z } from 'zod';
import type { ClaimedPush, PushOutcome } from './push.ts';

/**
 * The mobile app's notifications, sent through Expo's push service (which relays to APNs and FCM).
 * The protocol is one JSON POST of up to 100 messages answered by one ticket per message, in order.
 * It is written here rather than with `expo-server-sdk` because that SDK reads its address once
 * from a process-wide variable, while ours comes from the config (tests run a local service).
 */
export type ExpoPushConfig = {
  /** The send address (`…/--/api/v2/push/send`); receipts are asked for beside it (`…/getReceipts`). */
  url: string;
  accessToken?: string;
  /** How long after a ticket its receipt is asked for (Expo: about 15 minutes). */
  receiptDelaySeconds?: number;
};

/** What Expo hands the app: `ExponentPushToken[…]` (or the newer `ExpoPushToken[…]`). */
export const ExpoPushToken = z
  .string()
  .max(200)
  .regex(/^Expo(nent)?PushToken\[[^\]]+\]$/, 'must be an Expo push token, e.g. ExponentPushToken[xxxx]');

const Failure = z.object({
  status: z.literal('error'),
  message: z.string(),
  details: z.object({ error: z.string().optional() }).optional(),
});
const Ticket = z.union([z.object({ status: z.literal('ok'), id: z.string() }), Failure]);
const Reply = z.object({ data: z.array(Ticket) });
const Receipt = z.union([z.object({ status: z.literal('ok') }), Failure]);
const Receipts = z.object({ data: z.record(z.string(), Receipt) });
export type ExpoReceipt = z.infer<typeof Receipt>;

const MAX_PER_REQUEST = 100;
/** Expo's limit on ids in one `getReceipts` request; the worker claims no more at once. */
export const MAX_RECEIPTS_PER_REQUEST = 1000;

const headers = (expo: ExpoPushConfig) => ({
  accept: 'application/json',
  'content-type': 'application/json',
  ...(expo.accessToken ? { authorization: `Bearer ${expo.accessToken}` } : {}),
});

/** The message a phone shows: title and body, and what the app needs to open the order when tapped. */
function toMessage(m: ClaimedPush) {
  const { title, body, ...data } = m.payload;
  return { to: m.endpoint, title, body, data, sound: 'default', priority: 'high' };
}

/** Sends the claimed Expo messages; one outcome per message, in the same order. */
export async function sendExpoPushes(expo: ExpoPushConfig, messages: ClaimedPush[]): Promise<PushOutcome[]> {
  const outcomes: PushOutcome[] = [];
  for (let i = 0; i < messages.length; i += MAX_PER_REQUEST)
    outcomes.push(...(await sendChunk(expo, messages.slice(i, i + MAX_PER_REQUEST))));
  return outcomes;
}

async function sendChunk(expo: ExpoPushConfig, chunk: ClaimedPush[]): Promise<PushOutcome[]> {
  const all = (o: PushOutcome) => chunk.map(() => o);
  try {
    const res = await fetch(expo.url, {
      method: 'POST',
      headers: headers(expo),
      body: JSON.stringify(chunk.map(toMessage)),
      redirect: 'manual',
      signal: AbortSignal.timeout(10_000),
    });
    if (!res.ok) {
      await res.body?.cancel();
      return all({
        ok: false,
        statusCode: res.status,
        error: `Expo push service answered HTTP ${res.status}`,
      });
    }
    const reply = Reply.safeParse(await res.json());
    if (!reply.success || reply.data.data.length !== chunk.length)
      return all({
        ok: false,
        statusCode: res.status,
        error: 'Expo push service answered without one ticket per message',
      });
    return reply.data.data.map((t) =>
      t.status === 'ok'
        ? { ok: true, statusCode: res.status, ticketId: t.id }
        : {
            ok: false,
            statusCode: res.status,
            // The app was uninstalled or its token revoked: forget the token, as a 410 does for a browser.
            gone: t.details?.error === 'DeviceNotRegistered',
            error: `${t.details?.error ?? 'error'}: ${t.message}`.slice(0, 1000),
          },
    );
  } catch (err) {
    return all({ ok: false, error: err instanceof Error ? err.message : String(err) });
  }
}

/**
 * The receipts of these tickets (at most `MAX_RECEIPTS_PER_REQUEST`), by ticket id: Expo's
 * `getReceipts`. A ticket missing from the answer has no receipt yet. Throws when the service
 * cannot be read: the tickets are then asked about again on a later pass.
 */
export async function fetchExpoReceipts(
  expo: ExpoPushConfig,
  ids: string[],
): Promise<Map<string, ExpoReceipt>> {
  const res = await fetch(expo.url.replace(/\/send$/, '/getReceipts'), {
    method: 'POST',
    headers: headers(expo),
    body: JSON.stringify({ ids }),
    redirect: 'manual',
    signal: AbortSignal.timeout(10_000),
  });
  if (!res.ok) {
    await res.body?.cancel();
    throw new Error(`Expo push service answered HTTP ${res.status} to getReceipts`);
  }
  return new Map(Object.entries(Receipts.parse(await res.json()).data));
}
