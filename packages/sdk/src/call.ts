// How the per-area API files reach the server: the client hands each a `call` (typed answer,
// throws ApiError) and, where an area needs status and headers, a `raw` request.

export type RequestOptions = { headers?: Record<string, string>; token?: string | null };

export type ApiResponse<T> = { status: number; headers: Headers; body: T };

export type Call = <T>(method: string, path: string, body?: unknown, options?: RequestOptions) => Promise<T>;

export type Caller = {
  call: Call;
  raw<T = unknown>(
    method: string,
    path: string,
    body?: unknown,
    options?: RequestOptions,
  ): Promise<ApiResponse<T>>;
};
