// Prints the API's OpenAPI document (the one `/api/openapi.json` serves) to stdout, without a
// database or Redis: the modules are built on a platform whose pool never connects (nothing is
// queried to build routes). `npm run generate -w @ventory/sdk` turns it into the SDK's types.
//   npx tsx apps/api/scripts/openapi.ts > openapi.json
import { buildModules } from '../src/composition/index.ts';
import { loadConfig } from '../src/platform/config.ts';
import { buildOpenApiDocument } from '../src/platform/http/openapi.ts';
import { createPlatform } from '../src/platform/platform.ts';

/** The document, built from the same route definitions the server mounts. */
export async function openApiDocument() {
  const config = loadConfig({ LOG_LEVEL: 'silent' });
  const platform = createPlatform({
    ...config,
    // Never connected to: building routes queries nothing.
    databaseUrl: 'postgres://openapi@127.0.0.1:1/openapi',
    databaseReplicaUrl: undefined,
    redisUrl: undefined,
    jwtSecret: 'openapi-document-only-never-signs-anything',
  });
  const modules = buildModules(platform);
  try {
    return buildOpenApiDocument(modules.routes);
  } finally {
    await modules.stop();
    await platform.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.stdout.write(`${JSON.stringify(await openApiDocument(), null, 2)}\n`);
}
