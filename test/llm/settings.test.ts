import { DEFAULT_SETTINGS, LlmSettings, graderModelOf, parseStoredSettings, usesBuiltInPatient } from '../../src/llm/settings';

describe('LlmSettings', () => {
  it('defaults to the built-in patient, and the defaults are valid settings', () => {
    expect(DEFAULT_SETTINGS.provider).toBe('builtin');
    expect(usesBuiltInPatient(DEFAULT_SETTINGS)).toBe(true);
    expect(LlmSettings.parse(DEFAULT_SETTINGS)).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps temperature between 0 and 2', () => {
    expect(LlmSettings.safeParse({ ...DEFAULT_SETTINGS, temperature: 2 }).success).toBe(true);
    expect(LlmSettings.safeParse({ ...DEFAULT_SETTINGS, temperature: 2.1 }).success).toBe(false);
    expect(LlmSettings.safeParse({ ...DEFAULT_SETTINGS, temperature: -0.1 }).success).toBe(false);
  });

  it('grades with the patient model when no grader model is set', () => {
    expect(graderModelOf({ patientModel: 'llama3.1:8b', graderModel: '' })).toBe('llama3.1:8b');
    expect(graderModelOf({ patientModel: 'llama3.1:8b', graderModel: ' qwen2.5:7b ' })).toBe('qwen2.5:7b');
  });
});

describe('parseStoredSettings', () => {
  const stored = {
    provider: 'ollama',
    baseUrl: 'http://localhost:11434/v1',
    rememberKey: false,
    patientModel: 'llama3.1:8b',
    graderModel: '',
    temperature: 0.4,
  };

  it('reads a stored value; a key that was not remembered is simply absent', () => {
    expect(parseStoredSettings(stored)).toEqual({ settings: { ...stored, apiKey: '' }, problem: null });
  });

  it('drops fields it does not know', () => {
    expect(parseStoredSettings({ ...stored, theme: 'dark' }).settings).not.toHaveProperty('theme');
  });

  it('replaces a malformed value by the defaults and says which fields were wrong', () => {
    const { settings, problem } = parseStoredSettings({ ...stored, provider: 'gemini', temperature: 7 });
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(problem).toMatch(/^Your saved model settings could not be read \(provider: .+; temperature: .+\), so the defaults are in use/);
    expect(problem).toContain('built-in patient');
  });

  it.each([null, 'ollama', 42, [], { provider: 'openai' }])('replaces %j by the defaults, with a reason', (value) => {
    const { settings, problem } = parseStoredSettings(value);
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(problem).toContain('could not be read');
  });

  it('never hands out the frozen defaults object itself', () => {
    const { settings } = parseStoredSettings(null);
    expect(settings).not.toBe(DEFAULT_SETTINGS);
    expect(Object.isFrozen(settings)).toBe(false);
  });
});
