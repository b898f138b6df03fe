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

// Each table below is written only by its owning module (issue 16): a write elsewhere goes
// through that module's face (orderLifecycle, the payments repository).
const OWNED_WRITES: Array<{ module: string; tables: string[] }> = [
  { module: 'orders', tables: ['orders', 'order_items'] },
  { module: 'payments', tables: ['payments'] },
];
const camel = (t: string) => t.replace(/_(.)/g, (_, c: string) => c.toUpperCase());
const writesTo = (text: string, table: string) =>
  new RegExp(`(?:updateTable|insertInto|deleteFrom)\\(\\s*['"](?:${table}|${camel(table)})['"]`).test(text) ||
  new RegExp(`\\b(?:update|insert\\s+into|delete\\s+from)\\s+${table}\\b`, 'i').test(text);

test('orders, order_items and payments are written only by their own module', () => {
  const violations = OWNED_WRITES.flatMap(({ module, tables }) =>
    sourceFiles(path.join(SRC))
      .filter((f) => !f.endsWith('.test.ts') && !f.includes(`${path.sep}__tests__${path.sep}`))
      .filter((f) => !f.startsWith(path.join(MODULES, module) + path.sep))
      .flatMap((file) => {
        const text = readFileSync(file, 'utf8');
        return tables.filter((t) => writesTo(text, t)).map((t) => `${path.relative(SRC, file)} writes ${t}`);
      }),
  );
  assert.deepEqual(violations, []);
});
