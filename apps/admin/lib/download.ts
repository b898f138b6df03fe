'use client';
import type { VentoryClient } from '@ventory/sdk';

/**
 * Fetches a file with the session's token and saves it under `filename` (a plain link could not
 * send the token): PDFs (labels, pick lists) and JSON exports.
 */
export async function saveDownload(
  client: VentoryClient,
  path: string,
  filename: string,
  accept = 'application/pdf',
): Promise<void> {
  const blob = await client.blob(path, accept);
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Fetches a PDF with the session's token and opens it. */
export const openPdf = (client: VentoryClient, path: string, filename: string): Promise<void> =>
  saveDownload(client, path, filename);
