'use server';
import { subscribePush } from '@/lib/api/push';
import { assertCsrf } from '@/lib/csrf';
import { text } from '@/lib/forms';
import { shopperToken } from '@/lib/session';
import { requireStore } from '@/lib/tenant';

export type PushResult = { ok: boolean; message: string };

/** Saves this browser's push subscription for the signed-in shopper's order updates. */
export async function savePushSubscription(form: FormData): Promise<PushResult> {
  try {
    await assertCsrf(form);
    const token = await shopperToken();
    if (!token) return { ok: false, message: 'Sign in to get order updates on this device.' };
    await subscribePush(await requireStore(), token, {
      endpoint: text(form, 'endpoint'),
      keys: { p256dh: text(form, 'p256dh'), auth: text(form, 'auth') },
    });
    return { ok: true, message: 'This device will show your order updates.' };
  } catch {
    return { ok: false, message: 'We could not turn on notifications. Try again later.' };
  }
}
