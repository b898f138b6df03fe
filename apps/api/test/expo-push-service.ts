import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export type ExpoMessage = { to: string; title?: string; body?: string; data?: Record<string, unknown> };

/**
 * A local stand-in for Expo's push service (`POST /--/api/v2/push/send`), speaking its protocol:
 * a JSON array of messages in, `{ data: [ticket, …] }` out, one ticket per message; a token in
 * `unregistered` gets the `DeviceNotRegistered` error ticket Expo gives for an uninstalled app.
 * A GET answers the messages received so far (tests running in another process read them so).
 */
export async function startExpoPushService() {
  const messages: Array<ExpoMessage & { headers: IncomingHttpHeaders }> = [];
  const unregistered = new Set<string>();
  let tickets = 0;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      res.setHeader('content-type', 'application/json');
      // Not Expo's: what was sent, for tests in another process (the mobile app's).
      if (req.method === 'GET') return void res.end(JSON.stringify({ messages }));
      let batch: ExpoMessage[];
      try {
        const parsed = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        batch = Array.isArray(parsed) ? parsed : [parsed];
      } catch {
        res.statusCode = 400;
        res.end(JSON.stringify({ errors: [{ code: 'VALIDATION_ERROR', message: 'body is not JSON' }] }));
        return;
      }
      if (req.method !== 'POST' || req.url !== '/--/api/v2/push/send' || batch.length > 100) {
        res.statusCode = req.method !== 'POST' ? 405 : req.url !== '/--/api/v2/push/send' ? 404 : 400;
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
        return { status: 'ok', id: `ticket-${tickets}` };
      });
      res.end(JSON.stringify({ data }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/--/api/v2/push/send`,
    messages,
    unregistered,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
