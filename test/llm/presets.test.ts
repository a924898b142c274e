import { PRESETS, PROVIDER_ORDER, presetFor } from '../../src/llm/presets';
import { PROVIDERS } from '../../src/llm/settings';

const origin = 'http://localhost:5173';

describe('provider presets', () => {
  it.each([
    ['openai', 'https://api.openai.com/v1'],
    ['ollama', 'http://localhost:11434/v1'],
    ['lmstudio', 'http://localhost:1234/v1'],
    ['vllm', 'http://localhost:8000/v1'],
    ['llamacpp', 'http://localhost:8080/v1'],
    ['openrouter', 'https://openrouter.ai/api/v1'],
    ['custom', ''],
    ['builtin', ''],
  ] as const)('%s listens at %j by default', (provider, baseUrl) => {
    expect(presetFor(provider).baseUrl).toBe(baseUrl);
  });

  it('asks for a key only where the service requires one', () => {
    const needKey = PROVIDERS.filter((provider) => PRESETS[provider].needsKey);
    expect(needKey).toEqual(['openai', 'openrouter']);
  });

  it('offers every provider, the offline patient first', () => {
    expect(PROVIDER_ORDER[0]).toBe('builtin');
    expect(presetFor('builtin').label).toBe('Built-in patient (offline)');
    expect([...PROVIDER_ORDER].sort()).toEqual([...PROVIDERS].sort());
  });

  it('suggests models for the hosted services and Ollama', () => {
    for (const provider of ['openai', 'openrouter', 'ollama'] as const) {
      expect(presetFor(provider).models.length).toBeGreaterThan(0);
    }
  });

  it('says how to let this origin through CORS, per server', () => {
    expect(presetFor('ollama').corsFix(origin)).toContain(`OLLAMA_ORIGINS=${origin} ollama serve`);
    expect(presetFor('lmstudio').corsFix(origin)).toMatch(/enable CORS/i);
    expect(presetFor('vllm').corsFix(origin)).toContain(`--allowed-origins '["${origin}"]'`);
    expect(presetFor('llamacpp').corsFix(origin)).toMatch(/by default.*--host/);
    expect(presetFor('custom').corsFix(origin)).toContain(`allow requests from ${origin}`);
  });
});
