'use client';
import { useEffect, useState } from 'react';
import { savePushSubscription } from '@/app/(shop)/account/push-actions';

/** The VAPID key as the bytes `pushManager.subscribe` wants (it arrives base64url-encoded). */
function keyBytes(base64url: string): Uint8Array<ArrayBuffer> {
  const base64 = (base64url + '='.repeat((4 - (base64url.length % 4)) % 4))
    .replace(/-/g, '+')
    .replace(/_/g, '/');
  const raw = atob(base64);
  const bytes = new Uint8Array(new ArrayBuffer(raw.length));
  for (let i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
  return bytes;
}

type State = 'idle' | 'working' | 'on' | 'blocked' | 'failed';

/**
 * "Get order updates on this device": asks for notification permission, subscribes this browser's
 * service worker, and saves the subscription for the signed-in shopper. Shown only where the
 * browser can do it (a secure context with push support).
 */
export function PushOptIn({ vapidKey, csrf }: { vapidKey: string; csrf: string }) {
  const [state, setState] = useState<State>('idle');
  const [message, setMessage] = useState('');
  const [supported, setSupported] = useState(false);
  useEffect(() => {
    setSupported(window.isSecureContext && 'serviceWorker' in navigator && 'PushManager' in window);
  }, []);

  async function turnOn() {
    setState('working');
    const permission =
      Notification.permission === 'default'
        ? await Notification.requestPermission()
        : Notification.permission;
    if (permission !== 'granted') {
      setState('blocked');
      setMessage('Notifications are blocked for this shop in your browser settings.');
      return;
    }
    try {
      const registration = await navigator.serviceWorker.register('/sw.js');
      await navigator.serviceWorker.ready;
      const subscription =
        (await registration.pushManager.getSubscription()) ??
        (await registration.pushManager.subscribe({
          userVisibleOnly: true,
          applicationServerKey: keyBytes(vapidKey),
        }));
      const { endpoint, keys } = subscription.toJSON();
      const form = new FormData();
      form.set('csrf', csrf);
      form.set('endpoint', endpoint ?? '');
      form.set('p256dh', keys?.p256dh ?? '');
      form.set('auth', keys?.auth ?? '');
      const result = await savePushSubscription(form);
      setState(result.ok ? 'on' : 'failed');
      setMessage(result.message);
    } catch (error) {
      console.error('push subscription failed', error);
      setState('failed');
      setMessage('This browser could not subscribe to notifications.');
    }
  }

  if (!supported) return null;
  return (
    <div className="push-opt-in">
      {state === 'on' ? null : (
        <button type="button" className="button button-ghost" onClick={turnOn} disabled={state === 'working'}>
          Get order updates on this device
        </button>
      )}
      {message ? (
        <p role="status" className="muted">
          {message}
        </p>
      ) : null}
    </div>
  );
}
