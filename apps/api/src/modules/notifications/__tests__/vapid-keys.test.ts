import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { vapidKeys } from '../vapid-keys.ts';

test('without configured keys, the pair made on first start is kept in DATA_DIR and reused after a restart', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'vapid-'));
  try {
    const first = vapidKeys({ dataDir: path.join(dataDir, 'nested') });
    const again = vapidKeys({ dataDir: path.join(dataDir, 'nested') });
    assert.deepEqual(again, first, 'a restart signs with the key browsers subscribed to');
    assert.match(first.publicKey, /^[A-Za-z0-9_-]{80,}$/);
    const file = path.join(dataDir, 'nested', 'vapid.json');
    assert.equal(statSync(file).mode & 0o777, 0o600, 'the private key is readable by its owner only');
    assert.deepEqual(readdirSync(path.join(dataDir, 'nested')), ['vapid.json'], 'no draft left behind');

    const configured = vapidKeys({
      dataDir,
      vapidPublicKey: 'configured-public-key-000000',
      vapidPrivateKey: 'configured-private-key-00000',
      vapidSubject: 'mailto:ops@example.test',
    });
    assert.deepEqual(configured, {
      publicKey: 'configured-public-key-000000',
      privateKey: 'configured-private-key-00000',
      subject: 'mailto:ops@example.test',
    });
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});
