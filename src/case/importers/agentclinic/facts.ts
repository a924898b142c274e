import type { FactCategory } from '../../schema';
import { describe, humanise, isObject, items, statements, type Raw } from './fields';
import { splitSentences, startsWithVerb, toPatientVoice, type Voice } from './voice';

// The patient actor's notes as facts: one statement each, in the patient's words, with a
// category and cue words. `group` says which checklist item a fact serves.

export type FactGroup = 'complaint' | 'onset' | 'history' | 'associated' | 'pmh' | 'meds' | 'allergies' | 'social' | 'family' | 'ros';

export interface DraftFact {
  id: string;
  category: FactCategory;
  says: string;
  reveal: 'spontaneous' | 'on-ask';
  cues: string[];
  group: FactGroup;
}

const STOP = new Set('about above after again also although always among another any anything around because been before being below between both but came come could daily does doing down during each either even ever every felt from further getting have having here into just last like made make many more most much never noticed over past quite really recent recently same several should since some something still such than that their them then there these they this those through times today under until very were what when where which while with without would your yours mine myself been haven hasn didn doesn years year months month weeks week days hours well days ago history experiencing also started began reports noted notes'.split(' '));

const ONSET = /\b(ago|since|onset|started|began|begun|sudden(ly)?|gradual(ly)?|for (the )?(past|last) |for (\d+|a|an|one|two|three|four|five|six|several|few) |\d+[- ](day|week|month|year|hour)s?|(day|week|month|year|hour)s?\b)/i;

export interface PatientNotes {
  primary: string;
  history: Raw;
  secondary: Raw;
  pmh: Raw;
  meds: Raw[];
  social: Raw;
  ros: Raw;
  family: Raw;
}

export function draftFacts(notes: PatientNotes, voice: Voice, openingStatement: string): DraftFact[] {
  const facts: Array<Omit<DraftFact, 'id'> & { idWords: string }> = [];
  const add = (group: FactGroup, category: FactCategory, says: string, cues: string[] = [], idWords = says) => {
    // "Secondary_Symptoms" often repeat the history: a statement whose words an earlier fact all says is left out.
    const words = contentWords(says);
    const stems = words.map(stem);
    if (stems.length > 0 && facts.some((f) => f.group !== 'complaint' && stems.every((w) => contentWords(f.says).map(stem).includes(w)))) return;
    const reclassified = reclassify(category, says);
    facts.push({ group: reclassified.group ?? group, category: reclassified.category, says, reveal: 'on-ask', cues, idWords });
  };

  facts.push({
    group: 'complaint',
    category: 'presenting-complaint',
    says: openingStatement,
    reveal: 'spontaneous',
    cues: ['what brings you', "what's the problem", 'main problem', 'what happened', lowerPhrase(notes.primary)].filter(Boolean),
    idWords: 'chief complaint',
  });

  for (const sentence of splitSentences(statements(notes.history).join(' '))) {
    for (const says of toPatientVoice(sentence, voice)) add(ONSET.test(says) ? 'onset' : 'history', 'hpi', says, ONSET.test(says) ? ['when did it start', 'how long', 'since when'] : []);
  }
  for (const symptom of statements(notes.secondary)) {
    if (/^(no|denies|absence of|without)\b/i.test(symptom) || startsWithVerb(symptom)) {
      for (const says of toPatientVoice(symptom, voice)) add('associated', 'hpi', says);
      continue;
    }
    const thing = lowerPhrase(symptom);
    const says = voice.person === 'first' ? `I've also noticed ${thing}.` : `I've also noticed ${thing} in ${voice.pronoun === 'he' ? 'him' : voice.pronoun === 'she' ? 'her' : 'them'}.`;
    add('associated', 'hpi', says, [thing]);
  }
  for (const says of pmhStatements(notes.pmh, voice)) add('pmh', 'pmh', says, ['medical problems', 'medical history', 'health problems']);
  for (const says of medStatements(notes.meds, voice)) add('meds', 'meds', says, ['medication', 'medicines', 'tablets', 'take regularly']);
  for (const sentence of socialSentences(notes.social)) for (const says of toPatientVoice(sentence, voice)) add('social', 'social', says, socialCues(says));
  for (const sentence of splitSentences(statements(notes.ros).join('. '))) for (const says of toPatientVoice(sentence, voice)) add('ros', 'ros', says);
  for (const sentence of splitSentences(statements(notes.family).join('. '))) for (const says of toPatientVoice(sentence, voice)) add('family', 'family', says, ['family', 'family history', 'relatives']);

  return withIdsAndCues(facts);
}

/** A fact that names a relative is family history; one about allergies is allergies, wherever the notes put it. */
function reclassify(category: FactCategory, says: string): { category: FactCategory; group?: FactGroup } {
  if (/\ballerg/i.test(says)) return { category: 'allergies', group: 'allergies' };
  // "I take no medications regularly" in the history answers "do you take any medicines?".
  if ((category === 'hpi' || category === 'ros') && /\b(medications?|medicines?)\b/i.test(says)) return { category: 'meds', group: 'meds' };
  if (category !== 'family' && /\b(family history|runs in (my|the) family|my (mother|father|mum|dad|sister|brother|grandmother|grandfather|aunt|uncle|parents?) (has|had|have|died|was|is|suffer))/i.test(says)) {
    return { category: 'family', group: 'family' };
  }
  return { category };
}

function pmhStatements(value: Raw, voice: Voice): string[] {
  const subject = voice.person === 'first' ? 'I' : voice.pronoun === 'he' ? 'He' : voice.pronoun === 'she' ? 'She' : 'They';
  const have = voice.person === 'first' || voice.pronoun === 'they' ? 'have' : 'has';
  const none = voice.person === 'first' ? "No, I haven't had any medical problems before." : `No, ${subject.toLowerCase()} ${have === 'have' ? "haven't" : "hasn't"} had any medical problems before.`;
  const item = (text: string): string[] => {
    if (/^(none|nil|no)\b(?! history)/i.test(text) && !/,/.test(text)) return /^no (significant |known |relevant |prior |past |other )*(past )?medical history|^(none|nil)\b/i.test(text) ? [none] : toPatientVoice(text, voice);
    const voiced = toPatientVoice(text, voice);
    // A bare condition ("Hypertension") becomes "I have hypertension"; a sentence keeps its own subject.
    if (voiced.length === 1 && text.split(/\s+/).length <= 6 && !/^(I|I'm|I've|No|He|She|They|My|His|Her)\b/.test(voiced[0] ?? '')) {
      return [/^(treated|diagnosed|admitted|hospitali[sz]ed|operated)\b/i.test(text) ? `${subject} was ${lowerPhrase(text)}.` : `${subject} ${have} ${lowerPhrase(text)}.`];
    }
    return voiced;
  };
  if (isObject(value)) {
    return Object.entries(value).flatMap(([key, part]) => {
      const parts = statements(part);
      if (/surger|operation|procedure/i.test(key)) return parts.filter((p) => !/^none/i.test(p)).map((p) => `${subject} had ${lowerPhrase(p)}.`);
      if (/medication|drug/i.test(key)) return [];
      if (/condition|illness|history|diagnos|problem/i.test(key)) return parts.flatMap((p) => splitSentences(p)).flatMap(item);
      return [`${subject} ${have} ${lowerPhrase(humanise(key))}: ${lowerPhrase(describe(part))}.`];
    });
  }
  return statements(value).flatMap((text) => (Array.isArray(value) ? [text] : splitSentences(text))).flatMap(item);
}

function medStatements(values: Raw[], voice: Voice): string[] {
  const subject = voice.person === 'first' ? 'I take' : `${voice.pronoun === 'he' ? 'He takes' : voice.pronoun === 'she' ? 'She takes' : 'They take'}`;
  return values.flatMap((value) => {
    if (Array.isArray(value) || isObject(value)) {
      const names = items(value).filter((n) => !/^none/i.test(n));
      if (names.length === 0) return voice.person === 'first' ? ["No, I don't take any medicines."] : [];
      return [`${subject} ${joinList(names)}.`];
    }
    return splitSentences(statements(value).join(' ')).flatMap((s) => {
      if (/^(none|no medications?|no current medications?)\b/i.test(s)) return voice.person === 'first' ? ["No, I don't take any medicines."] : [];
      const voiced = toPatientVoice(s, voice);
      return voiced.length === 1 && s.split(/\s+/).length <= 6 && !/^(I|No|He|She|They|My)\b/.test(voiced[0] ?? '') ? [`${subject} ${lowerPhrase(s)}.`] : voiced;
    });
  });
}

/** Social history is often a run of fragments: "Non-smoker, drinks wine occasionally." */
function socialSentences(value: Raw): string[] {
  return splitSentences(statements(value).join('. ')).flatMap((s) =>
    s.split(/,\s+(?=(?:non-?smoker|former smoker|ex-?smoker|drinks|smokes|works|lives|denies|occasional|no |uses|is |has |does|never|quit|social|married|single)\b)/i),
  );
}

function socialCues(says: string): string[] {
  const cues: string[] = [];
  if (/smok|cigar|tobacco|pack/i.test(says)) cues.push('smoke', 'smoking', 'cigarettes');
  if (/alcohol|drink|wine|beer|drank/i.test(says)) cues.push('alcohol', 'drink');
  if (/\bwork|job|employ|retired|student|occupation/i.test(says)) cues.push('work', 'job', 'occupation');
  if (/drug|cocaine|heroin|marijuana|cannabis|substance/i.test(says)) cues.push('recreational drugs', 'drugs');
  if (/\blives?\b|living|married|husband|wife|partner/i.test(says)) cues.push('live', 'home');
  return cues;
}

/** Enough of a stem to see that "feeling rested" repeats "I feel rested". */
const stem = (word: string) => word.replace(/(?:ing|es|ed|s)$/, '');

function contentWords(text: string): string[] {
  return [...new Set((text.toLowerCase().match(/[a-z][a-z'-]*[a-z]/g) ?? []).filter((w) => w.length >= 4 && !STOP.has(w) && !w.includes("'")))];
}

/** Ids from the fact's rarest words, and cues from the same words: a question naming them reaches the fact. */
function withIdsAndCues(facts: Array<Omit<DraftFact, 'id'> & { idWords: string }>): DraftFact[] {
  const wordsOf = contentWords;
  const frequency = new Map<string, number>();
  for (const f of facts) for (const w of wordsOf(f.says)) frequency.set(w, (frequency.get(w) ?? 0) + 1);
  const used = new Set<string>();
  return facts.map(({ idWords, ...fact }) => {
    const words = wordsOf(fact.says);
    const rare = [...words].sort((a, b) => (frequency.get(a) ?? 0) - (frequency.get(b) ?? 0)).slice(0, 4);
    const base = `${PREFIX[fact.category]}-${(idWords === fact.says ? rare.slice(0, 3) : wordsOf(idWords)).join('-') || 'note'}`.replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    const phrase = words.slice(0, 3).join(' ');
    // "No, I haven't had any recent illness": the thing denied is what a student asks about.
    const denied = /^No, \w+ (?:haven't|hasn't) (?:had (?:any )?|been )(.+?)\.$/.exec(fact.says)?.[1];
    if (denied && denied.split(/\s+/).length <= 5) fact.cues.push(denied);
    const cues = [...new Set([...fact.cues, ...rare, ...(words.length > 1 ? [phrase] : [])].map((c) => c.trim()).filter(Boolean))];
    // Keys in the order authors write them: id first.
    return { id, category: fact.category, says: fact.says, reveal: fact.reveal, cues, group: fact.group };
  });
}

const PREFIX: Record<FactCategory, string> = {
  'presenting-complaint': 'pc',
  hpi: 'hpi',
  pmh: 'pmh',
  meds: 'meds',
  allergies: 'allergies',
  family: 'family',
  social: 'social',
  sexual: 'sexual',
  ros: 'ros',
  ice: 'ice',
};

export function lowerPhrase(text: string): string {
  const t = text.trim().replace(/[.;]+$/, '');
  return /^[A-Z][a-z]/.test(t) ? t.charAt(0).toLowerCase() + t.slice(1) : t;
}

export function joinList(list: string[]): string {
  return list.length <= 1 ? (list[0] ?? '') : `${list.slice(0, -1).join(', ')} and ${list[list.length - 1]}`;
}
