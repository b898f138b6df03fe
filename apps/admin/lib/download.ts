'use client';
import type { VentoryClient } from '@ventory/sdk';

/** Fetches a PDF with the session's token and opens it (a plain link could not send the token). */
export async function openPdf(client: VentoryClient, path: string, filename: string): Promise<void> {
  const blob = await client.blob(path);
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
