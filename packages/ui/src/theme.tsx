import { type ThemeTokens, tokensFromStore } from '@ventory/shop-core';
import { createContext, type ReactNode, useContext } from 'react';

const defaultTokens = tokensFromStore(null);
const TokensContext = createContext<ThemeTokens>(defaultTokens);

/** Gives every component below the store's tokens (see `tokensFromStore` in @ventory/shop-core). */
export function ThemeProvider({ tokens, children }: { tokens: ThemeTokens; children: ReactNode }) {
  return <TokensContext.Provider value={tokens}>{children}</TokensContext.Provider>;
}

export const useTokens = () => useContext(TokensContext);
