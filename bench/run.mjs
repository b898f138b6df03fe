// `npm run bench [-- <area>...]`: runs bench/<area>/*.ts (each a self-contained script) through tsx.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const areas = readdirSync(here).filter((d) => statSync(path.join(here, d)).isDirectory());
const wanted = process.argv.slice(2);
let failed = false;
for (const area of areas.filter((a) => wanted.length === 0 || wanted.includes(a))) {
  for (const file of readdirSync(path.join(here, area))
    .filter((f) => f.endsWith('.ts'))
    .sort()) {
    console.log(`\n# ${area}/${file}`);
    const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(here, area, file)], {
      stdio: 'inherit',
    });
    failed ||= result.status !== 0;
  }
}
process.exit(failed ? 1 : 0);
