// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createSettingsStore, SETTINGS_STORAGE_KEY, SettingsPage, type Connect, type SettingsStore } from '../../src/settings';
import { startTestServer } from '../mock-llm/helpers';
import type { MockLlm } from '../mock-llm/server';
import { acceptingOnly, connectWith, storedState, storedText } from './helpers';

let mock: MockLlm;
beforeAll(async () => {
  mock = await startTestServer();
});
afterAll(() => mock.close());
beforeEach(() => localStorage.clear());
afterEach(cleanup);

function renderPage(options: { store?: SettingsStore; connect?: Connect } = {}) {
  const store = options.store ?? createSettingsStore();
  render(<SettingsPage store={store} {...(options.connect ? { connect: options.connect } : {})} />);
  return { store, user: userEvent.setup() };
}

const field = (name: string | RegExp) => screen.getByLabelText(name) as HTMLInputElement;

/** Points the page at the mock server as a custom server. */
async function aimAtMock(user: ReturnType<typeof userEvent.setup>) {
  await user.selectOptions(screen.getByRole('combobox', { name: 'Provider' }), 'custom');
  await user.type(field('Base URL'), mock.url);
  await user.type(field('Patient model'), 'mock-patient');
}

describe('SettingsPage', () => {
  it('starts with the built-in patient: no server fields, and it says the patient works offline with no key', () => {
    renderPage();
    const provider = screen.getByRole('combobox', { name: 'Provider' }) as HTMLSelectElement;
    expect(provider.value).toBe('builtin');
    expect(within(provider).getAllByRole('option')[0]?.textContent).toBe('Built-in patient (offline)');
    expect(screen.getByText(/built-in patient works offline, with no server and no key/)).toBeTruthy();
    expect(screen.queryByLabelText('Base URL')).toBeNull();
    expect(screen.queryByLabelText(/API key/)).toBeNull();
    expect(screen.queryByRole('button', { name: 'Test connection' })).toBeNull();
  });

  it('choosing a preset fills the base URL and a suggested model', async () => {
    const { user } = renderPage();
    const provider = screen.getByRole('combobox', { name: 'Provider' });
    await user.selectOptions(provider, 'Ollama (on this computer)');
    expect(field('Base URL').value).toBe('http://localhost:11434/v1');
    expect(field('Patient model').value).toBe('llama3.1:8b');
    await user.selectOptions(provider, 'LM Studio (on this computer)');
    expect(field('Base URL').value).toBe('http://localhost:1234/v1');
    await user.selectOptions(provider, 'OpenRouter');
    expect(field('Base URL').value).toBe('https://openrouter.ai/api/v1');
    expect(screen.queryByText(/works offline/)).toBeNull();
  });

  it('keeps the key out of localStorage unless "Remember on this device" is ticked', async () => {
    const key = 'sk-proj-abcdef0123456789';
    const { user } = renderPage();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Provider' }), 'openai');
    const keyField = field('API key');
    expect(keyField.type).toBe('password');
    await user.type(keyField, key);
    expect(screen.getByText(/kept only until this tab closes/)).toBeTruthy();
    expect(storedState()).toMatchObject({ provider: 'openai', baseUrl: 'https://api.openai.com/v1' });
    expect(storedText()).not.toContain(key);

    const remember = screen.getByRole('checkbox', { name: 'Remember on this device' });
    await user.click(remember);
    expect(storedState()).toMatchObject({ apiKey: key, rememberKey: true });

    await user.click(remember);
    expect(storedText()).not.toContain(key);
    expect(keyField.value).toBe(key); // still there for this tab

    await user.click(remember);
    await user.click(screen.getByRole('button', { name: 'Forget key' }));
    expect(keyField.value).toBe('');
    expect(storedText()).not.toContain(key);
  });

  it('a key that is not remembered is gone after a reload; a remembered one is back', async () => {
    const { user } = renderPage();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Provider' }), 'openai');
    await user.type(field('API key'), 'sk-tab-only-key');
    cleanup();
    renderPage({ store: createSettingsStore() });
    expect(field('API key').value).toBe('');
    expect((screen.getByRole('combobox', { name: 'Provider' }) as HTMLSelectElement).value).toBe('openai');

    await user.type(field('API key'), 'sk-kept-key');
    await user.click(screen.getByRole('checkbox', { name: 'Remember on this device' }));
    cleanup();
    renderPage({ store: createSettingsStore() });
    expect(field('API key').value).toBe('sk-kept-key');
  });

  it('"Test connection" against the mock server shows its models and offers them as model choices', async () => {
    const { user } = renderPage();
    await aimAtMock(user);
    await user.click(screen.getByRole('button', { name: 'Test connection' }));
    const status = await screen.findByRole('status', { name: 'Connection test result' });
    expect(status.textContent).toMatch(/Connected\. The server lists \d+ models:/);
    const listed = within(screen.getByRole('list', { name: 'Models on the server' }));
    expect(listed.getByText('mock-patient')).toBeTruthy();
    expect(listed.getByText('mock-grader')).toBeTruthy();
    const datalist = document.getElementById(field('Grader model').getAttribute('list') ?? '');
    expect(Array.from(datalist?.querySelectorAll('option') ?? [], (o) => o.value)).toContain('mock-grader');
  });

  it('with a bad key, "Test connection" says the key was rejected and where to fix it, never showing the key', async () => {
    const { user } = renderPage({ connect: connectWith(acceptingOnly('sk-good')) });
    await aimAtMock(user);
    await user.type(field(/API key/), 'sk-bad-key-123456');
    await user.click(screen.getByRole('button', { name: 'Test connection' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('rejected the API key.');
    expect(alert.textContent).toContain('Check the API key in Settings.');
    expect(document.body.textContent).not.toContain('sk-bad-key-123456');

    await user.clear(field(/API key/));
    await user.type(field(/API key/), 'sk-good');
    expect(screen.queryByRole('alert')).toBeNull(); // the result was for the old key
    await user.click(screen.getByRole('button', { name: 'Test connection' }));
    expect((await screen.findByRole('status', { name: 'Connection test result' })).textContent).toMatch(/^Connected\./);
  });

  it('says precisely when the chosen model is not on the server', async () => {
    const { user } = renderPage();
    await aimAtMock(user);
    await user.type(field('Grader model'), 'gpt-grader');
    await user.click(screen.getByRole('button', { name: 'Test connection' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/The grader model "gpt-grader" is not on this server/);
    expect(alert.textContent).toMatch(/Choose one it lists: mock-patient, mock-grader/);
  });

  it('malformed stored settings fall back to the defaults, with a visible notice', async () => {
    localStorage.setItem(SETTINGS_STORAGE_KEY, JSON.stringify({ state: { provider: 'gemini', temperature: 9 }, version: 1 }));
    const { user } = renderPage();
    const notice = screen.getByRole('alert');
    expect(notice.textContent).toMatch(/Your saved model settings could not be read \(provider: .*\), so the defaults are in use/);
    expect((screen.getByRole('combobox', { name: 'Provider' }) as HTMLSelectElement).value).toBe('builtin');
    await user.click(within(notice).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('stored text that is not JSON falls back to the defaults too', () => {
    localStorage.setItem(SETTINGS_STORAGE_KEY, '{"state": {"provider": "oll');
    renderPage();
    expect(screen.getByRole('alert').textContent).toContain('could not be read (it is not valid JSON)');
  });
});
