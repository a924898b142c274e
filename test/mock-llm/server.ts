import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { Case } from '../../src/case/schema';
import { createScriptedPatient } from '../../src/patient';
import type { Patient } from '../../src/patient/types';
import { handleChat, type JsonResponder } from './chat';
import { OnceKeys } from './faults';
import { BodyError, CORS_HEADERS, errorBody, readBody, sendError } from './http';
import { handleModels } from './models';

// A mock OpenAI-compatible server on loopback for tests and local development: plain
// node:http, the scripted patient behind /v1/chat/completions, faults on request.

export interface MockLlmOptions {
  /** 0 (the default) picks any free port. */
  port?: number;
  host?: string;
  cases: readonly Case[];
  /** Delay between streamed content chunks; 0 by default. */
  tokenDelayMs?: number;
  /** Supplies the object for response_format requests; undefined falls back to a schema instance. */
  jsonResponder?: JsonResponder;
  /** The patient behind the chat endpoint; the built-in scripted patient by default. */
  createPatient?: (c: Case) => Patient;
}

export interface MockLlm {
  /** Base URL for an OpenAI client, e.g. http://127.0.0.1:PORT/v1 */
  url: string;
  port: number;
  /** Stops listening, ends every open response (stalled ones too) and closes all sockets. */
  close(): Promise<void>;
}

export type { JsonRequest, JsonResponder } from './chat';
export { FAULTS, type Fault } from './faults';
export { MODEL_IDS } from './models';
export { JSON_SUPPORT_MODELS, RawText, rawText, type JsonSupportModel } from './json-support';

export async function startMockLlm(options: MockLlmOptions): Promise<MockLlm> {
  const sockets = new Set<Socket>();
  const inFlight = new Set<AbortController>();
  const onceKeys = new OnceKeys();
  let counter = 0;
  const nextId = () => ++counter;
  const chat = {
    cases: options.cases,
    createPatient: options.createPatient ?? ((c: Case) => createScriptedPatient(c)),
    jsonResponder: options.jsonResponder,
    tokenDelayMs: options.tokenDelayMs ?? 0,
    onceKeys,
    nextId,
  };

  async function route(req: IncomingMessage, res: ServerResponse, signal: AbortSignal): Promise<void> {
    const path = new URL(req.url ?? '/', 'http://mock').pathname.replace(/\/+$/, '');
    if (req.method === 'OPTIONS') {
      res.writeHead(204, CORS_HEADERS);
      return void res.end();
    }
    if (req.method === 'POST' && path === '/v1/chat/completions') {
      return handleChat(req, res, await readBody(req), chat, signal);
    }
    if (req.method === 'GET' && path === '/v1/models') {
      return handleModels(req, res, undefined, onceKeys, signal, `req_mock${nextId()}`);
    }
    const modelPath = /^\/v1\/models\/([^/]+)$/.exec(path);
    if (req.method === 'GET' && modelPath?.[1]) {
      return handleModels(req, res, decodeURIComponent(modelPath[1]), onceKeys, signal, `req_mock${nextId()}`);
    }
    sendError(res, 404, errorBody(`Invalid URL (${req.method ?? 'GET'} ${path || '/'})`));
  }

  const server = createServer((req, res) => {
    const controller = new AbortController();
    inFlight.add(controller);
    // 'close' fires when the response is done or the client went away: stop any work left.
    res.once('close', () => {
      controller.abort();
      inFlight.delete(controller);
    });
    route(req, res, controller.signal).catch((error: unknown) => {
      if (error instanceof BodyError) return sendError(res, 413, errorBody(error.message));
      const message = error instanceof Error ? error.message : String(error);
      if (!res.headersSent) return sendError(res, 500, errorBody(message, 'server_error'));
      res.destroy();
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });

  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const urlHost = host.includes(':') ? `[${host}]` : host;

  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= new Promise<void>((resolve, reject) => {
      server.close((error) => (error ? reject(error) : resolve()));
      for (const controller of inFlight) controller.abort();
      for (const socket of sockets) socket.destroy();
    }));

  return { url: `http://${urlHost}:${port}/v1`, port, close };
}
