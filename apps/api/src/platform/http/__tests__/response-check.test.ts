import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { z } from 'zod';
import { buildOpenApiDocument } from '../openapi.ts';
import { responseMismatch, statusMismatch } from '../response-check.ts';
import { publicRoute } from '../route.ts';

const def = publicRoute(
  {
    method: 'get',
    path: '/api/things/:id',
    summary: 'Get a thing',
    tags: ['things'],
    response: z.object({ id: z.string(), createdAt: z.string() }),
  },
  () => null,
);

describe('response schemas', () => {
  test('a body that fits its schema passes, checked as JSON on the wire', () => {
    assert.equal(responseMismatch(def, 200, { id: 'a', createdAt: new Date(0) }), null);
  });

  test('a body that breaks its schema is reported with the route and the field', () => {
    const why = responseMismatch(def, 200, { id: 7, createdAt: 'x' });
    assert.ok(why);
    assert.match(why, /GET \/api\/things\/:id/);
    assert.match(why, /id:/);
  });

  test('errors, 204s and routes without a schema are not checked', () => {
    assert.equal(responseMismatch(def, 404, { nope: true }), null);
    assert.equal(responseMismatch(def, 204, undefined), null);
    const bare = publicRoute({ method: 'get', path: '/x', summary: 's', tags: [] }, () => null);
    assert.equal(responseMismatch(bare, 200, { anything: 1 }), null);
  });

  test('the OpenAPI document carries the schema as the success body', () => {
    const doc = buildOpenApiDocument([def]);
    const op = doc.paths['/api/things/{id}']?.get as { responses: Record<string, { content?: unknown }> };
    assert.deepEqual(Object.keys(op.responses['200']?.content ?? {}), ['application/json']);
  });

  test('a success status the route does not document is reported; the declared ones pass', () => {
    const action = publicRoute(
      { method: 'post', path: '/api/things/:id/approve', summary: 'Approve', tags: [], status: 200 },
      () => null,
    );
    assert.equal(statusMismatch(action, 200), null);
    assert.match(
      statusMismatch(action, 201) ?? '',
      /POST \/api\/things\/:id\/approve answered 201 but documents 200/,
    );
    // Without `status`, a POST documents 201 and a DELETE 204; errors are never status mismatches.
    const create = publicRoute(
      { method: 'post', path: '/api/things', summary: 'Create', tags: [] },
      () => null,
    );
    assert.match(statusMismatch(create, 200) ?? '', /documents 201/);
    assert.equal(statusMismatch(create, 409), null);
  });

  test('the OpenAPI document lists each declared success status, with the body except on 204', () => {
    const upsert = publicRoute(
      {
        method: 'put',
        path: '/api/things/:id',
        summary: 'Create or replace',
        tags: [],
        status: [200, 201, 204],
        response: z.object({ id: z.string() }),
      },
      () => null,
    );
    const op = buildOpenApiDocument([upsert]).paths['/api/things/{id}']?.put as {
      responses: Record<string, { content?: unknown }>;
    };
    assert.ok(op.responses['200']?.content && op.responses['201']?.content);
    assert.equal(op.responses['204']?.content, undefined);
  });
});
