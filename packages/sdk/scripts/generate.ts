import { writeFileSync } from 'node:fs';
import { GENERATED_FILE, generatedTypes } from './openapi-types.ts';

writeFileSync(GENERATED_FILE, await generatedTypes());
console.log(`wrote ${GENERATED_FILE}`);
