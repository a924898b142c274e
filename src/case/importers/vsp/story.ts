import type { FactCategory, RevealPolicy } from '../../schema';
import { toFirstPerson } from './person';
import type { SourceLine } from './sections';
import { capitalise, contentWords, withoutEdgeStopWords } from './words';

// One [STORY] line becomes one fact: the line's instructions turned into what the patient says.

export interface StoryFact {
  line: number;
  /** The line as written, without its "(only if asked)" marker. */
  source: string;
  says: string;
  category: FactCategory;
  reveal: RevealPolicy;
  /** Cue words from the line itself (a condition "If the doctor asks about X", a leading question). */
  cues: string[];
  notes: string[];
}

const BROAD_CATEGORIES = new Set<FactCategory>(['pmh', 'meds', 'allergies', 'family']);
const ONLY_IF_ASKED = /^\(only if asked\)\s*/i;
const ONLY_IF = /^only if the doctor\b/i;

export function storyFact(source: SourceLine, index: number): StoryFact {
  const notes: string[] = [];
  let text = source.text;
  let reveal: RevealPolicy = index === 0 ? 'spontaneous' : 'on-ask';
  if (ONLY_IF_ASKED.test(text)) {
    reveal = 'on-specific-ask';
    text = text.replace(ONLY_IF_ASKED, '');
  } else if (ONLY_IF.test(text)) {
    reveal = 'on-specific-ask';
  }
  const cues: string[] = [];
  const sentences = splitSentences(text).flatMap((sentence) => {
    const spoken = speech(sentence, cues);
    return spoken === undefined ? [] : [spoken];
  });
  if (sentences.length === 0) notes.push(`line ${source.line}: nothing the patient says was left after removing the instructions`);
  const says = sentences.join(' ').replace(/\s+/g, ' ').trim();
  const category = classify(says);
  // "Any allergies?" or "any medicines?" is not a specific question to the scripted patient, so
  // an on-specific-ask fact of these sections could never be told: "only if asked" means on-ask there.
  if (reveal === 'on-specific-ask' && BROAD_CATEGORIES.has(category)) {
    reveal = 'on-ask';
    notes.push(`line ${source.line}: "(only if asked)" in the ${category} section became on-ask, since a question about ${category} is how one asks for it`);
  }
  return { line: source.line, source: text, says: capitalise(says), category, reveal, cues: [...new Set(cues)], notes };
}

/** Sentences, keeping quoted speech whole. */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  let current = '';
  let inQuote = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? '';
    current += ch;
    if (ch === '"') inQuote = !inQuote;
    const closesQuotedSentence = ch === '"' && !inQuote && /[.!?]/.test(text[i - 1] ?? '');
    if (!inQuote && (/[.!?]/.test(ch) || closesQuotedSentence) && (i + 1 >= text.length || text[i + 1] === ' ')) {
      out.push(current.trim());
      current = '';
    }
  }
  if (current.trim() !== '') out.push(current.trim());
  return out;
}

const CONDITION = /^(?:only\s+)?if (?:the doctor |they )?(?:asks?|asked|uses|mentions)\s+(?:you\s+)?(?:about|whether|if|why)?\s*(.*?)(?:,\s*(?=say\b)|:)\s*(.*)$/i;
const LABEL = /^((?:how|what|when|where|severity|duration|onset)\b[^:"]{0,60}):\s*(.+)$/i;
const SAY = /^say\b\s*(?:that\s+)?(.*)$/i;
const LEADING_QUESTION = /^((?:are|is|do|does|have|has|did|were|was|can) you\b[^?]*)\?\s*(.*)$/i;
const STAGE_DIRECTION = /^(you say this\b|you only accept\b|if they start to explain\b|disagree\b|ask (them|how)\b)/i;

/** What one sentence of a line leaves for the patient to say (undefined: an instruction only). */
function speech(sentence: string, cues: string[]): string | undefined {
  let rest = sentence.trim();
  if (STAGE_DIRECTION.test(rest)) return undefined;
  const question = LEADING_QUESTION.exec(rest);
  if (question) {
    cues.push(...conditionCues(question[1] ?? ''));
    rest = (question[2] ?? '').trim();
    if (rest === '') return undefined;
  }
  // "How long you have had the pain: since 8 o'clock" and "Severity: 8 out of 10." label the answer.
  const label = LABEL.exec(rest);
  if (label) {
    cues.push(...conditionCues(label[1] ?? ''));
    rest = capitalise((label[2] ?? '').trim());
  }
  const condition = CONDITION.exec(rest);
  if (condition) {
    cues.push(...conditionCues(condition[1] ?? ''));
    rest = (condition[2] ?? '').trim();
    const said = SAY.exec(rest);
    if (said) rest = said[1] ?? '';
    // "disagree at first and ask how they know. Say "…"": keep the patient's words, not the instruction.
    const quoted = quotes(rest);
    if (quoted.length > 0 && !/^"/.test(rest)) return quoted.join(' ');
    if (STAGE_DIRECTION.test(rest)) return undefined;
    return capitalise(unquoteWhole(firstPerson(rest)));
  }
  const said = SAY.exec(rest);
  if (said) return capitalise(unquoteWhole(firstPerson(said[1] ?? '')));
  return capitalise(firstPerson(rest));
}

function quotes(text: string): string[] {
  return [...text.matchAll(/"([^"]+)"/g)].map((m) => (m[1] ?? '').trim()).filter(Boolean);
}

/** `"It's just me."` → `It's just me.`; a sentence that is one quotation loses its marks. */
function unquoteWhole(text: string): string {
  const m = /^"([^"]*)"\s*([.!?]?)\s*(.*)$/.exec(text.trim());
  if (!m) return text;
  const [, inner = '', stop = '', tail = ''] = m;
  return `${inner}${/[.!?]$/.test(inner) ? '' : stop}${tail ? ` ${tail}` : ''}`.trim();
}

/** First person outside quotation marks; the doctor becomes "you". */
function firstPerson(text: string): string {
  return text
    .split(/("[^"]*")/)
    .map((part) =>
      part.startsWith('"')
        ? part
        : toFirstPerson(part)
            .replace(/\bthe doctor asks\b/gi, 'you ask me')
            .replace(/\bthe doctor\b/gi, 'you'),
    )
    .join('');
}

/** "about your mood, your energy or your weight" → mood, energy, weight. */
function conditionCues(condition: string): string[] {
  return condition
    .replace(/\b(the word|says? (that )?|whether|if|about|are|is|do|does|have|has|you|your|feel|any)\b/gi, ' ')
    .split(/,|\bor\b|\band\b/)
    .map((part) => withoutEdgeStopWords(part.replace(/\s+/g, ' ').trim().toLowerCase()))
    .filter((part) => part !== '' && contentWords(part).length > 0);
}

const RULES: Array<[FactCategory, RegExp]> = [
  ['family', /^(my )?(mother|father|mum|dad|parents|sibling|brothers?|sisters?)\b|\b(my (mother|father) (and|is|was|went|died|had)|sibling|in the family|no other illness in the family)\b/i],
  ['allergies', /\ballerg/i],
  ['meds', /\b(prescription|medicines?|medications?|zoloft|loestrin|synthroid|inhalers?|multivitamin|ibuprofen most days)\b/i],
  ['hpi', /^(it|they|the pain|each one|this)\b/i],
  ['social', /\b(smoke[sd]?|smoking|cigarettes?|drink|drinking|wine|beers?|alcohol|drugs|coffee|teas?|diet|eat|exercise|walk the dog|live (with|alone|in)|lives|work|job|retired|married|divorced|widowed|died|passed away|insurance|insured|medicare|money|school|volunteer|vegetarian|normal day|masters|fixed income|son|granddaughter|safe|abuse|violence|hurts me)\b/i],
  ['sexual', /\b(sex|sexual|sexually|orgasm|vibrator|dildo|masturbate|condoms?|trichomonas|chlamydia|birth control|protection|lubricant|wet enough|men in my (whole )?life)\b/i],
  ['ice', /\b(worr(y|ied)|afraid|frightened|scared|i would like|i want|i('| a)m hoping|i imagine|i thought maybe|i am not sure what|i blame|put it down to|just hoping)\b/i],
  ['pmh', /\b(illness(es)?|operations?|surgery|hospital|shots|vaccines?|pap|smear|pregnant|miscarriage|cesarean|caesarean|d and c|asthma|bronchiectasis|pneumonia|depression|health(y)? (issues|problems)|consider myself healthy|periods started|first period|went through the change|have not gone through)\b/i],
  ['ros', /^(no|none|nothing|there is no|i have no|i do not|i don't|i have not|i haven't)\b/i],
];

/** A fact's category from its words (the presenting complaint is the opening line, not a story line). */
export function classify(says: string): FactCategory {
  // The first sentence says what the line is about; the rest may wander ("…My mother went through it at 53").
  const first = splitSentences(says)[0] ?? says;
  return (RULES.find(([, pattern]) => pattern.test(first)) ?? RULES.find(([, pattern]) => pattern.test(says)))?.[0] ?? 'hpi';
}
