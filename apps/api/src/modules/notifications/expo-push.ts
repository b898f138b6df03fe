import { z } from 'zod';
import type { ClaimedPush, PushOutcome } from './push.ts';

/**
 * The mobile app's notifications, sent through Expo's push service (which relays to APNs and FCM).
 * The protocol is one JSON POST of up to 100 messages answered by one ticket per message, in order.
 * It is written here rather than with `expo-server-sdk` because that SDK reads its address once
 * from a process-wide variable, while ours comes from the config (tests run a local service).
 */
export type ExpoPushConfig = { url: string; accessToken?: string };

/** What Expo hands the app: `ExponentPushToken[…]` (or the newer `ExpoPushToken[…]`). */
export const ExpoPushToken = z
  .string()
  .max(200)
  .regex(/^Expo(nent)?PushToken\[[^\]]+\]$/, 'must be an Expo push token, e.g. ExponentPushToken[xxxx]');

const Ticket = z.union([
  z.object({ status: z.literal('ok'), id: z.string() }),
  z.object({
    status: z.literal('error'),
    message: z.string(),
    details: z.object({ error: z.string().optional() }).optional(),
  }),
]);
const Reply = z.object({ data: z.array(Ticket) });

const MAX_PER_REQUEST = 100;

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
      headers: {
        accept: 'application/json',
        'content-type': 'application/json',
        ...(expo.accessToken ? { authorization: `Bearer ${expo.accessToken}` } : {}),
      },
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
        ? { ok: true, statusCode: res.status }
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
