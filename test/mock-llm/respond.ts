import type { ServerResponse } from 'node:http';
import type { Fault } from './faults';
import { CORS_HEADERS, sendText, untilAborted } from './http';

// Whole-body responses (non-streaming completions, the model list) shaped by a body fault.

/**
 * Sends a JSON body, shaped by a body fault: `cut` sends half and drops the connection, `stall`
 * sends headers only and waits for the client to leave, `bad-json` sends half as if complete.
 */
export async function sendBody(
  res: ServerResponse,
  body: string,
  fault: Fault | undefined,
  signal: AbortSignal,
  requestId: string,
): Promise<void> {
  const half = body.slice(0, Math.floor(body.length / 2));
  const headers = { 'x-request-id': requestId };
  if (fault === 'bad-json') return sendText(res, 200, half, headers);
  if (fault !== 'cut' && fault !== 'stall') return sendText(res, 200, body, headers);
  res.writeHead(200, {
    ...CORS_HEADERS,
    'content-type': 'application/json',
    'content-length': String(Buffer.byteLength(body)),
    ...headers,
  });
  res.flushHeaders();
  if (fault === 'stall') return untilAborted(signal);
  await new Promise<void>((resolve) => res.write(half, () => resolve()));
  return cut(res);
}

/** Drops the connection without finishing the response (no [DONE], no final chunk). */
export async function cut(res: ServerResponse): Promise<void> {
  // Let the written chunks leave before the socket goes, so the client sees partial content.
  await new Promise((resolve) => setTimeout(resolve, 20));
  res.socket?.destroy();
  res.destroy();
}
