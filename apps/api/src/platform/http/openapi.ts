import { z } from 'zod';
import type { RouteDef } from './route.ts';

type JsonSchema = Record<string, unknown>;
const toSchema = (schema: z.ZodType, io: 'input' | 'output'): JsonSchema => {
  const { $schema: _drop, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonSchema;
  return rest;
};

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

/** The OpenAPI 3.1 document, generated from the same route definitions and Zod schemas that run. */
export function buildOpenApiDocument(defs: RouteDef[]) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const { spec, access } of defs) {
    const path = spec.path.replace(/:([A-Za-z]+)/g, '{$1}');
    const pathParams = [...spec.path.matchAll(/:([A-Za-z]+)/g)].map((m) => m[1]);
    const declared = parameters(spec.params, 'path');
    const undeclared = pathParams
      .filter((p) => !declared.some((d) => d.name === p))
      .map((name) => ({ name, in: 'path', required: true, schema: { type: 'string' } }));
    const successStatus = spec.method === 'post' ? '201' : spec.method === 'delete' ? '204' : '200';
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
        [successStatus]: {
          description: 'Success',
          ...(spec.response
            ? { content: { 'application/json': { schema: toSchema(spec.response, 'output') } } }
            : {}),
        },
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

/** A readable page over the document, with no third-party script (the CSP stays strict). */
export function docsPage(document: ReturnType<typeof buildOpenApiDocument>): string {
  const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  const rows = Object.entries(document.paths)
    .flatMap(([path, ops]) =>
      Object.entries(ops).map(([method, op]) => {
        const { summary, tags } = op as { summary: string; tags: string[] };
        return `<tr><td><code>${method.toUpperCase()}</code></td><td><code>${esc(path)}</code></td><td>${esc(summary)}</td><td>${esc(tags.join(', '))}</td></tr>`;
      }),
    )
    .join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Ventory Commerce API</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<style>body{font:15px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:72rem;padding:0 1rem;color:#1d2330}
table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #dde;padding:.35rem .5rem;text-align:left}code{font-size:13px}</style>
</head><body><h1>Ventory Commerce API</h1><p>The machine-readable document is at <a href="/api/openapi.json">/api/openapi.json</a>; GraphQL is at <code>/graphql</code>.</p>
<table><thead><tr><th>Method</th><th>Path</th><th>What it does</th><th>Area</th></tr></thead><tbody>${rows}</tbody></table></body></html>`;
}
