import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

// The module rules of shared/STYLE.md, checked rather than hoped for.
const SRC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../src');
const MODULES = path.join(SRC, 'modules');
const MAX_LINES = 450;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return name.endsWith('.ts') ? [full] : [];
  });
}

const importsOf = (file: string) =>
  [...readFileSync(file, 'utf8').matchAll(/^\s*(?:import|export)[^'"]*from\s+['"]([^'"]+)['"]/gm)].map(
    (m) => m[1] as string,
  );

test('modules import each other only through index.ts', () => {
  const violations: string[] = [];
  for (const file of sourceFiles(MODULES)) {
    const own = path.relative(MODULES, file).split(path.sep)[0];
    for (const spec of importsOf(file)) {
      if (!spec.startsWith('.')) continue;
      const target = path.resolve(path.dirname(file), spec);
      if (!target.startsWith(MODULES + path.sep)) continue;
      const [module, ...rest] = path.relative(MODULES, target).split(path.sep);
      if (module !== own && rest.join('/') !== 'index.ts')
        violations.push(`${path.relative(SRC, file)} → ${spec}`);
    }
  }
  assert.deepEqual(violations, []);
});

test('the platform layer does not depend on modules (except the database type)', () => {
  const violations = sourceFiles(path.join(SRC, 'platform'))
    .filter((f) => !f.endsWith(path.join('db', 'database.ts')) && !f.endsWith('.test.ts'))
    .flatMap((file) =>
      importsOf(file)
        .filter((s) => s.includes('/modules/'))
        .map((s) => `${path.relative(SRC, file)} → ${s}`),
    );
  assert.deepEqual(violations, []);
});

test(`no source file is over ${MAX_LINES} lines`, () => {
  const long = sourceFiles(SRC)
    .map((f) => ({ file: path.relative(SRC, f), lines: readFileSync(f, 'utf8').split('\n').length }))
    .filter((f) => f.lines > MAX_LINES && !f.file.endsWith('.test.ts'));
  assert.deepEqual(long, []);
});
