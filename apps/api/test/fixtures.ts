import { randomBytes } from 'node:crypto';
import { VentoryClient } from '@ventory/sdk';
import type { ApiServer } from './server.ts';

/** A merchant (tenant + owner) signed up through the API, with a client acting as them. */
export async function newMerchant(server: ApiServer, name = 'Merchant') {
  const anon = new VentoryClient({ baseUrl: server.url });
  const suffix = randomBytes(4).toString('hex');
  const email = `owner-${suffix}@example.test`;
  const session = await anon.auth.signup({
    tenantName: `${name} ${suffix}`,
    email,
    password: 'correct horse battery',
  });
  return {
    client: anon.as(session.accessToken),
    session,
    email,
    password: 'correct horse battery',
    tenantId: session.tenant.id,
  };
}

/** A merchant with one store on `<handle>.localhost`. */
export async function newMerchantWithStore(server: ApiServer, name = 'Merchant') {
  const merchant = await newMerchant(server, name);
  const handle = `shop-${randomBytes(4).toString('hex')}`;
  const store = await merchant.client.stores.create({ name: `${name} Store`, domain: `${handle}.localhost` });
  return { ...merchant, store };
}

export const anonymous = (server: ApiServer) => new VentoryClient({ baseUrl: server.url });

/** Adds a user with `role` to the merchant's tenant and signs them in. */
export async function addMember(server: ApiServer, m: { client: VentoryClient }, role: 'ADMIN' | 'STAFF') {
  const email = `${role.toLowerCase()}-${randomBytes(4).toString('hex')}@example.test`;
  const user = await m.client.call<{ id: string }>('POST', '/api/users', {
    email,
    password: 'staff-password',
    role,
  });
  const session = await anonymous(server).auth.login({ email, password: 'staff-password' });
  return { id: user.id, email, client: m.client.as(session.accessToken) };
}
