import type { Metadata } from 'next';
import Link from '@/components/Link';

export const metadata: Metadata = { title: 'Offline', robots: { index: false } };

/** Shown by the service worker for pages not visited before when the network is gone. */
export default function Offline() {
  return (
    <section className="narrow">
      <h1>You are offline</h1>
      <p>
        This page is not saved on your device yet. Pages you visited before still work; try again when you are
        back online.
      </p>
      <Link href="/">Home</Link>
    </section>
  );
}
