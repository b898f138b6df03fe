'use client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { type ReactNode, Suspense, useState } from 'react';
import { SessionProvider } from '@/lib/session';
import { Shell } from './shell';

export function Providers({ children }: { children: ReactNode }) {
  const [queries] = useState(
    () =>
      new QueryClient({
        defaultOptions: { queries: { staleTime: 10_000, retry: 1, refetchOnWindowFocus: true } },
      }),
  );
  return (
    <QueryClientProvider client={queries}>
      <SessionProvider>
        <Suspense
          fallback={
            <main className="login">
              <p role="status">Loading…</p>
            </main>
          }
        >
          <Shell>{children}</Shell>
        </Suspense>
      </SessionProvider>
    </QueryClientProvider>
  );
}
