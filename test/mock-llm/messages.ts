import type { Case } from '../../src/case/schema';
import type { Turn } from '../../src/patient/types';

// Reading an OpenAI chat request: message text, the case named in the system prompt, and the
// conversation as the Patient seam's turns.

export interface ChatMessage {
  role: string;
  content?: unknown;
}

/** Message content as text: a string, or the text parts of a content-part array. */
export function messageText(message: ChatMessage): string {
  const { content } = message;
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) return '';
  return content
    .map((part: unknown) =>
      typeof part === 'object' && part !== null && 'text' in part && typeof part.text === 'string' ? part.text : '',
    )
    .join('');
}

const isSystem = (m: ChatMessage) => m.role === 'system' || m.role === 'developer';

/**
 * The case the system prompt is about: a line `Case: <id>` wins; otherwise the longest case id
 * that occurs in the system text as a whole word (so "chest-pain" does not match inside
 * "chest-pain-smoker").
 */
export function findCase(messages: readonly ChatMessage[], cases: readonly Case[]): Case | undefined {
  const system = messages.filter(isSystem).map(messageText).join('\n');
  const named = /^\s*Case:\s*([a-z0-9-]+)\s*$/im.exec(system)?.[1];
  if (named) {
    const exact = cases.find((c) => c.id === named);
    if (exact) return exact;
  }
  const occurs = (id: string) =>
    new RegExp(`(?<![a-z0-9-])${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![a-z0-9-])`).test(system);
  return [...cases].sort((a, b) => b.id.length - a.id.length).find((c) => occurs(c.id));
}

/** User messages are the student's turns, assistant messages the patient's; others are dropped. */
export function toTurns(messages: readonly ChatMessage[]): Turn[] {
  const turns: Turn[] = [];
  for (const message of messages) {
    if (message.role === 'user') turns.push({ speaker: 'student', text: messageText(message) });
    else if (message.role === 'assistant') turns.push({ speaker: 'patient', text: messageText(message) });
  }
  return turns;
}
