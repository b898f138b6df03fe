import { randomBytes } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import webpush from 'web-push';

export type Vapid = { publicKey: string; privateKey: string; subject: string };

/**
 * The VAPID key pair that signs web push: from the config when set (production), else the pair
 * kept in `DATA_DIR/vapid.json`, made on first start. A browser's subscription is bound to the
 * public key, so a pair made per process would silently break every subscription at the next
 * restart, and under API_WORKERS the process that sends would not be the one that subscribed.
 */
export function vapidKeys(config: {
  dataDir: string;
  vapidPublicKey?: string;
  vapidPrivateKey?: string;
  vapidSubject?: string;
}): Vapid {
  const subject = config.vapidSubject ?? 'mailto:push@ventory.localhost';
  if (config.vapidPublicKey && config.vapidPrivateKey)
    return { publicKey: config.vapidPublicKey, privateKey: config.vapidPrivateKey, subject };
  return { ...keptPair(path.resolve(config.dataDir, 'vapid.json')), subject };
}

function keptPair(file: string): { publicKey: string; privateKey: string } {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  // Written aside, then linked into place: of processes starting together, one pair wins whole.
  mkdirSync(path.dirname(file), { recursive: true });
  const draft = `${file}.${randomBytes(6).toString('hex')}`;
  writeFileSync(draft, JSON.stringify(webpush.generateVAPIDKeys()), { mode: 0o600 });
  try {
    linkSync(draft, file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
  } finally {
    unlinkSync(draft);
  }
  return JSON.parse(readFileSync(file, 'utf8'));
}
