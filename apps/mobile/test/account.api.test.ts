// The account endpoints (src/state/account-api.ts) against the real API with the demo stores
// (started once by test/support/global-setup.js): a new shopper's address book, loyalty, a
// password reset request and the store's CMS pages.
import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from '@jest/globals';
import { accountApi } from '../src/state/account-api.ts';
import { api } from '../src/state/api.ts';
import { signedIn } from '../src/state/slices.ts';
import { type AppStore, makeStore } from '../src/state/store.ts';

const API = () => process.env.MOBILE_TEST_API_URL as string;
const DOMAIN = 'northwind.localhost';
const stores: AppStore[] = [];

async function shopper(): Promise<AppStore> {
  const store = makeStore({ apiUrl: API(), storeDomain: DOMAIN });
  stores.push(store);
  const email = `acct-${randomUUID().slice(0, 8)}@example.com`;
  const res = await store.dispatch(
    api.endpoints.register.initiate({
      email,
      password: 'correct-horse-9',
      firstName: 'Ada',
      lastName: 'Test',
    }),
  );
  if (!('data' in res) || !res.data) throw new Error(`register failed: ${JSON.stringify(res)}`);
  store.dispatch(signedIn({ token: res.data.accessToken, shopper: { email, name: 'Ada Test' } }));
  return store;
}

afterAll(() => {
  for (const s of stores) s.dispatch(api.util.resetApiState());
});

describe('account endpoints', () => {
  it('adds, edits and deletes an address; the list follows (tags)', async () => {
    const store = await shopper();
    const list = store.dispatch(accountApi.endpoints.addresses.initiate());
    expect((await list).data).toEqual([]);
    const added = await store
      .dispatch(
        accountApi.endpoints.addAddress.initiate({
          firstName: 'Ada',
          lastName: 'Test',
          line1: '1 Main St',
          city: 'Springfield',
          postalCode: '12345',
          country: 'US',
        }),
      )
      .unwrap();
    await store
      .dispatch(accountApi.endpoints.updateAddress.initiate({ id: added.id, input: { city: 'Shelbyville' } }))
      .unwrap();
    const after = await store.dispatch(
      accountApi.endpoints.addresses.initiate(undefined, { forceRefetch: true }),
    );
    expect(after.data?.map((a) => a.city)).toEqual(['Shelbyville']);
    await store.dispatch(accountApi.endpoints.deleteAddress.initiate(added.id)).unwrap();
    const gone = await store.dispatch(
      accountApi.endpoints.addresses.initiate(undefined, { forceRefetch: true }),
    );
    expect(gone.data).toEqual([]);
    list.unsubscribe();
  });

  it('reads loyalty and saved cards, requests a password reset, lists CMS pages', async () => {
    const store = await shopper();
    const loyalty = await store.dispatch(accountApi.endpoints.loyalty.initiate());
    expect(loyalty.error).toBeUndefined();
    const cards = await store.dispatch(accountApi.endpoints.savedCards.initiate());
    expect(cards.data).toEqual([]);
    const reset = await store.dispatch(
      accountApi.endpoints.requestPasswordReset.initiate(store.getState().session.shopper?.email ?? ''),
    );
    expect(reset.error).toBeUndefined();
    const pages = await store.dispatch(accountApi.endpoints.storePages.initiate());
    expect(pages.error).toBeUndefined();
  });
});
