import type { ReactNode } from 'react';
import { SharedUi } from '@/components/SharedUi';
import { nonce, requireStore } from '@/lib/tenant';
import { uiTokens } from '@/lib/theme';

/**
 * Where a page uses `packages/ui` (product cards, price, cart lines…): the current store's tokens
 * and the CSP nonce for their CSS. Once per page, around everything that uses them; pages without
 * shared components (account, content, tracking) leave it out and load no react-native-web.
 */
export async function ShopUi({ children }: { children: ReactNode }) {
  const [store, n] = await Promise.all([requireStore(), nonce()]);
  return (
    <SharedUi tokens={uiTokens(store)} nonce={n}>
      {children}
    </SharedUi>
  );
}
