// Rewrites AgentClinic's third-person case notes ("The patient reports chest pain", "He denies
// fever") into what the patient says ("I have chest pain", "No, I haven't had fever"). For a
// young child the parent speaks, so the child stays third person ("He hasn't had a fever").

export type Voice = { person: 'first' } | { person: 'third'; pronoun: 'he' | 'she' | 'they' };

export const FIRST_PERSON: Voice = { person: 'first' };

/** Paragraph → sentences: after . ! ? and a capital or a digit, or after any ; */
export function splitSentences(text: string): string[] {
  return text
    .replace(/\s+/g, ' ')
    .split(/(?<=[.!?])\s+(?=["'(]?[A-Z0-9])|;\s+/)
    .map((s) => s.trim().replace(/[;.]+$/, '').trim())
    .filter((s) => /[A-Za-z]/.test(s));
}

const SUBJECT = String.raw`(?:the )?(?:patient|pt|he|she|they|client|man|woman|boy|girl|child|infant|baby|newborn|neonate|toddler)`;
const PARENT = String.raw`(?:the |his |her |their )?(?:patient's )?(?:mother|father|parents?|mom|mum|dad|caregivers?|family)`;
const REPORTING = String.raw`(?:reports?|reported|notes?|noted|mentions?|mentioned|states?|stated|says|said|describes?|described|endorses?|endorsed|admits?(?: to)?|complains? of|complained of|experiences?|experienced|is experiencing|has been experiencing|has noticed|noticed|recalls?|explains?)`;
const PRESENTING = String.raw`(?:presents?|presented|comes?|came|is brought|was brought|is here|has come)`;
const DENYING = String.raw`(?:denies|denied|deny|does not report|doesn't report|did not report|reports no|has no)`;
const ADVERBS = new Set(['also', 'often', 'still', 'usually', 'recently', 'occasionally', 'now', 'then', 'only', 'never', 'always', 'sometimes', 'frequently', 'currently', 'previously', 'rarely', 'regularly', 'socially', 'just']);
/** Verbs a fragment may start with, its subject left out: "Works as a designer", "Drinks wine occasionally". */
const BARE_VERBS = /^(?:(?:also|occasionally|rarely|regularly|socially|currently|recently|previously|often|sometimes|frequently|never) )?(does not|doesn't|did not|didn't|works|worked|drinks|drank|smokes|smoked|lives|lived|uses|used|has|had|is|was|takes|took|exercises|eats|consumes|enjoys|attends|plays|studies|quit|stopped|started|feels|felt|sleeps|walks|runs|travels|traveled|travelled|appears|looks|seems|becomes|becomes|returned|recently|lost|gained|underwent|received|tried|visited|reports|notes|mentions|describes|endorses|admits|experiences|complains|presents)\b/i;
/** "Appears unwell", "Has been vomiting": a note that starts with its verb. */
export const startsWithVerb = (s: string) => BARE_VERBS.test(s.trim());

/** After "her", a word that is not the start of a noun phrase makes "her" an object: "told her that". */
const NOT_NOUN = new Set(['that', 'to', 'and', 'or', 'but', 'with', 'for', 'of', 'in', 'on', 'at', 'about', 'from', 'as', 'by', 'up', 'down', 'off', 'out', 'over', 'if', 'when', 'so', 'the', 'a', 'an', 'any', 'some', 'this', 'it', 'again', 'since', 'after', 'before', 'during', 'into']);

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const lowerFirst = (s: string) => (/^[A-Z][a-z]/.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s);

/** The patient's words for one note sentence; several for a denied list ("denies fever or cough"); none for "Not provided". */
export function toPatientVoice(sentence: string, voice: Voice = FIRST_PERSON): string[] {
  let s = sentence.replace(/[’‘]/g, "'").trim().replace(/[.;]+$/, '').trim();
  if (s === '' || isNonInformation(s)) return [];
  // "The mother reports that ..." / "Her parents note that ...": the parent speaks; keep the clause.
  s = s.replace(new RegExp(`^${PARENT} (?:also )?${REPORTING} (?:that )?`, 'i'), '');
  s = s.replace(new RegExp(`^(?:according to ${PARENT}|per ${PARENT}),? `, 'i'), '');

  if (/^no (?:significant |known |relevant )?(?:past )?medical (?:or|and|,) surgical history$/i.test(s)) {
    return [voice.person === 'first' ? "No, I haven't had any medical problems or operations before." : `No, ${voice.pronoun} ${voice.pronoun === 'they' ? "haven't" : "hasn't"} had any medical problems or operations before.`];
  }
  if (/^(?:no|denies(?: taking)?(?: any)?|takes no|not on any) (?:current |regular |other |prescription )?(?:medications?|medicines?)(?: regularly)?$/i.test(s)) {
    return [voice.person === 'first' ? "No, I don't take any medicines." : `No, ${voice.pronoun} ${voice.pronoun === 'they' ? "don't" : "doesn't"} take any medicines.`];
  }
  const denial = new RegExp(`^(?:${SUBJECT} )?(?:also )?${DENYING} (?:any |having |experiencing |a history of |any history of )?(.+)$`, 'i').exec(s);
  if (denial?.[1]) return denied(denial[1], voice);
  const noHistory = /^(?:there is )?no (?:known |significant |prior |previous |past )?history of (.+)$/i.exec(s);
  if (noHistory?.[1]) return [finish(voice.person === 'first' ? `I've never had ${noHistory[1]}` : `${cap(voice.pronoun)} has never had ${noHistory[1]}`)];
  if (/^no\b/i.test(s) && !/^no[,.]/i.test(s)) return denied(s.replace(/^no (?:known |reported |significant |other )?/i, ''), voice);
  if (/^(?:non-?smoker|never smoked|never-smoker)$/i.test(s)) return [finish(voice.person === 'first' ? "I don't smoke" : `${cap(voice.pronoun)} doesn't smoke`)];
  if (/^(?:former|ex-?) ?smoker\b/i.test(s)) return [finish(voice.person === 'first' ? `I used to smoke${s.replace(/^(?:former|ex-?) ?smoker/i, '')}` : `${cap(voice.pronoun)} used to smoke`)];

  const reporting = new RegExp(`^(?:${SUBJECT} )?(?:also )?${REPORTING} (that )?(.+)$`, 'i').exec(s);
  if (reporting?.[2]) {
    const rest = reporting[2];
    if (reporting[1]) return [finish(rewrite(rest, voice))];
    if (/^(?:experiencing|having|feeling|being|getting|noticing) /i.test(rest)) return [finish(rewrite(`${subjectWord(voice)} have been ${rest}`, voice))];
    return [finish(rewrite(`${subjectWord(voice)} have had ${lowerFirst(rest)}`, voice))];
  }
  const presenting = new RegExp(`^(?:${SUBJECT} )?${PRESENTING} (?:in |here )?(?:to [^,]*?)?(with|for|because of|due to|after|complaining of) (.+)$`, 'i').exec(s);
  if (presenting?.[2]) return [finish(rewrite(`${subjectWord(voice)} have come in ${presenting[1] === 'for' ? 'for' : 'with'} ${lowerFirst(presenting[2])}`, voice))];
  if (/^history of /i.test(s)) return [finish(rewrite(`${subjectWord(voice)} have a ${lowerFirst(s)}`, voice))];
  if (BARE_VERBS.test(s)) return [finish(rewrite(`${subjectWord(voice)} ${lowerFirst(s)}`, voice))];
  return [finish(rewrite(s, voice))];
}

/** "Information not provided", "Not specified", "No additional symptoms provided": nothing to say. */
export function isNonInformation(s: string): boolean {
  return /^(?:information |details? |data )?(?:not|none) (?:provided|specified|available|mentioned|reported|given|documented|known|applicable)$/i.test(s) ||
    /^no (?:additional|other|further|significant) (?:\w+ )?(?:information|details?|symptoms?|findings?|complaints?)? ?(?:were |was |are |is )?(?:provided|specified|reported|mentioned|given|documented|noted)$/i.test(s) ||
    /^(?:n\/a|na|unknown|not specified|unremarkable|non-?contributory|none reported|not applicable|not assessed|no reported abnormalities)$/i.test(s);
}

function subjectWord(voice: Voice): string {
  return voice.person === 'first' ? 'I' : cap(voice.pronoun);
}

function denied(rest: string, voice: Voice): string[] {
  const items = rest
    .replace(/^(?:any|having|experiencing) /i, '')
    .split(/,\s*(?:or |and |nor )?|\s+(?:or|nor)\s+|\s+and\s+(?=\w+\s*$)/)
    .map((item) => item.trim().replace(/^(?:any|or|and) /i, ''))
    .filter(Boolean);
  const listed = items.length > 1 && items.every((item) => item.split(/\s+/).length <= 5);
  const say = (thing: string) => {
    const what = rewrite(lowerFirst(thing), voice);
    const gerund = /^\w+ing\b/.test(what) && !/^(?:swelling|bleeding|itching|ringing|tingling|wheezing|vomiting|sweating|feeling|hearing|morning|evening|something|nothing|anything)\b/i.test(what);
    const subject = voice.person === 'first' ? 'I' : voice.pronoun;
    const not = voice.person === 'first' || voice.pronoun === 'they' ? "haven't" : "hasn't";
    const article = /^(?:a|an|the|some|any)\s/i.test(what) ? '' : 'any ';
    return finish(gerund ? `No, ${subject} ${not} been ${what}` : `No, ${subject} ${not} had ${article}${what}`);
  };
  return listed ? items.map(say) : [say(rest.replace(/^(?:any|having|experiencing) /i, ''))];
}

/** Third person to the voice, word by word, then verb agreement and contractions. */
function rewrite(text: string, voice: Voice): string {
  if (voice.person === 'third') {
    const p = voice.pronoun;
    const poss = p === 'he' ? 'his' : p === 'she' ? 'her' : 'their';
    const third = text
      .replace(/\b(?:the )?(?:patient|child|infant|baby|newborn|neonate|toddler|boy|girl)'s\b/gi, poss)
      .replace(/^(?:the )?(?:patient|child|infant|baby|newborn|neonate|toddler)\b/i, cap(p))
      .replace(/\bthe (?:patient|child|infant|baby|newborn|neonate|toddler)\b/gi, p === 'they' ? 'them' : p === 'he' ? 'him' : 'her');
    // "They" takes the plural verb: "They is" → "They are", "They appears" → "They appear".
    return p === 'they' ? third.replace(/\b(they) ((?:also |still |now )?)(\w+)\b/gi, (_m, they: string, adverb: string, verb: string) => `${they} ${adverb}${verb === 'is' ? 'are' : verb === 'was' ? 'were' : agree(verb)}`) : third;
  }
  let s = text
    .replace(/\b(?:the )?patient's\b/gi, 'my')
    .replace(/^(?:the )?patient\b/i, 'I')
    .replace(/\bthe patient (?=(?:has|had|is|was|noticed|notices|reports|reported|notes|noted|states|stated|says|said|denies|denied|also|describes|described|felt|feels|complains|experienced|began|started|developed|underwent|received|believes|thinks)\b)/gi, 'I ')
    .replace(/\bthe patient\b/gi, 'me')
    .replace(/\b(?:he|she)\b/gi, 'I')
    .replace(/\bhis\b/gi, 'my')
    .replace(/\bhim\b/gi, 'me')
    .replace(/\b(?:himself|herself)\b/gi, 'myself')
    .replace(/\bher\b(\s+([\w'-]+))?/gi, (_m, space: string | undefined, next: string | undefined) =>
      next && !NOT_NOUN.has(next.toLowerCase()) ? `my${space}` : `me${space ?? ''}`,
    );
  s = s.replace(/\bI ([A-Za-z]+)(?: ([A-Za-z]+))?\b/g, (_match, first: string, second: string | undefined) =>
    ADVERBS.has(first.toLowerCase()) && second ? `I ${first} ${agree(second)}` : `I ${agree(first)}${second ? ` ${second}` : ''}`,
  );
  if (/^I\b/.test(s)) s = s.replace(/\b(and|but) (reports|notes|has|is|denies|describes|mentions|complains|experiences|takes|works|drinks|smokes|lives|uses|feels|was)\b/g, (_m, conj: string, verb: string) => `${conj} ${agree(verb)}`);
  return s
    .replace(/\bI am not\b/g, "I'm not")
    .replace(/\bI am\b/g, "I'm")
    .replace(/\bI have been\b/g, "I've been")
    .replace(/\bI have had\b/g, "I've had")
    .replace(/\bI have not\b/g, "I haven't")
    .replace(/\bI do not\b/g, "I don't")
    .replace(/\bI does\b/g, 'I do');
}

/** The first-person form of a third-person verb: has → have, denies → deny, watches → watch. */
export function agree(verb: string): string {
  const lower = verb.toLowerCase();
  const irregular: Record<string, string> = { is: 'am', has: 'have', does: 'do', goes: 'go', was: 'was', says: 'say' };
  if (irregular[lower]) return irregular[lower];
  if (!/s$/.test(lower) || /(?:ss|us|is|ous)$/.test(lower) || lower.length < 4) return verb;
  if (/[^aeiou]ies$/.test(lower)) return verb.slice(0, -3) + 'y';
  if (/(?:sh|ch|x|z|ss)es$/.test(lower)) return verb.slice(0, -2);
  return verb.slice(0, -1);
}

function finish(s: string): string {
  const text = cap(s.trim().replace(/\s+/g, ' ').replace(/\s+([,.])/g, '$1'));
  return /[.!?]$/.test(text) ? text : `${text}.`;
}
