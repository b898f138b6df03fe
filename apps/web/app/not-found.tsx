import type { Metadata } from 'next';
import Link from '@/components/Link';
import { getStore } from '@/lib/api/store';
import { currentHost } from '@/lib/tenant';

export const metadata: Metadata = { title: 'Not found', robots: { index: false } };

/** One 404 for both cases: no store at this host, or no such page in the store. */
export default async function NotFound() {
  const host = await currentHost();
  const store = host ? await getStore(host) : null;
  return (
    <main id="main" className="notfound">
      {store ? (
        <>
          <h1>Page not found</h1>
          <p>We could not find that page in {store.name}.</p>
          <p>
            <Link href="/">Back to the shop</Link>
          </p>
        </>
      ) : (
        <>
          <h1>No store here</h1>
          <p>
            There is no shop at <strong>{host || 'this address'}</strong>. Check the address and try again.
          </p>
        </>
      )}
    </main>
  );
}
