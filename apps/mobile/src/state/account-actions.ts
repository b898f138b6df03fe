import { createAsyncThunk } from '@reduxjs/toolkit';
import { type ApiFailure, api } from './api.ts';
import { pushTokenRegistered, type SessionState, signedOut } from './slices.ts';

type State = { session: SessionState };

/** Registers this phone's Expo push token for the signed-in shopper's order updates. */
export const registerForOrderUpdates = createAsyncThunk<
  { ok: true } | { ok: false; error: ApiFailure },
  string
>('account/registerForOrderUpdates', async (pushToken, { dispatch, getState }) => {
  const { session } = getState() as State;
  if (!session.token) return { ok: false, error: { status: 'FETCH_ERROR', error: 'not signed in' } };
  const res = await dispatch(api.endpoints.registerPushToken.initiate(pushToken));
  if ('error' in res && res.error) return { ok: false, error: res.error as ApiFailure };
  dispatch(pushTokenRegistered(pushToken));
  return { ok: true };
});

/** Signs out; the phone stops getting the shopper's order updates first (best effort: offline, the
 *  token stays registered until Expo reports the app gone or the shopper signs in elsewhere). */
export const signOut = createAsyncThunk('account/signOut', async (_: void, { dispatch, getState }) => {
  const { session } = getState() as State;
  if (session.token && session.pushToken)
    await dispatch(api.endpoints.forgetPushToken.initiate(session.pushToken));
  dispatch(signedOut());
});
