import type { ChecklistItem, FactCategory } from '../../schema';
import type { SourceLine } from './sections';
import { slug, triggerPattern, uniqueId } from './words';

// [QUESTIONS] lines ("item text | trigger, trigger*") become checklist items linked to the facts
// they are about; the triggers that find a fact become that fact's cue words.

export interface FactForLinking {
  id: string;
  category: FactCategory;
  /** The story line as written and the patient's words: a trigger may match either. */
  texts: string[];
}

export interface Question {
  line: number;
  text: string;
  triggers: string[];
}

export interface LinkResult {
  items: Array<ChecklistItem & { line: number }>;
  /** Cue words to add, by fact id: the triggers found in the fact, then the item's other triggers. */
  cues: Map<string, { found: string[]; asked: string[] }>;
  notes: string[];
}

/** How many facts one item may name: triggers like "before" match many lines loosely. */
const MAX_FACTS_PER_ITEM = 4;

/**
 * Question words never appear in the patient's answer ("where" does not occur in "It is under
 * my ribs"), so each is paired with the words an answer to it contains.
 */
const ANSWER_HINTS: Array<{ trigger: RegExp; answer: RegExp }> = [
  { trigger: /^(where|whereabouts|location|which part|point|show me)$/, answer: /\b(right here|under my|side of my|in my (lower|upper)|lower left|upper right|middle of my|in the middle|it is in|pain is in|point)\b/i },
  { trigger: /^(describe|what is it like|kind of pain|quality|sort of pain|type of pain|feels? like)$/, answer: /\b(dull|sharp|stabbing|burning|achy|aching|raw|cramp\w*|pressure|like a knife|rubbed)\b/i },
  { trigger: /^(how bad|severity|scale|out of ten|sever\*)$/, answer: /\b(\d+ out of 10|out of ten|severe|moderate|mild|put a number)\b/i },
  { trigger: /^(constant|come and go|comes and goes|all the time|intermittent)$/, answer: /\b(constant|never goes away|come and go|comes and goes|waves|steady)\b/i },
  { trigger: /^(when did|how long|start\*|began|onset|since when)$/, answer: /\b(started|began|ago|since|came on|have always|for maybe the past|last month)\b/i },
  { trigger: /^(before|previous|ever had|first time)$/, answer: /\b(never had this|had this pain twice|twice before|have always had)\b/i },
  { trigger: /^(fever|temperature|chill\*)$/, answer: /\b(fever\w*|thermometer|chills|shaking|temperature)\b/i },
  { trigger: /^(how many partners|lifetime partners|number of partners|how many people)$/, answer: /\b(men|women|people|partners) in (my|your) (whole )?life\b/i },
  { trigger: /^(men or women|women or men|male or female|sex of your partner)$/, answer: /\bsex with (men|women)\b|\bonly (ever )?(with )?(men|women)\b/i },
  { trigger: /^(how often|every time|most of the time|usually)$/, answer: /\b(one|two|three) times? in (two|three|four|five|ten)\b|\bonce a (day|week|month)\b/i },
  { trigger: /^(all partners|other partners|every partner|previous partner\*?)$/, answer: /\b(with anyone before|every partner|all (my )?partners)\b/i },
];

export function linkQuestions(questions: Question[], facts: FactForLinking[], missNote: string): LinkResult {
  const cues: LinkResult['cues'] = new Map();
  const notes: string[] = [];
  const items: LinkResult['items'] = [];
  const usedIds = new Set<string>();
  for (const question of questions) {
    const scored = facts.map((fact) => {
      const found: string[] = [];
      const hinted: string[] = [];
      for (const trigger of question.triggers) {
        const pattern = triggerPattern(trigger);
        const match = fact.texts.map((text) => pattern.exec(text)?.[0]).find(Boolean);
        if (match) found.push(trigger.endsWith('*') ? match.toLowerCase() : trigger.toLowerCase());
        else if (ANSWER_HINTS.some((hint) => hint.trigger.test(trigger.toLowerCase()) && fact.texts.some((text) => hint.answer.test(text)))) {
          hinted.push(trigger.replace(/\*$/, '').toLowerCase());
        }
      }
      return { fact, found: [...new Set(found)], score: new Set([...found, ...hinted]).size };
    });
    const top = Math.max(0, ...scored.map((s) => s.score));
    if (top === 0) {
      notes.push(`line ${question.line}: the checklist item "${question.text}" is not about anything the patient says (no trigger word occurs in the story), so it was left out`);
      continue;
    }
    const threshold = Math.max(1, Math.ceil(top / 2));
    const linked = scored
      .filter((s) => s.score >= threshold)
      .sort((a, b) => b.score - a.score)
      .slice(0, MAX_FACTS_PER_ITEM);
    // The words found in the fact come first; the item's other triggers are how a student asks.
    const asked = question.triggers.map((t) => t.replace(/\*/g, '').toLowerCase());
    for (const { fact, found } of linked) {
      const before = cues.get(fact.id) ?? { found: [], asked: [] };
      cues.set(fact.id, { found: [...before.found, ...found], asked: [...before.asked, ...asked] });
    }
    const first = linked[0]?.fact;
    items.push({
      line: question.line,
      id: uniqueId(`ask-${slug(question.text, 4)}`, usedIds),
      text: question.text,
      category: first?.category ?? 'hpi',
      facts: linked.map((s) => s.fact.id),
      points: 1,
      // The file's "miss note" names the question worth asking most; that item is critical.
      critical: missNote.toLowerCase().includes(question.text.toLowerCase()),
    });
  }
  return { items, cues, notes };
}

/** "item text | a, b*, c" → the item text and its triggers; undefined when there is no bar. */
export function parseQuestion(source: SourceLine): Question | undefined {
  const bar = source.text.indexOf('|');
  if (bar < 0) return undefined;
  const text = source.text.slice(0, bar).trim();
  const triggers = source.text
    .slice(bar + 1)
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);
  if (text === '' || triggers.length === 0) return undefined;
  return { line: source.line, text, triggers };
}
