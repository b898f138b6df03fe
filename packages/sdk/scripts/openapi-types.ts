// The SDK's generated types: the API's OpenAPI document (built in-process, no database) turned
// into TypeScript by openapi-typescript. `npm run generate -w @ventory/sdk` writes them;
// test/generated.test.ts fails when the committed file is not what this produces.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import { openApiDocument } from '../../../apps/api/scripts/openapi.ts';

export const GENERATED_FILE = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  '../src/generated/openapi.ts',
);
export const GENERATE_COMMAND = 'npm run generate -w @ventory/sdk';

const HEADER = `/**
 * Generated from the API's OpenAPI document (apps/api/scripts/openapi.ts) by openapi-typescript.
 * Do not edit: run \`${GENERATE_COMMAND}\` after changing a route or its schemas.
 */

`;

/** Formatted as the repository's other sources are (Biome), so that lint passes on it. */
function format(source: string): string {
  const biome = createRequire(import.meta.url).resolve('@biomejs/biome/bin/biome');
  const res = spawnSync(process.execPath, [biome, 'format', `--stdin-file-path=${GENERATED_FILE}`], {
    input: source,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (res.status !== 0) throw new Error(`biome format failed: ${res.stderr}`);
  return res.stdout;
}

export async function generatedTypes(): Promise<string> {
  const document = (await openApiDocument()) as unknown as OpenAPI3;
  const ast = await openapiTS(document, { silent: true });
  return format(HEADER + astToString(ast));
}
