// Rewrites the `inputs:` section of action.yml from the options table (src/options.ts), so the
// marketplace page, the Action and the CLI share one definition. Run: npm run action-yml.
// test/options.test.ts fails when action.yml and the table disagree.
import { readFileSync, writeFileSync } from 'node:fs';
import { stringify } from 'yaml';
import { listActionInputs } from '../src/options.js';

const path = new URL('../action.yml', import.meta.url);
const text = readFileSync(path, 'utf8');
const start = text.indexOf('\ninputs:\n');
const end = text.indexOf('\noutputs:\n');
if (start === -1 || end === -1 || end < start) throw new Error('action.yml must have an inputs: section followed by an outputs: section');
const inputs = Object.fromEntries(
  listActionInputs().map(([, def]) => [def.input, { description: def.description, required: false, default: def.actionDefault ?? def.default }]),
);
const section = stringify({ inputs }, { lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' });
writeFileSync(path, `${text.slice(0, start + 1)}${section}${text.slice(end)}`);
