// Where uploaded images' bytes live: files under DATA_DIR/media by default, or an S3-compatible
// bucket (AWS S3, Cloudflare R2, MinIO, ...) when MEDIA_S3_BUCKET is set, so that several API
// processes on several machines serve the same uploads. Either way the API serves them at the same
// URL, so switching storage changes no stored image URL.
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { S3Client } from '@aws-sdk/client-s3';
import type { AppConfig } from '../../platform/config.ts';
import { temporarilyUnavailable } from '../../platform/errors.ts';

/** Objects under keys of the form `<tenantId>/<sha256>.webp`; names are checked by the caller. */
export type MediaObjects = {
  put(key: string, bytes: Buffer): Promise<void>;
  /** The object's bytes, or undefined when there is none. */
  get(key: string): Promise<Buffer | undefined>;
};

export type MediaS3Settings = NonNullable<AppConfig['mediaS3']>;

export function fileObjects(root: string): MediaObjects {
  return {
    async put(key, bytes) {
      const file = path.join(root, key);
      await mkdir(path.dirname(file), { recursive: true });
      // Written aside, then renamed: a reader never sees half a file.
      const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
      await writeFile(tmp, bytes);
      await rename(tmp, file);
    },
    get: (key) => readFile(path.join(root, key)).catch(() => undefined),
  };
}

/** A bucket that refuses or does not answer is a 503 with the cause for the log, not a 500. */
const unreachable = (settings: MediaS3Settings, error: unknown) => {
  const cause = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return temporarilyUnavailable(
    `Media storage (bucket ${settings.bucket}) refused or did not answer: ${cause}`,
  );
};

export function s3Objects(settings: MediaS3Settings): MediaObjects {
  // The AWS SDK is loaded with the first upload or read, not with every API start.
  let client: Promise<{ s3: S3Client; sdk: typeof import('@aws-sdk/client-s3') }> | undefined;
  const connect = () => {
    client ??= import('@aws-sdk/client-s3').then((sdk) => ({
      sdk,
      s3: new sdk.S3Client({
        region: settings.region,
        endpoint: settings.endpoint,
        forcePathStyle: settings.endpoint !== undefined,
        credentials: settings.credentials,
        maxAttempts: 2,
      }),
    }));
    return client;
  };
  const Key = (key: string) => settings.prefix + key;
  return {
    async put(key, bytes) {
      const { s3, sdk } = await connect();
      await s3
        .send(
          new sdk.PutObjectCommand({
            Bucket: settings.bucket,
            Key: Key(key),
            Body: bytes,
            ContentType: 'image/webp',
            CacheControl: 'public, max-age=31536000, immutable',
          }),
        )
        .catch((e: unknown) => {
          throw unreachable(settings, e);
        });
    },
    async get(key) {
      const { s3, sdk } = await connect();
      try {
        const object = await s3.send(new sdk.GetObjectCommand({ Bucket: settings.bucket, Key: Key(key) }));
        return object.Body ? Buffer.from(await object.Body.transformToByteArray()) : undefined;
      } catch (e) {
        if (e instanceof sdk.NoSuchKey) return undefined;
        throw unreachable(settings, e);
      }
    },
  };
}

/** The configured storage: the bucket when one is set, else files under DATA_DIR/media. */
export const mediaObjects = (dataDir: string, s3?: MediaS3Settings): MediaObjects =>
  s3 ? s3Objects(s3) : fileObjects(path.resolve(dataDir, 'media'));
