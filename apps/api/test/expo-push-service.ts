import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export type ExpoMessage = { to: string; title?: string; body?: string; data?: Record<string, unknown> };

const SEND = '/--/api/v2/push/send';
const RECEIPTS = '/--/api/v2/push/getReceipts';

/**
 * A local stand-in for Expo's push service, speaking its protocol:
 * - `POST …/send`: a JSON array of messages in, `{ data: [ticket, …] }` out, one ticket per
 *   message; a token in `unregistered` gets the `DeviceNotRegistered` error ticket Expo gives for
 *   an uninstalled app.
 * - `POST …/getReceipts`: `{ ids }` in, `{ data: { [ticket id]: receipt } }` out. A ticket whose
 *   token is in `refusedLater` gets that error code as its receipt (`DeviceNotRegistered` when the
 *   app was removed after the send, `MessageTooBig`, …); one in `notReady` is left out, as Expo
 *   does before the receipt exists; every other receipt is `ok`.
 * A GET answers the messages received so far (tests running in another process read them so).
 */
export async function startExpoPushService() {
  const messages: Array<ExpoMessage & { headers: IncomingHttpHeaders }> = [];
  const unregistered = new Set<string>();
  const refusedLater = new Map<string, string>();
  const notReady = new Set<string>();
  const tokenOfTicket = new Map<string, string>();
  const receiptRequests: Array<{ ids: string[]; headers: IncomingHttpHeaders }> = [];
  let tickets = 0;
  const receiptOf = (token: string) => {
    const code = refusedLater.get(token);
    return code
      ? { status: 'error', message: `${code} for "${token}"`, details: { error: code } }
      : { status: 'ok' };
  };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      res.setHeader('content-type', 'application/json');
      // Not Expo's: what was sent, for tests in another process (the mobile app's).
      if (req.method === 'GET') return void res.end(JSON.stringify({ messages }));
      let batch: ExpoMessage[];
      let parsed: unknown;
      try {
        parsed = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        batch = Array.isArray(parsed) ? parsed : [parsed as ExpoMessage];
      } catch {
        res.statusCode = 400;
        res.end(JSON.stringify({ errors: [{ code: 'VALIDATION_ERROR', message: 'body is not JSON' }] }));
        return;
      }
      if (req.method === 'POST' && req.url === RECEIPTS) {
        const ids = (parsed as { ids?: unknown } | null)?.ids;
        if (!Array.isArray(ids) || ids.length > 1000) {
          res.statusCode = 400;
          res.end(JSON.stringify({ errors: [{ code: 'VALIDATION_ERROR', message: 'ids must be a list' }] }));
          return;
        }
        receiptRequests.push({ ids: ids.map(String), headers: req.headers });
        const data: Record<string, unknown> = {};
        for (const id of ids.map(String)) {
          const token = tokenOfTicket.get(id);
          if (token !== undefined && !notReady.has(token)) data[id] = receiptOf(token);
        }
        return void res.end(JSON.stringify({ data }));
      }
      if (req.method !== 'POST' || req.url !== SEND || batch.length > 100) {
        res.statusCode = req.method !== 'POST' ? 405 : req.url !== SEND ? 404 : 400;
        res.end(JSON.stringify({ errors: [{ code: 'VALIDATION_ERROR', message: 'not a push request' }] }));
        return;
      }
      const data = batch.map((m) => {
        messages.push({ ...m, headers: req.headers });
        if (unregistered.has(m.to))
          return {
            status: 'error',
            message: `"${m.to}" is not a registered push notification recipient`,
            details: { error: 'DeviceNotRegistered', expoPushToken: m.to },
          };
        tickets += 1;
        tokenOfTicket.set(`ticket-${tickets}`, m.to);
        return { status: 'ok', id: `ticket-${tickets}` };
      });
      res.end(JSON.stringify({ data }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}${SEND}`,
    messages,
    unregistered,
    refusedLater,
    notReady,
    receiptRequests,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
