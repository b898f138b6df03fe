// Image uploads: re-encoded to WebP without metadata, stored under DATA_DIR, served by hash;
// non-images, oversize files, bad names and anonymous callers are refused and store nothing.
import assert from 'node:assert/strict';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { ApiError } from '@ventory/sdk';
import sharp from 'sharp';
import { anonymous, newMerchant } from '../../../../test/fixtures.ts';
import { startTestServer, type TestServer } from '../../../../test/server.ts';

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
