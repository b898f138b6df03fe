import { analyticsApi, trackingEventsApi } from './analytics.ts';
import type { ApiResponse, RequestOptions } from './call.ts';
import { catalogAdminApi, catalogStorefrontApi } from './catalog.ts';
import { commerceApi, shopApi } from './checkout.ts';
import type {
  ApiKey,
  ApiKeyInput,
  AuditLogPage,
  CreatedApiKey,
  Invitation,
  InvitationInput,
  StaffUser,
  StaffUserUpdate,
  StoreDomain,
} from './contract.ts';
import { accountApi, customersApi } from './customers.ts';
import { emailTemplatesApi } from './email-templates.ts';
import { fulfillmentApi, trackingApi } from './fulfillment.ts';
import { inventoryApi } from './inventory.ts';
import { savedViewsApi } from './saved-views.ts';
import { storefrontApi } from './storefront.ts';
import type {
  ImportReport,
  List,
  PreviewToken,
  Problem,
  Session,
  Store,
  StoreInput,
  StoreTheme,
  TenantUser,
  ThemeDesign,
  ThemeDraft,
  UploadedImage,
} from './types.ts';

/** Thrown by the typed methods for any non-2xx answer; carries the problem details. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem,
  ) {
    super(`${status} ${problem.code}: ${problem.detail}`);
    this.name = 'ApiError';
  }
}

export type ClientOptions = { baseUrl: string; token?: string; fetch?: typeof fetch };

/**
 * A typed client of the Ventory Commerce API. `raw` answers any status (for tests and tools);
 * the typed methods throw ApiError on failure.
 */
export class VentoryClient {
  token?: string;
  private readonly baseUrl: string;
  private readonly fetchImpl: typeof fetch;

  constructor(options: ClientOptions) {
    this.baseUrl = options.baseUrl.replace(/\/$/, '');
    this.token = options.token;
    this.fetchImpl = options.fetch ?? fetch;
  }

  /** A client of the same server acting with another token. */
  as(token: string | undefined): VentoryClient {
    return new VentoryClient({ baseUrl: this.baseUrl, token, fetch: this.fetchImpl });
  }

  async raw<T = unknown>(
    method: string,
    path: string,
    body?: unknown,
    options: RequestOptions = {},
  ): Promise<ApiResponse<T>> {
    const token = options.token === null ? undefined : (options.token ?? this.token);
    const res = await this.fetchImpl(this.baseUrl + path, {
      method,
      headers: {
        accept: 'application/json',
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...options.headers,
      },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await res.text();
    let parsed: unknown = text;
    if (text && /json/.test(res.headers.get('content-type') ?? '')) parsed = JSON.parse(text);
    return { status: res.status, headers: res.headers, body: parsed as T };
  }

  async call<T>(method: string, path: string, body?: unknown, options?: RequestOptions): Promise<T> {
    const res = await this.raw<T | Problem>(method, path, body, options);
    if (res.status >= 400) throw new ApiError(res.status, res.body as Problem);
    return res.body as T;
  }

  /** A binary answer (label and pick-list PDFs); throws ApiError like the typed methods. */
  async blob(path: string, accept = 'application/pdf'): Promise<Blob> {
    const res = await this.fetchImpl(this.baseUrl + path, {
      headers: { accept, ...(this.token ? { authorization: `Bearer ${this.token}` } : {}) },
    });
    if (res.status >= 400) throw new ApiError(res.status, (await res.json()) as Problem);
    return res.blob();
  }

  readonly auth = {
    signup: (input: { tenantName: string; email: string; password: string; name?: string }) =>
      this.call<Session>('POST', '/api/auth/signup', input),
    login: (input: { email: string; password: string }) =>
      this.call<Session>('POST', '/api/auth/login', input),
    refresh: (refreshToken: string) =>
      this.call<Omit<Session, 'tenant' | 'user'>>('POST', '/api/auth/refresh', { refreshToken }),
    logout: (refreshToken: string) => this.call<void>('POST', '/api/auth/logout', { refreshToken }),
  };

  /** Image uploads (multipart); answers the stored images' URLs. */
  readonly media = {
    upload: async (files: Array<{ name: string; data: Blob }>): Promise<{ data: UploadedImage[] }> => {
      const form = new FormData();
      for (const f of files) form.append('file', f.data, f.name);
      const res = await this.fetchImpl(`${this.baseUrl}/api/media/uploads`, {
        method: 'POST',
        headers: {
          accept: 'application/json',
          ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
        },
        body: form,
      });
      const body = await res.json();
      if (res.status >= 400) throw new ApiError(res.status, body as Problem);
      return body as { data: UploadedImage[] };
    },
  };

  /** A CSV body (`text/csv`) to an import endpoint; `?dryRun=true` writes nothing. */
  private async postCsv(path: string, csv: string | Blob, dryRun: boolean): Promise<ImportReport> {
    const res = await this.fetchImpl(`${this.baseUrl}${path}?dryRun=${dryRun ? 'true' : 'false'}`, {
      method: 'POST',
      headers: {
        accept: 'application/json',
        'content-type': 'text/csv',
        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
      },
      body: csv,
    });
    const body = await res.json();
    if (res.status >= 400) throw new ApiError(res.status, body as Problem);
    return body as ImportReport;
  }

  /**
   * Bulk CSV work, matched on SKU; a dry run reports row errors and writes nothing. `products`: the
   * inventory; `listings`: one store's listings (columns named as the listing's fields).
   */
  readonly imports = {
    products: (csv: string | Blob, options: { dryRun?: boolean } = {}): Promise<ImportReport> =>
      this.postCsv('/api/inventory/products/import', csv, options.dryRun ?? false),
    listings: (
      storeId: string,
      csv: string | Blob,
      options: { dryRun?: boolean } = {},
    ): Promise<ImportReport> =>
      this.postCsv(
        `/api/stores/${encodeURIComponent(storeId)}/products/import`,
        csv,
        options.dryRun ?? false,
      ),
  };

  /** The tenant's merchant users (adding one needs OWNER or ADMIN). */
  readonly users = {
    list: () => this.call<List<TenantUser>>('GET', '/api/users'),
    create: (input: { email: string; password: string; name?: string; role: 'ADMIN' | 'STAFF' }) =>
      this.call<TenantUser>('POST', '/api/users', input),
    get: (id: string) => this.call<StaffUser>('GET', `/api/users/${encodeURIComponent(id)}`),
    update: (id: string, input: StaffUserUpdate) =>
      this.call<StaffUser>('PUT', `/api/users/${encodeURIComponent(id)}`, input),
    /** Invites a staff user by email (OWNER or ADMIN). */
    invite: (input: InvitationInput) => this.call<Invitation>('POST', '/api/invitations', input),
  };

  /** API keys for integrations; a key's secret is shown once, on creation. */
  readonly apiKeys = {
    create: (input: ApiKeyInput) => this.call<CreatedApiKey>('POST', '/api/api-keys', input),
    get: (id: string) => this.call<ApiKey>('GET', `/api/api-keys/${encodeURIComponent(id)}`),
    revoke: (id: string) => this.call<void>('DELETE', `/api/api-keys/${encodeURIComponent(id)}`),
  };

  /** Staff and API-key actions, newest first (`query` as in the contract, e.g. `?limit=50`). */
  auditLog(query = ''): Promise<AuditLogPage> {
    return this.call<AuditLogPage>('GET', `/api/audit-log${query}`);
  }

  readonly stores = {
    list: (query = '') => this.call<List<Store>>('GET', `/api/stores${query}`),
    get: (id: string) => this.call<Store>('GET', `/api/stores/${id}`),
    create: (input: StoreInput & { name: string }) => this.call<Store>('POST', '/api/stores', input),
    update: (id: string, input: StoreInput) => this.call<Store>('PUT', `/api/stores/${id}`, input),
    delete: (id: string) => this.call<void>('DELETE', `/api/stores/${id}`),
    themes: {
      list: (storeId: string) => this.call<List<StoreTheme>>('GET', `/api/stores/${storeId}/themes`),
      create: (storeId: string, input: Partial<StoreTheme> & { name: string }) =>
        this.call<StoreTheme>('POST', `/api/stores/${storeId}/themes`, input),
      update: (storeId: string, id: string, input: Partial<StoreTheme>) =>
        this.call<StoreTheme>('PUT', `/api/stores/${storeId}/themes/${id}`, input),
      /** The draft design beside the live one (the design editor). */
      draft: (storeId: string, id: string) =>
        this.call<ThemeDraft>('GET', `/api/stores/${storeId}/themes/${id}/draft`),
      saveDraft: (storeId: string, id: string, edit: Partial<ThemeDesign>) =>
        this.call<ThemeDraft>('PUT', `/api/stores/${storeId}/themes/${id}/draft`, edit),
      discardDraft: (storeId: string, id: string) =>
        this.call<void>('DELETE', `/api/stores/${storeId}/themes/${id}/draft`),
      publish: (storeId: string, id: string) =>
        this.call<ThemeDraft>('POST', `/api/stores/${storeId}/themes/${id}/publish`),
      previewToken: (storeId: string, id: string) =>
        this.call<PreviewToken>('POST', `/api/stores/${storeId}/themes/${id}/preview-token`),
    },
    /** Hostnames and their proof of control (docs/tls.md). */
    domains: {
      list: (storeId: string) => this.call<{ data: StoreDomain[] }>('GET', `/api/stores/${storeId}/domains`),
      add: (storeId: string, hostname: string) =>
        this.call<StoreDomain>('POST', `/api/stores/${storeId}/domains`, { hostname }),
      verify: (storeId: string, hostname: string) =>
        this.call<StoreDomain>(
          'POST',
          `/api/stores/${storeId}/domains/${encodeURIComponent(hostname)}/verify`,
        ),
      remove: (storeId: string, hostname: string) =>
        this.call<void>('DELETE', `/api/stores/${storeId}/domains/${encodeURIComponent(hostname)}`),
    },
  };

  readonly customers = customersApi((m, p, b) => this.call(m, p, b));
  readonly account = accountApi((m, p, b, o) => this.call(m, p, b, o));
  /** Order actions, the warehouse flow and returns (staff). */
  readonly fulfillment = fulfillmentApi((m, p, b) => this.call(m, p, b));
  /** Tracking and returns for shoppers. */
  readonly tracking = trackingApi((m, p, b) => this.call(m, p, b));
  readonly inventory = inventoryApi((method, path, body) => this.call(method, path, body));
  /** Catalog administration: listings, categories, pages, blog posts, collections, reviews. */
  readonly catalog = catalogAdminApi((method, path, body, options) => this.call(method, path, body, options));
  /** The shopper's catalog: products, search, categories, pages, blog, reviews, wish list. */
  readonly shop = catalogStorefrontApi((method, path, body, options) =>
    this.call(method, path, body, options),
  );
  /** Shopper side of buying: carts, checkout, orders, saved cards, gift-card balance. */
  readonly checkout = shopApi((m, p, b, o) => this.call(m, p, b, o));

  /** Sales, funnel, customer, inventory and fulfilment reports, and A/B experiments (merchant). */
  readonly analytics = analyticsApi((m, p, b, o) => this.call(m, p, b, o));
  /** Behaviour events and experiment assignment (shopper side). */
  readonly events = trackingEventsApi((m, p, b, o) => this.call(m, p, b, o));
  /** Merchant side: orders, shipping/payment methods, tax rates, coupons, gift cards. */
  readonly commerce = commerceApi((m, p, b, o) => this.call(m, p, b, o));

  /** The emails a store sends: templates (edit, preview, test send) and the sent log. */
  readonly emails = emailTemplatesApi((m, p, b) => this.call(m, p, b));

  /** Saved views of the admin's lists (orders): built-in, one's own, the team's shared. */
  readonly savedViews = savedViewsApi((m, p, b) => this.call(m, p, b));

  /** Public storefront calls (`/api/storefront/:domain/...`), see storefront.ts. */
  readonly storefront = storefrontApi(this);
}
