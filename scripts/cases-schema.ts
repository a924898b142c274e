// Writes cases/case.schema.json from the zod schema: `npm run cases:schema`.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { caseJsonSchemaText } from '../src/case/index.ts';

const target = fileURLToPath(new URL('../cases/case.schema.json', import.meta.url));
writeFileSync(target, caseJsonSchemaText());
console.log(`wrote ${target}`);
