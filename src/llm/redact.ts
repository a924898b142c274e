// Keys must never reach a message the user sees, a log or an export: servers echo them in
// error text ("Incorrect API key provided: sk-…"), so every text we build passes through here.

const REDACTED = '[redacted]';
const KEY_LIKE = /\b(?:sk|rk|pk)-[A-Za-z0-9_\-*.]{6,}/g;
const BEARER = /\bBearer\s+\S+/gi;

export function redactSecrets(text: string, apiKey: string): string {
  let safe = text;
  const key = apiKey.trim();
  if (key.length >= 4) safe = safe.split(key).join(REDACTED);
  return safe.replace(BEARER, `Bearer ${REDACTED}`).replace(KEY_LIKE, REDACTED);
}
