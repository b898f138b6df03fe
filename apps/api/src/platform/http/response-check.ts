import type { RouteDef } from './route.ts';

/**
 * Test-time contract check: with `VALIDATE_RESPONSES=1` (set by the API test runner) every success
 * reply of a route that declares a `response` schema is checked against it, so the whole suite
 * proves the documented shapes. Off in production: no cost on the request path.
 */
export const responseValidationOn = () => process.env.VALIDATE_RESPONSES === '1';

/** Why a success body breaks its route's declared schema, or `null` when it fits (or is not checked). */
export function responseMismatch(def: RouteDef, status: number, body: unknown): string | null {
  const schema = def.spec.response;
  if (!schema || status >= 300 || status === 204 || body === undefined) return null;
  // Checked as the client receives it: after JSON serialisation (Dates become strings, etc.).
  const wire: unknown = JSON.parse(JSON.stringify(body));
  const result = schema.safeParse(wire);
  if (result.success) return null;
  const issues = result.error.issues
    .slice(0, 5)
    .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
    .join('; ');
  return `${def.spec.method.toUpperCase()} ${def.spec.path} answered ${status} with a body that breaks its response schema: ${issues}`;
}
