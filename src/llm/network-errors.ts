import { currentOrigin } from './presets';
import { hostOf, type LlmProblem, type Where } from './problem';

// Failures before any answer arrived. Node says why (a code on the cause); a browser says only
// "Failed to fetch", whether nothing listens or CORS blocked the answer. The caller may know
// more from a probe (see connection.ts) and passes it as `reachable`.

const REFUSED = new Set(['ECONNREFUSED', 'ECONNRESET', 'EHOSTUNREACH', 'ENETUNREACH', 'EADDRNOTAVAIL', 'UND_ERR_SOCKET']);
const NOT_FOUND = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_NONAME']);
const CONNECT_TIMEOUT = new Set(['ETIMEDOUT', 'UND_ERR_CONNECT_TIMEOUT']);

export interface NetworkContext {
  /** True when a no-cors probe got an answer (so CORS is to blame), false when it did not. */
  reachable?: boolean;
}

export function describeNetworkFailure(error: unknown, where: Where, context: NetworkContext): LlmProblem {
  const code = errorCode(error);
  const start = where.preset.startHint ?? 'Check that the server is running and that the base URL is right.';
  const unreachable = (message: string, fix: string): LlmProblem => ({ kind: 'unreachable', message, fix, retryable: false });

  if (code && NOT_FOUND.has(code)) {
    return unreachable(
      `The address ${hostOf(where.url) ?? where.url} could not be found.`,
      'Check the base URL for typos, and the internet connection.',
    );
  }
  if (code && (REFUSED.has(code) || CONNECT_TIMEOUT.has(code))) {
    return unreachable(`Nothing answered at ${where.url}.${where.preset.local ? ` Is ${where.server} running?` : ''}`, start);
  }
  if (code && /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|TLS/i.test(code)) {
    return unreachable(`The HTTPS certificate of ${where.url} is not trusted.`, 'Use a trusted certificate, or plain http:// on this computer.');
  }
  if (blockedAsMixedContent(where.url)) {
    return unreachable(
      `This page is served over HTTPS, so the browser blocks the plain-HTTP address ${where.url}.`,
      'Give the server an https:// address, or run Anamnesis on this computer (npm start).',
    );
  }
  const corsFix = where.preset.corsFix(currentOrigin());
  if (context.reachable === true) {
    return {
      kind: 'cors',
      message: `${where.server} is running, but the browser blocked its answer: it does not allow requests from this page (CORS).`,
      fix: corsFix,
      retryable: false,
    };
  }
  if (context.reachable === false) {
    return unreachable(`Nothing answered at ${where.url}.${where.preset.local ? ` Is ${where.server} running?` : ''}`, start);
  }
  return unreachable(
    `Could not reach ${where.url}: either the server is not running, or it does not allow requests from this page (CORS).`,
    `${start} If it is running: ${corsFix}`,
  );
}

/** The first error code (ECONNREFUSED, ENOTFOUND, …) along the cause chain. */
export function errorCode(error: unknown, depth = 0): string | undefined {
  if (depth > 6 || typeof error !== 'object' || error === null) return undefined;
  const { code, cause, errors } = error as { code?: unknown; cause?: unknown; errors?: unknown };
  if (typeof code === 'string' && code) return code;
  const fromCause = errorCode(cause, depth + 1);
  if (fromCause) return fromCause;
  if (Array.isArray(errors)) {
    for (const inner of errors) {
      const found = errorCode(inner, depth + 1);
      if (found) return found;
    }
  }
  return undefined;
}

const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])$|\.localhost$/i;

export function isLoopbackUrl(url: string): boolean {
  try {
    return LOOPBACK.test(new URL(url).hostname);
  } catch {
    return false;
  }
}

function blockedAsMixedContent(url: string): boolean {
  return globalThis.location?.protocol === 'https:' && url.startsWith('http:') && !isLoopbackUrl(url);
}
