/** Where the API lives; read per request so one build serves any environment. */
export function apiUrl(): string {
  return process.env.API_URL ?? 'http://127.0.0.1:4000';
}
