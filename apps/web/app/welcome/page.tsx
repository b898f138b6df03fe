import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { notFound } from 'next/navigation';
import { getStore, type Store } from '@/lib/api/store';
import { currentHost } from '@/lib/tenant';
import './welcome.css';

export const metadata: Metadata = { title: 'Ventory Commerce demo stores', robots: { index: false } };

/**
 * What `http://localhost:WEB_PORT` shows under `npm start` (proxy.ts rewrites `/` here): the demo
 * stores that exist, by name, instead of "No store here". DEMO_STORES lists their handles.
 */
export default async function Welcome() {
  const handles = (process.env.DEMO_STORES ?? '').split(',').filter(Boolean);
  const host = await currentHost();
  if (handles.length === 0 || !['localhost', '127.0.0.1'].includes(host)) notFound();
  const base = process.env.PLATFORM_DOMAIN ?? 'localhost';
  // The stores answer on the same port as this page.
  const port = (await headers()).get('host')?.match(/:(\d+)$/)?.[1];
  const at = (domain: string) => (port ? `${domain}:${port}` : domain);
  const stores = (await Promise.all(handles.map((h) => getStore(`${h}.${base}`)))).filter(
    (s): s is Store => s !== null,
  );
  return (
    <main id="main" className="welcome">
      <h1>Ventory Commerce</h1>
      <p>Each shop lives on its own address. Pick a demo store:</p>
      {stores.length === 0 ? (
        <p>The demo stores are still being set up. Reload in a moment.</p>
      ) : (
        <ul className="welcome-stores">
          {stores.map((s) => (
            <li key={s.id}>
              <a href={`http://${at(s.domain)}/`} style={{ borderColor: s.primaryColor ?? undefined }}>
                <strong>{s.name}</strong>
                {s.description ? <span>{s.description}</span> : null}
                <span className="welcome-url">{at(s.domain)}</span>
              </a>
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
