import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { generate } from 'otplib';
import { anonymous, newMerchant } from '../../../../test/fixtures.ts';
import { eventually, startMailbox } from '../../../../test/mailbox.ts';
import { startTestServer, type TestServer } from '../../../../test/server.ts';

let server: TestServer;
let mailbox: Awaited<ReturnType<typeof startMailbox>>;
before(async () => {
  mailbox = await startMailbox();
  server = await startTestServer({ smtpUrl: mailbox.url, adminUrl: 'https://admin.example.test' });
});
after(async () => {
  await server.close();
  await mailbox.close();
});

const linkToken = (text: string, path: string) => {
  const match = new RegExp(`https://admin\\.example\\.test/${path}\\?token=([A-Za-z0-9_-]+)`).exec(text);
  assert.ok(match?.[1], `no ${path} link in: ${text}`);
  return match[1];
};
type Me = { emailVerified: boolean; twoFactorEnabled: boolean };
type Session = { accessToken: string; refreshToken: string };

/**
 * TOTP codes as an authenticator app shows them. The server takes each 30 s step once and allows
 * one step of drift, so a code for the current or the next step is fresh; `take` marks its step
 * used (as the server will), `peek` does not (for requests refused before the code is looked at).
 */
function codes(secret: string) {
  let lastStep = 0;
  async function next(consume: boolean) {
    for (;;) {
      const now = Math.floor(Date.now() / 1000);
      for (const offset of [0, 30]) {
        const step = Math.floor((now + offset) / 30);
        if (step > lastStep) {
          if (consume) lastStep = step;
          return generate({ secret, epoch: now + offset });
        }
      }
      await new Promise((r) => setTimeout(r, 1000));
    }
  }
  return { take: () => next(true), peek: () => next(false) };
}

describe('merchant email verification', () => {
  test('signup emails a verification link; it verifies once', async () => {
    const m = await newMerchant(server);
    assert.equal((await m.client.call<Me>('GET', '/api/auth/me')).emailVerified, false);
    const mail = await eventually(() => mailbox.to(m.email)[0], 'the verification email');
    const token = linkToken(mail.text, 'verify-email');
    assert.equal((await anonymous(server).raw('POST', '/api/auth/verify-email', { token })).status, 204);
    assert.equal((await m.client.call<Me>('GET', '/api/auth/me')).emailVerified, true);
    assert.equal((await anonymous(server).raw('POST', '/api/auth/verify-email', { token })).status, 401);
    // Stored as a hash only.
    const forged = await anonymous(server).raw('POST', '/api/auth/verify-email', { token: 'a'.repeat(43) });
    assert.equal(forged.status, 401);
  });
});

describe('merchant password reset', () => {
  test('a reset link sets a new password once, ends older sessions, and says nothing about unknown emails', async () => {
    const m = await newMerchant(server);
    const refreshBefore = m.session.refreshToken;
    const asked = await anonymous(server).raw('POST', '/api/auth/password-reset', {
      email: m.email.toUpperCase(),
    });
    assert.equal(asked.status, 202);
    const unknown = await anonymous(server).raw('POST', '/api/auth/password-reset', {
      email: 'nobody-here@example.test',
    });
    assert.equal(unknown.status, 202);
    assert.deepEqual(unknown.body, asked.body);

    const mail = await eventually(
      () => mailbox.to(m.email).find((x) => x.subject.includes('Reset')),
      'the reset email',
    );
    const token = linkToken(mail.text, 'reset-password');
    // A second request within the minute sends no second email.
    await anonymous(server).raw('POST', '/api/auth/password-reset', { email: m.email });
    assert.equal(
      (await anonymous(server).raw('POST', '/api/auth/password-reset/confirm', { token, password: 'short' }))
        .status,
      400,
    );

    // Sessions issued before the reset end; the one-second resolution of token times needs a tick.
    await new Promise((r) => setTimeout(r, 1100));
    const done = await anonymous(server).raw('POST', '/api/auth/password-reset/confirm', {
      token,
      password: 'a brand new password',
    });
    assert.equal(done.status, 204);
    assert.equal((await m.client.raw('GET', '/api/auth/me')).status, 401);
    assert.equal(
      (await anonymous(server).raw('POST', '/api/auth/refresh', { refreshToken: refreshBefore })).status,
      401,
    );
    assert.equal(
      (await anonymous(server).raw('POST', '/api/auth/login', { email: m.email, password: m.password }))
        .status,
      401,
    );
    const login = await anonymous(server).raw<Session>('POST', '/api/auth/login', {
      email: m.email,
      password: 'a brand new password',
    });
    assert.equal(login.status, 200);
    assert.equal((await anonymous(server).as(login.body.accessToken).raw('GET', '/api/auth/me')).status, 200);
    assert.equal(mailbox.to(m.email).filter((x) => x.subject.includes('Reset')).length, 1);
    // Single use.
    const again = await anonymous(server).raw('POST', '/api/auth/password-reset/confirm', {
      token,
      password: 'yet another password',
    });
    assert.equal(again.status, 401);
  });
});

describe('TOTP two-factor', () => {
  test('setup → enable → login needs a code; recovery codes work once; disable', async () => {
    const m = await newMerchant(server);
    const setup = await m.client.call<{ secret: string; otpauthUrl: string }>('POST', '/api/auth/2fa/setup');
    const totp = codes(setup.secret);
    assert.match(setup.otpauthUrl, /^otpauth:\/\/totp\/Ventory:/);
    assert.equal((await m.client.raw('POST', '/api/auth/2fa/enable', { code: '000000' })).status, 400);
    const enabled = await m.client.call<{ recoveryCodes: string[] }>('POST', '/api/auth/2fa/enable', {
      code: await totp.take(),
    });
    assert.equal(enabled.recoveryCodes.length, 10);
    assert.equal((await m.client.call<Me>('GET', '/api/auth/me')).twoFactorEnabled, true);

    // The password alone earns a challenge, not a session.
    const login = await anonymous(server).raw<{
      twoFactorRequired: boolean;
      challengeToken: string;
      accessToken?: string;
    }>('POST', '/api/auth/login', { email: m.email, password: m.password });
    assert.equal(login.status, 200);
    assert.equal(login.body.twoFactorRequired, true);
    assert.equal(login.body.accessToken, undefined);
    const challengeToken = login.body.challengeToken;
    const wrong = await anonymous(server).raw('POST', '/api/auth/2fa/verify', {
      challengeToken,
      code: '123456',
    });
    assert.equal(wrong.status, 401);
    const ok = await anonymous(server).raw<Session>('POST', '/api/auth/2fa/verify', {
      challengeToken,
      code: await totp.take(),
    });
    assert.equal(ok.status, 200, JSON.stringify(ok.body));
    assert.ok(ok.body.accessToken);
    // A challenge is spent by its success.
    const replay = await anonymous(server).raw('POST', '/api/auth/2fa/verify', {
      challengeToken,
      code: await totp.peek(),
    });
    assert.equal(replay.status, 401);

    // A recovery code works once (typed in capitals, without its dash).
    const recovery = enabled.recoveryCodes[0] as string;
    const second = await anonymous(server).call<{ challengeToken: string }>('POST', '/api/auth/login', {
      email: m.email,
      password: m.password,
    });
    const viaRecovery = await anonymous(server).raw<Session>('POST', '/api/auth/2fa/verify', {
      challengeToken: second.challengeToken,
      recoveryCode: recovery.replace('-', '').toUpperCase(),
    });
    assert.equal(viaRecovery.status, 200);
    const third = await anonymous(server).call<{ challengeToken: string }>('POST', '/api/auth/login', {
      email: m.email,
      password: m.password,
    });
    const reused = await anonymous(server).raw('POST', '/api/auth/2fa/verify', {
      challengeToken: third.challengeToken,
      recoveryCode: recovery,
    });
    assert.equal(reused.status, 401);

    // Five wrong codes end a challenge.
    const fourth = await anonymous(server).call<{ challengeToken: string }>('POST', '/api/auth/login', {
      email: m.email,
      password: m.password,
    });
    for (let i = 0; i < 5; i++)
      await anonymous(server).raw('POST', '/api/auth/2fa/verify', {
        challengeToken: fourth.challengeToken,
        code: '000001',
      });
    const afterLimit = await anonymous(server).raw('POST', '/api/auth/2fa/verify', {
      challengeToken: fourth.challengeToken,
      code: await totp.peek(),
    });
    assert.equal(afterLimit.status, 401);

    // An API key cannot touch its creator's two-factor.
    const key = await m.client.call<{ key: string }>('POST', '/api/api-keys', {
      name: 'k',
      scopes: ['catalog.write'],
    });
    assert.equal(
      (
        await anonymous(server)
          .as(key.key)
          .raw('POST', '/api/auth/2fa/disable', { recoveryCode: enabled.recoveryCodes[1] })
      ).status,
      403,
    );

    // Disable with a recovery code; the password alone signs in again.
    const off = await m.client.raw('POST', '/api/auth/2fa/disable', {
      recoveryCode: enabled.recoveryCodes[1],
    });
    assert.equal(off.status, 204);
    const plain = await anonymous(server).call<Session>('POST', '/api/auth/login', {
      email: m.email,
      password: m.password,
    });
    assert.ok(plain.accessToken);
    assert.equal(
      (await m.client.raw('POST', '/api/auth/2fa/disable', { code: '123456', recoveryCode: 'abcde-12345' }))
        .status,
      400,
    );
  });
});
