// The LLM patient's own stream failures. HTTP errors (401, 404, 429, 5xx) are not wrapped: they
// reach the caller as the openai SDK's APIError subclasses, after the SDK's own retries.

export type PatientStreamErrorKind =
  /** No chunk arrived for the idle timeout; the request was aborted. */
  | 'stalled'
  /** The stream broke after it had started (connection lost, malformed event, error event). */
  | 'dropped';

export class PatientStreamError extends Error {
  override readonly name = 'PatientStreamError';
  readonly kind: PatientStreamErrorKind;
  /** The text that had arrived before the failure (what the consumer has already been given). */
  readonly partialText: string;

  constructor(kind: PatientStreamErrorKind, partialText: string, options: { cause?: unknown; message?: string } = {}) {
    super(
      options.message ??
        (kind === 'stalled'
          ? 'The patient stopped answering: no text arrived for too long, so the request was cancelled.'
          : 'The connection to the model broke while the patient was answering.'),
      { cause: options.cause },
    );
    this.kind = kind;
    this.partialText = partialText;
  }
}
