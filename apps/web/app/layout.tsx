import type { ReactNode } from 'react';
import './globals.css';

/** The document shell; everything store-specific lives in the (shop) layout. */
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
