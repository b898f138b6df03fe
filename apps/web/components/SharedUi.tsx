'use client';
import type { ThemeTokens } from '@ventory/shop-core';
// The storefront's side of `packages/ui`: the components the Expo app renders too (React Native
// primitives, drawn on the web by react-native-web), given the store's theme tokens. A client
// module, since the components use React context.
import { ThemeProvider } from '@ventory/ui';
import { useServerInsertedHTML } from 'next/navigation';
import { type ReactNode, useRef } from 'react';
import { StyleSheet } from 'react-native';

export { AddressForm, CartLine, Price, RatingStars, StockBadge, TextField } from '@ventory/ui';

type Sheet = { id: string; textContent: string };
const sheetOf = () => (StyleSheet as unknown as { getSheet(): Sheet }).getSheet();

/**
 * The store's tokens for the shared components, and their CSS in the server-rendered page: the
 * rules react-native-web compiled on the server go out in one `<style>` carrying the CSP nonce, and
 * in the browser react-native-web finds that element by its id and adds later rules to it through
 * the CSSOM (which the policy allows), instead of creating a `<style>` the policy would block.
 */
export function SharedUi({
  tokens,
  nonce,
  children,
}: {
  tokens: ThemeTokens;
  nonce?: string;
  children: ReactNode;
}) {
  const sent = useRef('');
  useServerInsertedHTML(() => {
    const sheet = sheetOf();
    if (sheet.textContent === sent.current) return null;
    const first = sent.current === '';
    sent.current = sheet.textContent;
    return (
      <style
        // Only the first carries the id react-native-web looks for; a later one adds rules compiled since.
        id={first ? sheet.id : undefined}
        nonce={nonce}
        // biome-ignore lint/security/noDangerouslySetInnerHtml: CSS compiled by react-native-web from our own styles
        dangerouslySetInnerHTML={{ __html: sheet.textContent }}
      />
    );
  });
  return <ThemeProvider tokens={tokens}>{children}</ThemeProvider>;
}
