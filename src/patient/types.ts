// The Patient seam. The UI and the mock LLM server talk to a patient only through this
// interface; the scripted patient and the LLM patient both implement it.

export type Speaker = 'student' | 'patient';

export interface Turn {
  speaker: Speaker;
  text: string;
}

/** The patient named the diagnosis (or an alias) and the reply was replaced in character. */
export interface LeakEvent {
  /** The diagnosis name or alias that appeared. */
  term: string;
  /** What the model had said up to the leak, kept for the instructor, never shown to the student. */
  leakedText: string;
}

/** What the patient did in one reply, known once the stream has ended. */
export interface ReplyInfo {
  /** Ids of the case facts this reply revealed (empty when unknown, e.g. for an LLM patient). */
  factIds: string[];
  /** The conversational moves recognised in the student's turn, e.g. "greeting", "unknown", "role-break". */
  moves: string[];
  /** True when the reply was cut short by the signal. */
  stopped: boolean;
  /** The model id the server answered with (LLM patient only). */
  model?: string;
  /** Set when the leak guard replaced the reply. */
  leak?: LeakEvent;
}

/** A reply streams as text chunks; `info` settles when the stream ends (or is stopped). */
export interface PatientReply extends AsyncIterable<string> {
  readonly info: Promise<ReplyInfo>;
}

export interface Patient {
  /** `turns` is the whole conversation so far, ending with the student's newest turn. */
  reply(turns: readonly Turn[], signal?: AbortSignal): PatientReply;
}
