import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { GENERATE_COMMAND, GENERATED_FILE, generatedTypes } from '../scripts/openapi-types.ts';

test('src/generated/openapi.ts is what the API document generates (no drift)', async () => {
  const expected = await generatedTypes();
  const committed = readFileSync(GENERATED_FILE, 'utf8');
  if (committed !== expected) {
    const a = committed.split('\n');
    const b = expected.split('\n');
    const line = a.findIndex((l, i) => l !== b[i]);
    assert.fail(
      `packages/sdk/src/generated/openapi.ts is out of date with the API's OpenAPI document ` +
        `(first difference at line ${line + 1}: ${JSON.stringify(a[line] ?? '<end>')} should be ` +
        `${JSON.stringify(b[line] ?? '<end>')}). Run \`${GENERATE_COMMAND}\` and commit the result.`,
    );
  }
});
