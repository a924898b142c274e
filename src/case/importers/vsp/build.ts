import { stringify } from 'yaml';
import { caseChecks, type CaseCheck } from '../../consistency';
import type { CaseInput, Fact } from '../../schema';
import { validateCaseSource } from '../../validate';
import type { ImportedCase, ImportFailure } from '../types';
import { readAnswer, wholeWords } from './answer';
import { linkQuestions, parseQuestion } from './checklist';
import { ImportError, readCaseHeader, readCredit, readExam, readTimeLimit, readVitals, sectionText, type Sections } from './header';
import { splitSections, type Section } from './sections';
import { splitSentences, storyFact } from './story';
import { contentWords, slug, uniqueId } from './words';

// One VSP case file → one Anamnesis case, checked with the same checks as `cases:check`.

/** Keyword cues given to a fact that no trigger and no condition gave any. */
const KEYWORD_CUES = 4;

export async function importVspText(text: string, checks: readonly CaseCheck[] = caseChecks): Promise<{ imported?: ImportedCase; failure?: ImportFailure }> {
  const split = splitSections(text);
  if (!split.ok) return { failure: { line: split.line, reason: split.reason } };
  try {
    const built = buildCase(split.sections);
    const yaml = toYaml(built.case);
    const result = await validateCaseSource(yaml, `${built.case.id}.yaml`, { checks });
    const errors = result.problems.filter((p) => p.severity === 'error');
    if (errors.length > 0) {
      const first = errors[0];
      const line = first ? built.lineOf(first.path) : 1;
      return { failure: { line, reason: errors.map((p) => `${p.path || 'case'}: ${p.message}`).join('; ') } };
    }
    return { imported: { line: split.sections.get('CASE')?.line ?? 1, case: built.case, yaml, notes: built.notes } };
  } catch (error) {
    if (error instanceof ImportError) return { failure: { line: error.line, reason: error.message } };
    throw error;
  }
}

export function toYaml(caseData: CaseInput): string {
  return stringify({ $schema: './case.schema.json', ...caseData }, { lineWidth: 0 });
}

interface Built {
  case: CaseInput;
  notes: string[];
  /** The input line a path in the case came from ("facts[3].says" → its [STORY] line). */
  lineOf(path: string): number;
}

export function buildCase(sections: Sections): Built {
  const notes: string[] = [];
  const header = readCaseHeader(sections, notes);
  const credit = readCredit(sections);
  const answer = readAnswer(sections.get('ANSWER') as Section, notes);

  const story = (sections.get('STORY') as Section).lines.map((line, i) => storyFact(line, i)).filter((f) => {
    notes.push(...f.notes);
    return f.says !== '';
  });
  const usedIds = new Set<string>(['chief-complaint']);
  // The patient's first words are the presenting complaint; the story's first line, told
  // unprompted too, is usually already its history ("Since 8 o'clock last night").
  const complaint = {
    id: 'chief-complaint',
    line: (sections.get('CASE') as Section).line,
    source: header.opening,
    says: header.opening,
    category: 'presenting-complaint' as const,
    reveal: 'spontaneous' as const,
    cues: ['what brings you', 'problem', ...contentWords(header.complaint).slice(0, 3)],
    notes: [],
  };
  const facts = [complaint, ...story.map((f) => ({ ...f, id: uniqueId(slug(f.says, 3), usedIds) }))];

  const questionSection = sections.get('QUESTIONS') as Section;
  const questions = questionSection.lines.flatMap((line) => {
    const q = parseQuestion(line);
    if (!q) notes.push(`line ${line.line}: not "item text | trigger, trigger"; left out`);
    return q ? [q] : [];
  });
  const linked = linkQuestions(
    questions,
    facts.map((f) => ({ id: f.id, category: f.category, texts: [f.source, f.says, ...f.cues] })),
    answer.missNote,
  );
  notes.push(...linked.notes);
  if (linked.items.length === 0) throw new ImportError(questionSection.line, 'no [QUESTIONS] item is about anything the patient says, and a case needs at least one checklist item');

  // The words that set a fact apart from the others make the best cues: "trichomonas", not "infection".
  const wordsOf = facts.map((f) => contentWords(f.says, 3));
  const factCount = new Map<string, number>();
  for (const words of wordsOf) for (const w of words) factCount.set(w, (factCount.get(w) ?? 0) + 1);
  const caseFacts: Fact[] = facts.map((f, i) => {
    // A line no question is about usually goes on with the line before ("I only get there one
    // time in five" after "I have had an orgasm"): it borrows that line's question words.
    const previous = facts[i - 1];
    const own = linked.cues.get(f.id);
    const before = previous ? linked.cues.get(previous.id) : undefined;
    const borrowed = !own && before ? [...before.found, ...before.asked] : [];
    const distinctive = [...(wordsOf[i] ?? [])].sort((a, b) => (factCount.get(a) ?? 0) - (factCount.get(b) ?? 0)).slice(0, KEYWORD_CUES);
    // Most specific first: the line's own condition, the question words found in it, its rarest words.
    const cues = [...new Set([...f.cues, ...distinctive, ...(own?.found ?? []), ...(own?.asked ?? []), ...borrowed])];
    return { id: f.id, category: f.category, says: f.says, reveal: f.reveal, cues };
  });

  const persona = sectionText(sections.get('PERSONA'));
  const personaSentences = splitSentences(persona);
  const speaking = personaSentences.filter((s) => /\b(answers?|speak|talk\w*|words|sentences?|bullet|voice|jargon)\b/i.test(s));
  const feeling = personaSentences.filter((s) => /\b(worried|nervous|frightened|anxious|tired|pain|frustrated|downbeat|pleasant|irritable|hopeful|embarrassed|sore|mood|demeanou?r)\b/i.test(s));
  const iceSources = new Map<string, string>();
  const ice = readIce(caseFacts, notes, iceSources);

  const diagnosis = dropSpokenAliases(answer.diagnosis, [header.opening, ice.ideas, ice.concerns, ice.expectations, ...caseFacts.map((f) => f.says)], notes);
  const sexWord = header.sex === 'female' ? 'woman' : header.sex === 'male' ? 'man' : 'person';
  const timeLimitMinutes = readTimeLimit(sections);

  const caseData: CaseInput = {
    id: header.id,
    title: `${capitaliseFirst(header.complaint)} (${header.name})`,
    version: 1,
    language: 'en',
    tags: ['imported', 'vsp', 'mededportal'],
    difficulty: 'intermediate',
    authors: credit.authors,
    license: credit.license,
    doorNote: {
      setting: header.setting,
      reason: `${header.age}-year-old ${sexWord}${header.occupation ? ` (${header.occupation.toLowerCase()})` : ''}: ${header.complaint}.`,
      vitals: readVitals(sections, notes),
      task: sectionText(sections.get('TASK')),
      ...(timeLimitMinutes ? { timeLimitMinutes } : {}),
    },
    patient: {
      name: header.name,
      age: header.age,
      sex: header.sex,
      ...(header.occupation ? { occupation: header.occupation } : {}),
      persona,
      speakingStyle: speaking.join(' ') || 'Everyday words; no medical terms.',
      openingStatement: header.opening,
      emotionalState: feeling.slice(0, 2).join(' ') || 'Calm.',
      ice,
      unknownPolicy: 'deny',
    },
    facts: caseFacts,
    checklist: linked.items.map(({ line: _line, ...item }) => item),
    diagnosis,
    exam: readExam(sections),
    learningObjectives: answer.learningObjectives,
    references: credit.references,
  };
  if (caseData.exam === undefined) delete caseData.exam;

  const sectionLine = (name: Parameters<Sections['get']>[0]) => sections.get(name)?.line ?? 1;
  const lineOf = (path: string): number => {
    const fact = /^facts\[(\d+)\]/.exec(path);
    if (fact) return facts[Number(fact[1])]?.line ?? sectionLine('STORY');
    const item = /^checklist\[(\d+)\]/.exec(path);
    if (item) return linked.items[Number(item[1])]?.line ?? sectionLine('QUESTIONS');
    if (path.startsWith('diagnosis')) return sectionLine('ANSWER');
    if (path.startsWith('references') || path === 'authors' || path === 'license') return sectionLine('CREDIT');
    if (path.startsWith('doorNote.vitals')) return sectionLine('VITALS');
    if (path.startsWith('doorNote.task')) return sectionLine('TASK');
    if (path.startsWith('patient.persona') || path.startsWith('patient.speaking') || path.startsWith('patient.emotional')) return sectionLine('PERSONA');
    const iceFact = /^patient\.ice\.(\w+)/.exec(path);
    if (iceFact) return facts.find((f) => f.id === iceSources.get(iceFact[1] ?? ''))?.line ?? sectionLine('STORY');
    if (path === 'patient.openingStatement') return (sections.get('CASE')?.lines.find((l) => /^opening\s*:/i.test(l.text)) ?? { line: sectionLine('CASE') }).line;
    return sectionLine('CASE');
  };
  return { case: caseData, notes, lineOf };
}

const capitaliseFirst = (text: string) => (text[0]?.toUpperCase() ?? '') + text.slice(1);

const ICE_PATTERNS: Record<'ideas' | 'concerns' | 'expectations', RegExp> = {
  ideas: /\b(i think|i thought|i imagine|i blame|put it down to|not (really )?sure what|typical|feels like a|what is causing|something to do with)\b/i,
  concerns: /\b(worr\w*|afraid|scared|frighten\w*|concern\w*|something serious)\b/i,
  expectations: /\b(i would like|i want|hoping|i hope|here to get|happy when|something for)\b/i,
};
const ICE_FALLBACK = {
  ideas: "I'm not really sure what's causing it.",
  concerns: "I just want to know it's nothing serious.",
  expectations: "I'm hoping you can help me with it.",
};

/** Ideas, concerns and expectations in the patient's words, from the story's own sentences. */
function readIce(facts: Fact[], notes: string[], sources: Map<string, string>): { ideas: string; concerns: string; expectations: string } {
  const byPreference = [...facts.filter((f) => f.category === 'ice'), ...facts.filter((f) => f.category !== 'ice')];
  const pick = (key: keyof typeof ICE_PATTERNS) => {
    for (const fact of byPreference) {
      const sentence = splitSentences(fact.says).find((s) => ICE_PATTERNS[key].test(s));
      if (sentence) {
        sources.set(key, fact.id);
        return sentence;
      }
    }
    notes.push(`the story says nothing about the patient's ${key}; a neutral line was used`);
    return ICE_FALLBACK[key];
  };
  return { ideas: pick('ideas'), concerns: pick('concerns'), expectations: pick('expectations') };
}

/**
 * An alias the patient says in their own words ("change of life") cannot be an alias: the case
 * check would report the patient giving the diagnosis away. The patient's words win.
 */
function dropSpokenAliases(diagnosis: CaseInput['diagnosis'], spoken: string[], notes: string[]): CaseInput['diagnosis'] {
  const aliases = (diagnosis.aliases ?? []).filter((alias) => {
    const said = spoken.find((text) => wholeWords(alias).test(text));
    if (said) notes.push(`the alias "${alias}" is dropped: the patient says it ("${said.slice(0, 60)}")`);
    return !said;
  });
  return { ...diagnosis, aliases };
}
