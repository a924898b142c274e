import type { Provider } from './settings';

// What the app knows about each kind of server: where it usually listens, whether it needs a
// key, models worth trying, and how to let this page through CORS when the browser blocks it.

export interface ProviderPreset {
  label: string;
  /** Empty for the built-in patient and for a custom server. */
  baseUrl: string;
  needsKey: boolean;
  /** Suggested model ids; the first fills the patient model when the preset is chosen. */
  models: readonly string[];
  /** Runs on the user's own machine (so "not running" is a likely cause of failure). */
  local: boolean;
  keyPlaceholder: string;
  /** How to start the server, for when nothing answers. */
  startHint?: string;
  /** How to pull or load a model the server does not have. */
  modelHint?: (model: string) => string;
  /** How to let a page at `origin` call the server from the browser. */
  corsFix: (origin: string) => string;
  /** The server answers with its one loaded model, whatever model the request names. */
  ignoresModelName?: boolean;
}

const NO_KEY = 'Not needed unless the server was started with an API key';
const vendorCors = () => 'This service allows browser requests; a browser extension or a proxy may be blocking them.';

export const PRESETS: Readonly<Record<Provider, ProviderPreset>> = {
  builtin: {
    label: 'Built-in patient (offline)',
    baseUrl: '',
    needsKey: false,
    models: [],
    local: true,
    keyPlaceholder: '',
    corsFix: () => '',
  },
  openai: {
    label: 'OpenAI',
    baseUrl: 'https://api.openai.com/v1',
    needsKey: true,
    models: ['gpt-4.1-mini', 'gpt-4.1', 'gpt-4o-mini', 'gpt-4o'],
    local: false,
    keyPlaceholder: 'sk-…',
    corsFix: vendorCors,
  },
  ollama: {
    label: 'Ollama (on this computer)',
    baseUrl: 'http://localhost:11434/v1',
    needsKey: false,
    models: ['llama3.1:8b', 'qwen2.5:7b', 'gemma3:12b', 'mistral-nemo'],
    local: true,
    keyPlaceholder: NO_KEY,
    startHint: 'Start it with "ollama serve".',
    modelHint: (model) => `Download it with "ollama pull ${model}", or pick a model the server lists.`,
    corsFix: (origin) =>
      `Ollama only answers pages it trusts: set OLLAMA_ORIGINS to this app's origin and restart it, ` +
      `e.g. OLLAMA_ORIGINS=${origin} ollama serve`,
  },
  lmstudio: {
    label: 'LM Studio (on this computer)',
    baseUrl: 'http://localhost:1234/v1',
    needsKey: false,
    models: [],
    local: true,
    keyPlaceholder: NO_KEY,
    startHint: 'In LM Studio, open the Developer tab, load a model and start the server.',
    modelHint: () => 'Load the model in LM Studio, or pick one the server lists.',
    corsFix: () => 'In LM Studio, open the server settings (Developer tab) and enable CORS.',
  },
  vllm: {
    label: 'vLLM',
    baseUrl: 'http://localhost:8000/v1',
    needsKey: false,
    models: [],
    local: true,
    keyPlaceholder: NO_KEY,
    startHint: 'Start it with "vllm serve <model>".',
    modelHint: () => 'vLLM serves only the model it was started with: use the name it lists.',
    corsFix: (origin) =>
      `vLLM allows every origin unless started with --allowed-origins: include this one, ` +
      `e.g. --allowed-origins '["${origin}"]'.`,
  },
  llamacpp: {
    label: 'llama.cpp server',
    baseUrl: 'http://localhost:8080/v1',
    needsKey: false,
    models: [],
    local: true,
    keyPlaceholder: NO_KEY,
    startHint: 'Start it with "llama-server -m <model.gguf>".',
    corsFix: () =>
      'llama-server allows CORS by default: check that it listens on this host and port (--host, --port) ' +
      'and that the base URL ends in /v1.',
    ignoresModelName: true,
  },
  openrouter: {
    label: 'OpenRouter',
    baseUrl: 'https://openrouter.ai/api/v1',
    needsKey: true,
    models: ['openai/gpt-4.1-mini', 'meta-llama/llama-3.3-70b-instruct', 'google/gemini-2.5-flash', 'mistralai/mistral-small-3.2-24b-instruct'],
    local: false,
    keyPlaceholder: 'sk-or-…',
    corsFix: vendorCors,
  },
  custom: {
    label: 'Other OpenAI-compatible server (Azure OpenAI, LiteLLM, …)',
    baseUrl: '',
    needsKey: false,
    models: [],
    local: false,
    keyPlaceholder: 'The key your server expects, if any',
    corsFix: (origin) =>
      `Configure the server (or the proxy in front of it) to allow requests from ${origin}: ` +
      'Access-Control-Allow-Origin for this origin, and the Authorization and Content-Type headers.',
  },
};

/** The providers in the order the settings page offers them: the offline patient first. */
export const PROVIDER_ORDER: readonly Provider[] = ['builtin', 'openai', 'openrouter', 'ollama', 'lmstudio', 'vllm', 'llamacpp', 'custom'];

export function presetFor(provider: Provider): ProviderPreset {
  return PRESETS[provider];
}

/** The origin this page runs at, for CORS advice; the Vite dev server's outside a browser. */
export function currentOrigin(): string {
  const origin = globalThis.location?.origin;
  return origin && origin !== 'null' ? origin : 'http://localhost:5173';
}
