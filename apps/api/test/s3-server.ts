// A local S3 for tests: path-style PutObject and GetObject over HTTP, each request's AWS
// Signature Version 4 checked against the keys it was given (as S3 does: 403
// SignatureDoesNotMatch otherwise), a signed payload's hash checked against the body, errors as
// S3's XML. Enough of the protocol for the AWS SDK's client, which is what talks to it.
import { createHash, createHmac } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type StoredObject = { body: Buffer; contentType?: string; cacheControl?: string };

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');
const hmac = (key: string | Buffer, data: string) => createHmac('sha256', key).update(data).digest();
const rfc3986 = (s: string) =>
  encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** The signature the request should carry, computed from what arrived (SigV4, service s3). */
function expectedSignature(req: IncomingMessage, secret: string, auth: Record<string, string>) {
  const url = new URL(req.url ?? '/', 'http://s3.local');
  const [, date, region, service] = (auth.Credential ?? '').split('/');
  const signed = (auth.SignedHeaders ?? '').split(';');
  const query = [...url.searchParams]
    .map(([k, v]) => `${rfc3986(k)}=${rfc3986(v)}`)
    .sort()
    .join('&');
  const headers = signed.map(
    (h) =>
      `${h}:${String(req.headers[h] ?? '')
        .trim()
        .replace(/\s+/g, ' ')}\n`,
  );
  const canonical = [
    req.method,
    url.pathname,
    query,
    headers.join(''),
    signed.join(';'),
    req.headers['x-amz-content-sha256'],
  ].join('\n');
  const scope = `${date}/${region}/${service}/aws4_request`;
  const toSign = ['AWS4-HMAC-SHA256', req.headers['x-amz-date'], scope, sha256(canonical)].join('\n');
  const key = ['aws4_request'].reduce(
    (k, part) => hmac(k, part),
    hmac(hmac(hmac(`AWS4${secret}`, date ?? ''), region ?? ''), service ?? ''),
  );
  return createHmac('sha256', key).update(toSign).digest('hex');
}

function fail(res: ServerResponse, status: number, code: string, message: string) {
  res.writeHead(status, { 'content-type': 'application/xml' });
  res.end(
    `<?xml version="1.0" encoding="UTF-8"?><Error><Code>${code}</Code><Message>${message}</Message></Error>`,
  );
}

export async function startS3Server(bucket: string, keys: { accessKeyId: string; secretAccessKey: string }) {
  const objects = new Map<string, StoredObject>();
  const requests: Array<{ method: string; key: string; signatureOk: boolean }> = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://s3.local').pathname);
      const key = path.slice(`/${bucket}/`.length);
      const auth = Object.fromEntries(
        String(req.headers.authorization ?? '')
          .replace(/^AWS4-HMAC-SHA256 /, '')
          .split(/,\s*/)
          .map((p) => p.split('=') as [string, string]),
      );
      const signatureOk =
        auth.Credential?.startsWith(`${keys.accessKeyId}/`) === true &&
        auth.Signature === expectedSignature(req, keys.secretAccessKey, auth);
      requests.push({ method: req.method ?? '', key, signatureOk });
      if (!signatureOk)
        return fail(res, 403, 'SignatureDoesNotMatch', 'The request signature does not match');
      const payloadHash = String(req.headers['x-amz-content-sha256']);
      if (/^[0-9a-f]{64}$/.test(payloadHash) && payloadHash !== sha256(body))
        return fail(res, 400, 'XAmzContentSHA256Mismatch', 'The payload hash does not match');
      if (!path.startsWith(`/${bucket}/`)) return fail(res, 404, 'NoSuchBucket', 'No such bucket');
      if (req.method === 'PUT') {
        objects.set(key, {
          body,
          contentType: req.headers['content-type'],
          cacheControl: req.headers['cache-control'],
        });
        res.writeHead(200, { etag: `"${createHash('md5').update(body).digest('hex')}"` });
        return res.end();
      }
      const object = objects.get(key);
      if (req.method !== 'GET') return fail(res, 405, 'MethodNotAllowed', 'Not supported here');
      if (!object) return fail(res, 404, 'NoSuchKey', 'The specified key does not exist.');
      res.writeHead(200, { 'content-type': object.contentType ?? 'application/octet-stream' });
      res.end(object.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    objects,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
