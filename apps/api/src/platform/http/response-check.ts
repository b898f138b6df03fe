import { type RouteDef, successStatuses } from './route.ts';

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

/** Why a success status is not one its route documents, or `null` when it is (or is not a success). */
export function statusMismatch(def: RouteDef, status: number): string | null {
  if (status < 200 || status >= 300) return null;
  const documented = successStatuses(def.spec);
  if ((documented as readonly number[]).includes(status)) return null;
  return `${def.spec.method.toUpperCase()} ${def.spec.path} answered ${status} but documents ${documented.join(' or ')}: declare \`status\` on the route`;
}
