import { z } from 'zod';
import { type RouteDef, successStatuses } from './route.ts';

type JsonSchema = Record<string, unknown>;

/**
 * Recursive schemas (a category tree) come out of Zod with local `$defs` and `#/$defs/…` refs,
 * which do not resolve once the schema sits inside the document: each definition moves to
 * `components.schemas` (collected in `shared`) under a name unique in the document.
 */
const shared: Record<string, JsonSchema> = {};
function toSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const {
    $schema: _drop,
    $defs,
    ...rest
  } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonSchema;
  if (!$defs) return rest;
  const names = new Map<string, string>();
  for (const name of Object.keys($defs as JsonSchema))
    names.set(name, `Def${Object.keys(shared).length + names.size}`);
  const relink = (value: JsonSchema): JsonSchema =>
    JSON.parse(
      JSON.stringify(value).replace(
        /"#\/\$defs\/([^"]+)"/g,
        (_m, n: string) => `"#/components/schemas/${names.get(n)}"`,
      ),
    );
  for (const [name, def] of Object.entries($defs as Record<string, JsonSchema>))
    shared[names.get(name) as string] = relink(def);
  return relink(rest);
}

function parameters(schema: z.ZodType | undefined, where: 'path' | 'query') {
  if (!schema) return [];
  const json = toSchema(schema, 'input') as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, prop]) => ({
    name,
    in: where,
    required: where === 'path' || (json.required ?? []).includes(name),
    schema: prop,
  }));
}

const problem = {
  description: 'Problem details (RFC 9457)',
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
};

/** Text formats are strings; anything else (PDF, images) is bytes. */
const nonJsonBody = (mediaType: string) =>
  /^text\/|\+xml$/.test(mediaType) ? { type: 'string' } : { type: 'string', format: 'binary' };

/** The OpenAPI 3.1 document, generated from the same route definitions and Zod schemas that run. */
export function buildOpenApiDocument(defs: RouteDef[]) {
  // Each document numbers its own hoisted definitions from 0 (builds are synchronous).
  for (const name of Object.keys(shared)) delete shared[name];
  const paths: Record<string, Record<string, unknown>> = {};
  for (const { spec, access } of defs) {
    const path = spec.path.replace(/:([A-Za-z]+)/g, '{$1}');
    const pathParams = [...spec.path.matchAll(/:([A-Za-z]+)/g)].map((m) => m[1]);
    const declared = parameters(spec.params, 'path');
    const undeclared = pathParams
      .filter((p) => !declared.some((d) => d.name === p))
      .map((name) => ({ name, in: 'path', required: true, schema: { type: 'string' } }));
    const body = spec.response
      ? { content: { 'application/json': { schema: toSchema(spec.response, 'output') } } }
      : spec.produces && { content: { [spec.produces]: { schema: nonJsonBody(spec.produces) } } };
    const success = (status: number) =>
      status === 204
        ? { description: 'Done, no body' }
        : status === 302
          ? { description: 'Found: follow Location', headers: { Location: { schema: { type: 'string' } } } }
          : { description: 'Success', ...body };
    paths[path] ??= {};
    paths[path][spec.method] = {
      summary: spec.summary,
      tags: spec.tags,
      ...(access === 'admin' ? { security: [{ bearer: [] }] } : {}),
      parameters: [
        ...declared,
        ...undeclared,
        ...parameters(spec.query, 'query'),
        ...(spec.idempotent
          ? [{ name: 'Idempotency-Key', in: 'header', required: false, schema: { type: 'string' } }]
          : []),
      ],
      ...(spec.body
        ? {
            requestBody: {
              required: true,
              content: { 'application/json': { schema: toSchema(spec.body, 'input') } },
            },
          }
        : {}),
      responses: {
        ...Object.fromEntries(successStatuses(spec).map((status) => [String(status), success(status)])),
        '400': problem,
        ...(access === 'admin' ? { '401': problem, '403': problem } : {}),
        '404': problem,
        '429': problem,
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Ventory Commerce API',
      version: '0.1.0',
      description: 'Multi-tenant commerce on one shared inventory.',
    },
    paths,
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
      schemas: {
        ...shared,
        Problem: {
          type: 'object',
          required: ['type', 'title', 'status', 'detail', 'code'],
          properties: {
            type: { type: 'string' },
            title: { type: 'string' },
            status: { type: 'integer' },
            detail: { type: 'string' },
            code: { type: 'string' },
            errors: {
              type: 'array',
              items: {
                type: 'object',
                properties: { path: { type: 'string' }, message: { type: 'string' } },
              },
            },
          },
        },
      },
    },
  };
}
