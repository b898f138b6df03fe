// Image uploads: re-encoded to WebP without metadata, stored under DATA_DIR or in an S3 bucket,
// served by hash; non-images, oversize files, bad names and anonymous callers are refused and
// store nothing.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { ApiError } from '@ventory/sdk';
import sharp from 'sharp';
import { anonymous, newMerchant } from '../../../../test/fixtures.ts';
import { startS3Server } from '../../../../test/s3-server.ts';
import { startTestServer, type TestServer } from '../../../../test/server.ts';
import { loadConfig } from '../../../platform/config.ts';

let server: TestServer;
let dataDir: string;
before(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'ventory-media-'));
  server = await startTestServer({ dataDir });
});
after(async () => {
  await server.close();
  await rm(dataDir, { recursive: true, force: true });
});

/** A JPEG carrying EXIF (camera make and an orientation), as phones produce. */
const photo = () =>
  sharp({ create: { width: 64, height: 32, channels: 3, background: '#c05020' } })
    .jpeg()
    .withMetadata({ orientation: 6, exif: { IFD0: { Make: 'SecretCam', Copyright: 'GPS 51.5,-0.1' } } })
    .toBuffer();

const blob = (b: Buffer, type: string) => new Blob([new Uint8Array(b)], { type });

test('upload: several images, re-encoded to WebP, EXIF gone, orientation applied, served by hash', async () => {
  const { client, tenantId } = await newMerchant(server);
  const jpeg = await photo();
  assert.ok((await sharp(jpeg).metadata()).exif, 'the fixture carries EXIF');
  const png = await sharp({ create: { width: 10, height: 10, channels: 4, background: '#0000ff80' } })
    .png()
    .toBuffer();
  const { data } = await client.media.upload([
    { name: 'front.jpg', data: blob(jpeg, 'image/jpeg') },
    { name: 'back.png', data: blob(png, 'image/png') },
  ]);
  assert.equal(data.length, 2);
  assert.match(data[0]?.url ?? '', new RegExp(`^/api/media/uploads/${tenantId}/[0-9a-f]{64}\\.webp$`));
  assert.deepEqual([data[0]?.width, data[0]?.height], [32, 64], 'rotated by its EXIF orientation');
  const res = await fetch(server.url + (data[0]?.url ?? ''));
  assert.equal(res.status, 200);
  assert.equal(res.headers.get('content-type'), 'image/webp');
  const meta = await sharp(Buffer.from(await res.arrayBuffer())).metadata();
  assert.equal(meta.format, 'webp');
  assert.equal(meta.exif, undefined);
  assert.equal(meta.orientation, undefined);
  assert.equal((await readdir(path.join(dataDir, 'media', tenantId))).length, 2);
});

test('refusals: not an image, a lying image, too large, no file, anonymous, bad names', async () => {
  const { client, tenantId } = await newMerchant(server);
  const status = async (files: Array<{ name: string; data: Blob }>, who = client) =>
    who.media.upload(files).then(
      () => 201,
      (e: unknown) => (e instanceof ApiError ? e.status : 0),
    );
  assert.equal(await status([{ name: 'a.txt', data: blob(Buffer.from('hello'), 'text/plain') }]), 400);
  assert.equal(
    await status([{ name: 'fake.png', data: blob(Buffer.from('<svg onload=alert(1)>'), 'image/png') }]),
    400,
  );
  assert.equal(
    await status([{ name: 'big.jpg', data: blob(Buffer.alloc(11 * 1024 * 1024, 1), 'image/jpeg') }]),
    413,
  );
  assert.equal(await status([]), 400);
  assert.equal(
    await status([{ name: 'x.jpg', data: blob(await photo(), 'image/jpeg') }], anonymous(server)),
    401,
  );
  const json = await client.raw('POST', '/api/media/uploads', { file: 'x' });
  assert.equal(json.status, 400);
  for (const bad of [
    `${tenantId}/..%2F..%2Fjwt-secret`,
    `${tenantId}/abc.webp`,
    `not-a-tenant/${'a'.repeat(64)}.webp`,
  ])
    assert.equal((await fetch(`${server.url}/api/media/uploads/${bad}`)).status, 404, bad);
  await assert.rejects(readdir(path.join(dataDir, 'media', tenantId)), 'nothing stored for refused uploads');
});

test('with MEDIA_S3_BUCKET: uploads go to the bucket, signed; same URLs; a bucket away is a 503', async () => {
  const keys = { accessKeyId: 'AKIAVENTORYTEST', secretAccessKey: randomBytes(20).toString('hex') };
  const s3 = await startS3Server('shop-media', keys);
  const bucket = { bucket: 'shop-media', prefix: 'media/', region: 'eu-west-1', endpoint: s3.url };
  const api = await startTestServer({ mediaS3: { ...bucket, credentials: keys } });
  try {
    const { client, tenantId } = await newMerchant(api);
    const { data } = await client.media.upload([
      { name: 'front.jpg', data: blob(await photo(), 'image/jpeg') },
    ]);
    const url = data[0]?.url ?? '';
    assert.match(url, new RegExp(`^/api/media/uploads/${tenantId}/[0-9a-f]{64}\\.webp$`), 'the same URLs');
    const stored = s3.objects.get(`media/${url.split('/uploads/')[1]}`);
    assert.ok(stored, 'the object is in the bucket under the prefix');
    assert.equal(stored.contentType, 'image/webp');
    assert.match(stored.cacheControl ?? '', /immutable/);
    const res = await fetch(api.url + url);
    assert.equal(res.status, 200);
    assert.deepEqual(Buffer.from(await res.arrayBuffer()), stored.body, 'served from the bucket');
    const missing = `${api.url}/api/media/uploads/${tenantId}/${'0'.repeat(64)}.webp`;
    assert.equal((await fetch(missing)).status, 404);
    assert.ok(s3.requests.length >= 3 && s3.requests.every((r) => r.signatureOk), 'every request signed');

    // The local S3 does check signatures: a client with another secret is refused.
    const stranger = new S3Client({
      ...bucket,
      forcePathStyle: true,
      credentials: { ...keys, secretAccessKey: 'not-the-secret' },
    });
    await assert.rejects(stranger.send(new GetObjectCommand({ Bucket: 'shop-media', Key: 'media/x' })), {
      name: 'SignatureDoesNotMatch',
    });

    await s3.close();
    const away = await client.raw('GET', url);
    assert.equal(away.status, 503, 'the bucket away: 503, not 500');
    const upload = await client.media
      .upload([{ name: 'b.jpg', data: blob(await photo(), 'image/jpeg') }])
      .then(
        () => 201,
        (e: unknown) => (e instanceof ApiError ? e.status : 0),
      );
    assert.equal(upload, 503);
  } finally {
    await api.close();
    await s3.close().catch(() => {});
  }
});

test('MEDIA_S3_*: files unless a bucket is named; keys come in pairs', () => {
  assert.equal(loadConfig({}).mediaS3, undefined);
  assert.deepEqual(loadConfig({ MEDIA_S3_BUCKET: 'shop-media' }).mediaS3, {
    bucket: 'shop-media',
    prefix: 'media/',
    region: 'us-east-1',
    endpoint: undefined,
    credentials: undefined,
  });
  assert.throws(
    () => loadConfig({ MEDIA_S3_BUCKET: 'shop-media', MEDIA_S3_ACCESS_KEY_ID: 'AKIA' }),
    /MEDIA_S3_SECRET_ACCESS_KEY/,
  );
});
