import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { anonymous, newMerchantWithStore } from '../../../../test/fixtures.ts';
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

type Session = { accessToken: string; user: { id: string; role: string; storeIds: string[] | null } };

const tokenIn = (text: string) => {
  const match = /https:\/\/admin\.example\.test\/accept-invitation\?token=([A-Za-z0-9_-]+)/.exec(text);
  assert.ok(match?.[1], `no invitation link in: ${text}`);
  return match[1];
};

describe('staff invitations', () => {
  test('invite by email → the link sets a password and signs in with the role and stores chosen', async () => {
    const m = await newMerchantWithStore(server);
    const email = `invitee-${randomBytes(4).toString('hex')}@example.test`;
    const invited = await m.client.raw<{ id: string; email: string; role: string }>(
      'POST',
      '/api/invitations',
      {
        email,
        role: 'STAFF',
        storeIds: [m.store.id],
      },
    );
    assert.equal(invited.status, 201, JSON.stringify(invited.body));
    assert.equal(JSON.stringify(invited.body).includes('token'), false);
    const mail = await eventually(() => mailbox.to(email)[0], 'the invitation email');
    const token = tokenIn(mail.text);
    assert.ok(mail.html.includes(token));

    // A short password is 400 and spends nothing.
    const weak = await anonymous(server).raw('POST', '/api/auth/invitations/accept', {
      token,
      password: 'short',
    });
    assert.equal(weak.status, 400);

    const accepted = await anonymous(server).raw<Session>('POST', '/api/auth/invitations/accept', {
      token,
      password: 'invitee-password',
      name: 'Ines',
    });
    assert.equal(accepted.status, 201, JSON.stringify(accepted.body));
    assert.equal(accepted.body.user.role, 'STAFF');
    assert.deepEqual(accepted.body.user.storeIds, [m.store.id]);
    const staff = anonymous(server).as(accepted.body.accessToken);
    assert.equal((await staff.raw('GET', `/api/stores/${m.store.id}`)).status, 200);
    assert.equal(
      (
        await staff.raw('POST', `/api/stores/${m.store.id}/coupons`, {
          code: 'NO',
          discountType: 'FREE_SHIPPING',
        })
      ).status,
      403,
    );
    // They can log in with the password they chose.
    const login = await anonymous(server).auth.login({ email, password: 'invitee-password' });
    assert.ok(login.accessToken);

    // Single use.
    const again = await anonymous(server).raw('POST', '/api/auth/invitations/accept', {
      token,
      password: 'another-password',
    });
    assert.equal(again.status, 401);
    const list = await m.client.call<{ data: Array<{ id: string; acceptedAt: string | null }> }>(
      'GET',
      '/api/invitations',
    );
    assert.ok(list.data.find((i) => i.id === invited.body.id)?.acceptedAt);
  });

  test('a revoked invitation cannot be accepted; members cannot be re-invited; STAFF cannot invite', async () => {
    const m = await newMerchantWithStore(server);
    const email = `revoked-${randomBytes(4).toString('hex')}@example.test`;
    const inv = await m.client.call<{ id: string }>('POST', '/api/invitations', { email, role: 'ADMIN' });
    const token = tokenIn((await eventually(() => mailbox.to(email)[0], 'the email')).text);
    assert.equal((await m.client.raw('DELETE', `/api/invitations/${inv.id}`)).status, 204);
    const accept = await anonymous(server).raw('POST', '/api/auth/invitations/accept', {
      token,
      password: 'invitee-password',
    });
    assert.equal(accept.status, 401);

    assert.equal(
      (await m.client.raw('POST', '/api/invitations', { email: m.email, role: 'STAFF' })).status,
      409,
    );
    assert.equal(
      (
        await m.client.raw('POST', '/api/invitations', {
          email: 'x@example.test',
          role: 'STAFF',
          storeIds: [crypto.randomUUID()],
        })
      ).status,
      400,
    );
    const staffEmail = `staff-${randomBytes(4).toString('hex')}@example.test`;
    await m.client.call('POST', '/api/users', {
      email: staffEmail,
      password: 'staff-password',
      role: 'STAFF',
    });
    const staff = m.client.as(
      (await anonymous(server).auth.login({ email: staffEmail, password: 'staff-password' })).accessToken,
    );
    assert.equal(
      (await staff.raw('POST', '/api/invitations', { email: 'y@example.test', role: 'ADMIN' })).status,
      403,
    );
    // A forged token is 401, not 500.
    assert.equal(
      (
        await anonymous(server).raw('POST', '/api/auth/invitations/accept', {
          token: 'x'.repeat(43),
          password: 'whatever-pass',
        })
      ).status,
      401,
    );
  });
});
