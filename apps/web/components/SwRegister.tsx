'use client';
import { useEffect } from 'react';

/** Registers the service worker that keeps visited pages readable offline. */
export function SwRegister() {
  useEffect(() => {
    if ('serviceWorker' in navigator && window.isSecureContext) {
      navigator.serviceWorker.register('/sw.js').catch(() => {});
    }
  }, []);
  return null;
}
