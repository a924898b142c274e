// A mock OpenAI-compatible server with the scripted patient, for local development and
// browser tests: `npm run mock-llm -- [--port 11435] [--host 127.0.0.1] [--cases cases]
// [--token-delay-ms 30]`. Loads every cases/*.yaml; faults as in test/mock-llm/faults.ts.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatProblem, parseCaseYaml, type Case } from '../src/case/index.ts';
import { FAULTS, MODEL_IDS, startMockLlm } from '../test/mock-llm/server.ts';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '11435' },
    host: { type: 'string', default: '127.0.0.1' },
    cases: { type: 'string', default: 'cases' },
    'token-delay-ms': { type: 'string', default: '30' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (values.help) {
  console.log('Usage: npm run mock-llm -- [--port 11435] [--host 127.0.0.1] [--cases cases] [--token-delay-ms 30]');
  process.exit(0);
}

const port = Number(values.port);
const tokenDelayMs = Number(values['token-delay-ms']);
if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`--port must be a port number, got "${values.port}"`);
if (!Number.isFinite(tokenDelayMs) || tokenDelayMs < 0) fail(`--token-delay-ms must be >= 0, got "${values['token-delay-ms']}"`);

const cases = await loadCases(resolve(values.cases));
if (cases.length === 0) fail(`no valid case files in ${values.cases}`);

const example = cases.find((c) => c.language.startsWith('en')) ?? cases[0];
const server = await startMockLlm({ port, host: values.host, cases, tokenDelayMs }).catch((error: unknown) =>
  fail(`cannot listen on ${values.host}:${port}: ${error instanceof Error ? error.message : String(error)}`),
);

console.log(`Mock OpenAI-compatible server on ${server.url}
Cases (${cases.length}): ${cases.map((c) => c.id).join(', ')}

Point an OpenAI client at it (any API key works):
  new OpenAI({ baseURL: '${server.url}', apiKey: 'mock', dangerouslyAllowBrowser: true })
  OPENAI_BASE_URL=${server.url} OPENAI_API_KEY=mock
The patient's system message must contain the case id (or a line "Case: <id>").

Models: ${MODEL_IDS.filter((id) => !id.startsWith('mock-fault-')).join(', ')}
Faults: model mock-fault-<fault> or header x-mock-fault: <fault>, one of
  ${FAULTS.join(', ')}
  (x-mock-delay-ms sets the delay for slow; x-mock-fault-key keys 429-once / 500-once)

Try:
  curl -N ${server.url}/chat/completions -H 'content-type: application/json' \\
    -d '{"model":"mock-patient","stream":true,"messages":[{"role":"system","content":"Case: ${example?.id}"},{"role":"user","content":"What brings you in today?"}]}'

Ctrl-C stops it.`);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) process.exit(1);
    stopping = true;
    void server.close().then(() => process.exit(0));
  });
}

async function loadCases(dir: string): Promise<Case[]> {
  let names: string[];
  try {
    names = readdirSync(dir)
      .filter((name) => /\.ya?ml$/i.test(name))
      .sort();
  } catch (error) {
    return fail(`cannot read ${dir}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const loaded: Case[] = [];
  for (const name of names) {
    const file = join(dir, name);
    const result = await parseCaseYaml(readFileSync(file, 'utf8'), file);
    if (result.ok) loaded.push(result.case);
    else console.warn(`Skipping ${file}:\n${result.problems.map(formatProblem).join('\n')}\n`);
  }
  return loaded;
}

function fail(message: string): never {
  console.error(`mock-llm: ${message}`);
  process.exit(1);
}
