import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { LlmFetch } from '../../src/llm/client';
import { DEFAULT_SETTINGS, type LlmSettings } from '../../src/llm/settings';
import type { Fault, MockLlm } from '../mock-llm/server';

// Helpers for the src/llm tests: settings aimed at a server, faults by header, and a tiny
// server of our own that records what the client sent.

/** Settings for a local server at `url`, naming the mock's patient model. */
export function settingsFor(url: string, overrides: Partial<LlmSettings> = {}): LlmSettings {
  return { ...DEFAULT_SETTINGS, provider: 'ollama', baseUrl: url, patientModel: 'mock-patient', ...overrides };
}

export function mockSettings(server: MockLlm, overrides: Partial<LlmSettings> = {}): LlmSettings {
  return settingsFor(server.url, overrides);
}

/** A fetch that asks the mock server for a fault on every request (the model list has no model name to choose one by). */
export function faultFetch(fault: Fault): LlmFetch {
  return (input, init) => {
    const headers = new Headers(init?.headers);
    headers.set('x-mock-fault', fault);
    return fetch(input, { ...init, headers });
  };
}

/** Behaves like a browser whose request CORS blocked: only `mode: 'no-cors'` gets through. */
export const corsBlockedFetch: LlmFetch = (input, init) =>
  init?.mode === 'no-cors' ? fetch(input, init) : Promise.reject(new TypeError('Failed to fetch'));

/** Behaves like a browser that reached nothing at all. */
export const nothingAnswersFetch: LlmFetch = () => Promise.reject(new TypeError('Failed to fetch'));

/** A loopback port that nothing listens on. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

export interface RecordingServer {
  url: string;
  requests: { method: string; path: string; headers: IncomingHttpHeaders }[];
  close(): Promise<void>;
}

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

const modelList: Handler = (_req, res) => {
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ object: 'list', data: [{ id: 'recorded-model', object: 'model', created: 0, owned_by: 'test' }] }));
};

/** Records every request's headers; answers with `handler`, a one-model list by default. */
export async function startRecordingServer(handler: Handler = modelList): Promise<RecordingServer> {
  const requests: RecordingServer['requests'] = [];
  const server = createServer((req, res) => {
    requests.push({ method: req.method ?? '', path: req.url ?? '', headers: req.headers });
    handler(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
