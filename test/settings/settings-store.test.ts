// @vitest-environment jsdom
import { DEFAULT_SETTINGS } from '../../src/llm';
import { createSettingsStore, SETTINGS_STORAGE_KEY, SETTINGS_VERSION, settingsSelectors } from '../../src/settings';
import { storedState, storedText } from './helpers';

beforeEach(() => localStorage.clear());

describe('settings store', () => {
  it('starts from the defaults when nothing is stored, and writes nothing until a change', () => {
    const store = createSettingsStore();
    expect(store.getState().settings).toEqual(DEFAULT_SETTINGS);
    expect(settingsSelectors.usesBuiltInPatient(store.getState())).toBe(true);
    expect(store.getState().loadProblem).toBeNull();
    expect(localStorage.getItem(SETTINGS_STORAGE_KEY)).toBeNull();
  });

  it(`stores the settings under "${SETTINGS_STORAGE_KEY}" with version ${SETTINGS_VERSION}, without the key`, () => {
    const store = createSettingsStore();
    store.getState().setProvider('openrouter');
    store.getState().update({ apiKey: 'sk-or-secret-value', temperature: 0.3 });
    const stored = JSON.parse(storedText()) as { version: number; state: object };
    expect(stored.version).toBe(SETTINGS_VERSION);
    expect(stored.state).toEqual({
      provider: 'openrouter',
      baseUrl: 'https://openrouter.ai/api/v1',
      rememberKey: false,
      patientModel: 'openai/gpt-4.1-mini',
      graderModel: '',
      temperature: 0.3,
    });
    expect(store.getState().settings.apiKey).toBe('sk-or-secret-value');
  });

  it('stores the key only while rememberKey is on; forgetKey removes it everywhere', () => {
    const store = createSettingsStore();
    store.getState().setProvider('openai');
    store.getState().update({ apiKey: 'sk-remember-me', rememberKey: true });
    expect(storedState()).toMatchObject({ apiKey: 'sk-remember-me', rememberKey: true });
    expect(createSettingsStore().getState().settings.apiKey).toBe('sk-remember-me');

    store.getState().forgetKey();
    expect(store.getState().settings).toMatchObject({ apiKey: '', rememberKey: false });
    expect(storedText()).not.toContain('sk-remember-me');
  });

  it('setProvider applies the preset’s base URL and model, and forgets the key meant for the other server', () => {
    const store = createSettingsStore();
    store.getState().setProvider('openai');
    store.getState().update({ apiKey: 'sk-openai', graderModel: 'gpt-4.1' });
    store.getState().setLastModels(['gpt-4.1', 'gpt-4.1-mini']);
    store.getState().setProvider('ollama');
    expect(store.getState().settings).toMatchObject({
      provider: 'ollama',
      baseUrl: 'http://localhost:11434/v1',
      patientModel: 'llama3.1:8b',
      graderModel: '',
      apiKey: '',
    });
    expect(store.getState().lastModels).toEqual([]);
  });

  it('a custom server keeps the current address as a starting point', () => {
    const store = createSettingsStore();
    store.getState().setProvider('vllm');
    store.getState().setProvider('custom');
    expect(store.getState().settings).toMatchObject({ provider: 'custom', baseUrl: 'http://localhost:8000/v1', patientModel: '' });
  });

  it('keeps the temperature within 0–2', () => {
    const store = createSettingsStore();
    store.getState().update({ temperature: 5 });
    expect(store.getState().settings.temperature).toBe(2);
    store.getState().update({ temperature: -1 });
    expect(store.getState().settings.temperature).toBe(0);
    store.getState().update({ temperature: Number.NaN });
    expect(store.getState().settings.temperature).toBe(0);
  });

  it('reads settings stored by an older version through migrate, and stores them as the current version', () => {
    const old = { provider: 'lmstudio', baseUrl: 'http://localhost:1234/v1', rememberKey: false, patientModel: 'qwen', graderModel: '', temperature: 1 };
    localStorage.setItem(SETTINGS_STORAGE_KEY, JSON.stringify({ state: old, version: 0 }));
    const store = createSettingsStore();
    expect(store.getState().settings).toEqual({ ...old, apiKey: '' });
    expect(store.getState().loadProblem).toBeNull();
    expect(JSON.parse(storedText())).toEqual({ state: old, version: SETTINGS_VERSION });
  });

  it('sets malformed stored settings aside with a reason, leaving them stored until the next change', () => {
    const bad = JSON.stringify({ state: { provider: 'ollama', temperature: 'hot' }, version: SETTINGS_VERSION });
    localStorage.setItem(SETTINGS_STORAGE_KEY, bad);
    const store = createSettingsStore();
    expect(store.getState().settings).toEqual(DEFAULT_SETTINGS);
    expect(store.getState().loadProblem).toMatch(/could not be read \(baseUrl: .*\)/);
    expect(storedText()).toBe(bad);
    store.getState().setProvider('ollama');
    expect(storedState()).toMatchObject({ provider: 'ollama', temperature: DEFAULT_SETTINGS.temperature });
  });

  it('works in memory when the browser has no storage', () => {
    const store = createSettingsStore({ storage: () => undefined });
    store.getState().setProvider('llamacpp');
    expect(store.getState().settings.baseUrl).toBe('http://localhost:8080/v1');
    expect(localStorage.getItem(SETTINGS_STORAGE_KEY)).toBeNull();
  });
});
