'use client';
// The signed-in merchant, in memory only. Every API call goes through `client` (packages/sdk);
// its fetch adds the access token, refreshes it once on a 401 (rotating the httpOnly refresh
// cookie) and, when the session is really gone, waits for the re-sign-in dialog instead of
// failing, so the screen underneath (and any half-filled form) stays as it was.
import { VentoryClient } from '@ventory/sdk';
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';

export type Role = 'OWNER' | 'ADMIN' | 'STAFF';
export type Who = { email: string; name?: string | null; tenantName: string };
type Granted = { accessToken: string; who: Who };
type Status = 'loading' | 'signedOut' | 'signedIn';

type Session = {
  status: Status;
  who: Who | null;
  role: Role | null;
  expired: boolean;
  client: VentoryClient;
  signIn: (email: string, password: string) => Promise<string | null>;
  signOut: () => Promise<void>;
};

const Ctx = createContext<Session | null>(null);

export const roleOf = (token: string): Role | null => {
  try {
    const part = token.split('.')[1] ?? '';
    const payload = JSON.parse(atob(part.replace(/-/g, '+').replace(/_/g, '/'))) as { role?: Role };
    return payload.role ?? null;
  } catch {
    return null;
  }
};

async function post(path: string, body?: unknown): Promise<Response> {
  return fetch(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
    credentials: 'same-origin',
  });
}

/** Module state shared by the fetch wrapper: one token, one refresh in flight, one wait for sign-in. */
const state = {
  token: '',
  refreshing: null as Promise<boolean> | null,
  resume: [] as Array<() => void>,
  onGrant: (_g: Granted) => {},
  onExpired: () => {},
};

function refresh(): Promise<boolean> {
  state.refreshing ??= post('/session/refresh')
    .then(async (res) => {
      if (res.status !== 200) return false;
      state.onGrant((await res.json()) as Granted);
      return true;
    })
    .catch(() => false)
    .finally(() => {
      state.refreshing = null;
    });
  return state.refreshing;
}

const authFetch: typeof fetch = async (input, init = {}) => {
  const send = () => {
    const headers = new Headers(init.headers);
    if (state.token) headers.set('authorization', `Bearer ${state.token}`);
    return fetch(input, { ...init, headers });
  };
  const first = await send();
  if (first.status !== 401) return first;
  if (await refresh()) return send();
  state.onExpired();
  await new Promise<void>((resolve) => state.resume.push(resolve));
  return send();
};

export function SessionProvider({ children }: { children: ReactNode }) {
  const [status, setStatus] = useState<Status>('loading');
  const [who, setWho] = useState<Who | null>(null);
  const [role, setRole] = useState<Role | null>(null);
  const [expired, setExpired] = useState(false);
  const client = useMemo(
    () =>
      new VentoryClient({
        baseUrl: typeof window === 'undefined' ? 'http://localhost' : window.location.origin,
        fetch: authFetch,
      }),
    [],
  );

  const grant = useCallback((g: Granted) => {
    state.token = g.accessToken;
    setWho(g.who);
    setRole(roleOf(g.accessToken));
    setStatus('signedIn');
  }, []);

  useEffect(() => {
    state.onGrant = grant;
    state.onExpired = () => setExpired(true);
    refresh().then((ok) => {
      if (!ok) setStatus('signedOut');
    });
  }, [grant]);

  const signIn = useCallback(
    async (email: string, password: string) => {
      const res = await post('/session/login', { email, password });
      if (!res.ok) {
        const body = (await res.json().catch(() => ({}))) as { detail?: string };
        return res.status === 429
          ? 'Too many attempts. Wait a few minutes and try again.'
          : res.status === 401
            ? 'Email or password is wrong.'
            : (body.detail ?? `Sign-in failed (${res.status}).`);
      }
      grant((await res.json()) as Granted);
      setExpired(false);
      for (const resume of state.resume.splice(0)) resume();
      return null;
    },
    [grant],
  );

  const signOut = useCallback(async () => {
    await post('/session/logout');
    state.token = '';
    setWho(null);
    setRole(null);
    setStatus('signedOut');
  }, []);

  const value = useMemo(
    () => ({ status, who, role, expired, client, signIn, signOut }),
    [status, who, role, expired, client, signIn, signOut],
  );
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

export function useSession(): Session {
  const s = useContext(Ctx);
  if (!s) throw new Error('useSession outside SessionProvider');
  return s;
}

/** What each role may do in the UI (the API stays the authority and answers 403 regardless). */
export const can = {
  deleteProducts: (r: Role | null) => r === 'OWNER' || r === 'ADMIN',
  manageLocations: (r: Role | null) => r === 'OWNER' || r === 'ADMIN',
  manageTeam: (r: Role | null) => r === 'OWNER' || r === 'ADMIN',
  importProducts: (r: Role | null) => r === 'OWNER' || r === 'ADMIN',
  reconcile: (r: Role | null) => r === 'OWNER' || r === 'ADMIN',
  editSettings: (r: Role | null) => r === 'OWNER' || r === 'ADMIN',
  /** The API's `analytics.read`: owners and admins (STAFF run the shop floor). */
  readAnalytics: (r: Role | null) => r === 'OWNER' || r === 'ADMIN',
  manageIntegrations: (r: Role | null) => r === 'OWNER' || r === 'ADMIN',
  readAudit: (r: Role | null) => r === 'OWNER' || r === 'ADMIN',
  /** The API's `marketing.write`, which loyalty adjustments need. */
  adjustPoints: (r: Role | null) => r === 'OWNER' || r === 'ADMIN',
  /** The API's `customers.privacy`: exporting and erasing a customer's personal data. */
  handlePersonalData: (r: Role | null) => r === 'OWNER' || r === 'ADMIN',
};
