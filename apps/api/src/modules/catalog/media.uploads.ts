// Merchant image uploads: multipart, images only, a size limit per file and per request, each file
// re-encoded with sharp (which also drops EXIF and every other metadata, GPS included) and stored
// content-addressed as <tenant>/<sha256>.webp (media.storage.ts: files or a bucket). Re-encoding means a crafted file never reaches
// a shopper's browser as uploaded: only pixels sharp could decode come out.
import { createHash } from 'node:crypto';
import busboy from 'busboy';
import type { Request } from 'express';
import type Sharp from 'sharp';
import { DomainError, invalid, notFound } from '../../platform/errors.ts';
import type { MediaObjects } from './media.storage.ts';

export type UploadLimits = { maxBytes: number; maxFiles: number; maxPixels: number };
export const DEFAULT_LIMITS: UploadLimits = {
  maxBytes: 10 * 1024 * 1024,
  maxFiles: 10,
  maxPixels: 40_000_000,
};
export type StoredImage = { url: string; width: number; height: number; bytes: number; name: string };

const tooLarge = (message: string) => new DomainError('PAYLOAD_TOO_LARGE', 'PAYLOAD_TOO_LARGE', message);
const FILE_NAME = /^[0-9a-f]{64}\.webp$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

type Part = { name: string; type: string; data: Buffer };

/** Reads every file part of a multipart request into memory, within the limits. */
function readParts(req: Request, limits: UploadLimits): Promise<Part[]> {
  return new Promise((resolve, reject) => {
    let bb: busboy.Busboy;
    try {
      bb = busboy({
        headers: req.headers,
        limits: { fileSize: limits.maxBytes, files: limits.maxFiles, fields: 20 },
      });
    } catch {
      reject(invalid('Send multipart/form-data with one or more "file" parts'));
      return;
    }
    const parts: Part[] = [];
    let failure: Error | null = null;
    bb.on('file', (field, stream, info) => {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('limit', () => {
        failure ??= tooLarge(`${info.filename || field} is over ${limits.maxBytes} bytes`);
      });
      stream.on('end', () => {
        if (!(stream as { truncated?: boolean }).truncated)
          parts.push({ name: info.filename || field, type: info.mimeType, data: Buffer.concat(chunks) });
      });
    });
    bb.on('filesLimit', () => {
      failure ??= tooLarge(`At most ${limits.maxFiles} files per upload`);
    });
    bb.on('error', () => reject(invalid('Malformed multipart body')));
    bb.on('close', () => (failure ? reject(failure) : resolve(parts)));
    req.pipe(bb);
  });
}

// sharp (libvips) is loaded on the first upload, not with the API, as a start costs it otherwise.
let sharpLoaded: Promise<typeof Sharp> | undefined;

async function reencode(part: Part, index: number, maxPixels: number) {
  sharpLoaded ??= import('sharp').then((m) => m.default);
  const sharp = await sharpLoaded;
  if (!/^image\//.test(part.type))
    throw invalid('Only images can be uploaded', [
      { path: `files.${index}`, message: `${part.name} is not an image` },
    ]);
  try {
    const image = sharp(part.data, { limitInputPixels: maxPixels, failOn: 'error' })
      .rotate() // applies the EXIF orientation before the metadata is dropped
      .resize({ width: 2400, height: 2400, fit: 'inside', withoutEnlargement: true });
    const { data, info } = await image.webp({ quality: 82 }).toBuffer({ resolveWithObject: true });
    return { data, width: info.width, height: info.height };
  } catch {
    throw invalid('Not a readable image', [
      { path: `files.${index}`, message: `${part.name} could not be decoded` },
    ]);
  }
}

export function createMediaStore(objects: MediaObjects, limits: UploadLimits = DEFAULT_LIMITS) {
  return {
    async upload(tenantId: string, req: Request): Promise<StoredImage[]> {
      const parts = await readParts(req, limits);
      if (!parts.length)
        throw invalid('No file in the upload', [{ path: 'files', message: 'add at least one image' }]);
      const encoded = await Promise.all(parts.map((p, i) => reencode(p, i, limits.maxPixels)));
      return Promise.all(
        encoded.map(async (img, i) => {
          const file = `${createHash('sha256').update(img.data).digest('hex')}.webp`;
          await objects.put(`${tenantId}/${file}`, img.data);
          return {
            url: `/api/media/uploads/${tenantId}/${file}`,
            width: img.width,
            height: img.height,
            bytes: img.data.length,
            name: parts[i]?.name ?? file,
          };
        }),
      );
    },
    /** A stored image; names are checked so no key can leave the tenant's media. */
    async read(tenantId: string, file: string): Promise<Buffer> {
      if (!UUID.test(tenantId) || !FILE_NAME.test(file)) throw notFound('Image');
      const bytes = await objects.get(`${tenantId}/${file}`);
      if (!bytes) throw notFound('Image');
      return bytes;
    },
  };
}
export type MediaStore = ReturnType<typeof createMediaStore>;
