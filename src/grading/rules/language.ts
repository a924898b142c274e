// Phrases the rule grader listens for that the patient's language pack does not hold: the
// student's own name and role, signposts, next steps, empathy beyond the pack's list, emotion
// in the patient's words. Everything the pack already has (greeting, consent, open questions,
// "anything else", summary, closing, empathy moves, jargon, question words) is read from the
// pack, not repeated here. Patterns are regular-expression sources matched case-insensitively
// at a word start, like the pack's. Part of the rule set: a change here changes the grader's hash.

export interface GraderPhrases {
  /** The student says their own name. */
  ownName: string[];
  /** The student says who they are. */
  role: string[];
  /** "I'm going to ask about…", "now some questions about…". */
  signpost: string[];
  /** What happens next, said at the end: examination, tests, speaking to a senior. */
  nextSteps: string[];
  /** Thanks or a farewell. */
  thanks: string[];
  /** "Do you have any questions?" */
  invitesQuestions: string[];
  /** Empathic statements the pack's empathy move does not list. */
  empathy: string[];
  /** Emotion in what the patient says: a cue the student should respond to. */
  emotion: string[];
  /** A clinical word followed by what it means. */
  explained: string[];
  /** Question openings that ask for one detail (when, where, how many): focused, not open. */
  focusedOpenings: string[];
  /** Politeness before the question proper ("could you tell me…"): skipped when classifying. */
  preambles: string[];
  /** A sentence that proposes or tells, said as a question ("shall I give you…?"). */
  proposal: string[];
  /** Words just before a claim that turn it round ("avoid", "it's a myth that"). */
  against: string[];
  /** One piece of advice per communication domain, aimed at what was missing. */
  advice: {
    introduction(missing: readonly ('name' | 'role' | 'identity' | 'consent')[]): string;
    openQuestions(kind: 'none' | 'closed-start' | 'few' | 'good', open: number, total: number): string;
    empathy(kind: 'unanswered' | 'none' | 'good', feeling?: string): string;
    ice(missing: readonly ('ideas' | 'concerns' | 'expectations')[]): string;
    jargon(terms: readonly string[]): string;
    signposting(kind: 'no-summary' | 'few-signposts' | 'good'): string;
    closing(missing: readonly ('anything-else' | 'questions' | 'next-steps' | 'thanks')[]): string;
  };
  /** Feedback sentences built from checklist item texts. */
  feedback: {
    didItem(text: string): string;
    doItem(text: string): string;
    completeItem(text: string): string;
    didPart(text: string): string;
    noteRedFlag(flag: string): string;
    avoidClaim(quote: string, correction: string): string;
    noteClaim(quote: string, correction: string): string;
    domainStrength: Record<string, string>;
    fallbackStrength: string;
  };
}

const enFirstWordVerb = /^([A-Z][a-z]+s)\b\s*(.*)$/u;

/** "Asks about X" → "Ask about X" and "You asked about X". */
function englishVerb(text: string): { imperative: string; past: string } | undefined {
  const match = text.trim().match(enFirstWordVerb);
  if (!match) return undefined;
  const verb = (match[1] ?? '').toLowerCase();
  const rest = match[2] ?? '';
  const base = verb.endsWith('ies')
    ? `${verb.slice(0, -3)}y`
    : /(sh|ch|ss|x|z)es$/u.test(verb)
      ? verb.slice(0, -2)
      : verb.slice(0, -1);
  const irregular: Record<string, string> = { take: 'took', make: 'made', get: 'got', give: 'gave', find: 'found', seek: 'sought' };
  const past =
    irregular[base] ??
    (base.endsWith('e') ? `${base}d` : /[^aeiou]y$/u.test(base) ? `${base.slice(0, -1)}ied` : `${base}ed`);
  const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  return { imperative: `${capital(base)} ${rest}`.trim(), past: `${past} ${rest}`.trim() };
}

/** "a, b and c". */
function list(items: readonly string[], and: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}

/** A quote without its closing punctuation, to sit inside a sentence. */
const bare = (quote: string) => quote.trim().replace(/[.;:,!]+$/u, '');

const sentence = (text: string) => (/[.!?]$/u.test(text.trim()) ? text.trim() : `${text.trim()}.`);

const en: GraderPhrases = {
  ownName: ["my name(?:'s| is)", 'call me\\b'],
  role: [
    '(?:medical|nursing|pa|physician associate|final[- ]year|\\w+[- ]year) students?',
    'student doctor',
    '(?:junior|on[- ]call|ward|foundation|house|emergency|duty) (?:doctor|officer)',
    'one of the (?:doctors|medical students|students|team|junior doctors|nurses)',
    "\\b(?:i'm|i am) (?:a|the|your) (?:doctor|nurse|registrar|gp|medic)\\b",
    'fy[12]\\b',
    'registrar',
  ],
  signpost: [
    "(?:i'm|i am) (?:now )?going to (?:ask|move on|go through|go over|cover|turn|talk)",
    "(?:i'd|i would|i want to|i need to|i'll|i will|let me) (?:now |just |also )?(?:like to )?(?:ask|move on|go through|go over|cover|turn to|talk about)",
    '(?:now|next),? (?:some|a few|i(?:\'d| would) like|i want|moving|let\'s|about)',
    '(?:some|a few|a couple of) (?:more |quick |personal |routine |general |other |different )?questions (?:about|on|regarding)',
    'moving on',
    'move on to',
    '(?:change|changing) (?:the )?(?:subject|topic)',
    'i ask (?:everyone|all (?:my )?patients)',
    '(?:these|this) (?:are|is) (?:routine|standard|personal|questions i ask)',
    '(?:because|as) it (?:helps|affects|changes|tells)',
  ],
  nextSteps: [
    "(?:i'm|i am|we're|we are) going to (?:examine|speak|talk|discuss|take|do|arrange|get|order|send|run|check|repeat|start|give|come back|explain|offer|ask|organise|organize|look)",
    "(?:i'll|i will|we'll|we will|i'd like to|we'd like to|let me) (?:now |then |also |just |go and )?(?:examine|speak|talk|discuss|take|do|arrange|get|order|send|run|check|repeat|start|give|come back|explain|offer|ask|organise|organize|have a look|look)",
    'the (?:next step|plan) (?:is|will be)',
    'next,? (?:we|i)(?:\'ll| will)?',
    '(?:the|a|my) (?:doctor|registrar|consultant|senior|team) will (?:be|come|see)',
  ],
  thanks: ['thank(?:s| you)', 'cheers', 'bye\\b', 'goodbye', 'take care'],
  invitesQuestions: [
    '(?:any|have you got any|do you have any|are there any) (?:other |more )?questions',
    'anything (?:you(?:\'d| would) like|you want) to ask',
    'questions for me',
  ],
  empathy: [
    '(?:completely|totally|very|perfectly) understandable',
    "(?:it's|that's|it is|that is) (?:completely |perfectly |very )?(?:normal|natural|understandable) to (?:feel|be|worry)",
    'thank you for (?:telling|sharing|being (?:so )?(?:honest|open))',
    'take your time',
    'i appreciate',
    "(?:that|it) (?:sounds|must (?:be|have been|feel)) (?:\\w+ )?(?:hard|difficult|awful|tough|scary|frightening|worrying|horrible|rotten|miserable|upsetting|stressful)",
    "(?:i'm|i am) (?:so |really |very )?sorry (?:you|to hear|that)",
    "(?:i know|i realise|i realize|i understand) (?:it's|it is|this is|this can be|these can be|that) (?:not easy|hard|difficult|embarrassing|personal|a bit personal|uncomfortable)",
    '(?:can|may) feel (?:a bit |quite )?(?:personal|embarrassing|awkward)',
    '(?:stays|is|are|will be|will stay|remains?) (?:completely |strictly |totally )?(?:confidential|private)',
    'nothing to be (?:embarrassed|ashamed)',
    "you(?:'re| are) not (?:alone|the first)",
    'we see (?:this|it) (?:a lot|often|all the time|every day)',
    '^oh (?:dear|no)\\b',
  ],
  // Not "awful" or "terrible": patients use them for the pain ("a terrible pain"), not only for how they feel.
  // "I'm afraid" at the end of a sentence is politeness, not fear.
  emotion: [
    'worr', 'concern', 'scared', 'afraid(?!\\s*(?:[.,!?]|$))', 'frighten', 'fear', 'terrif', 'embarrass', 'ashamed', 'upset', 'anxious',
    'nervous', 'panic', 'miserable', 'guilty', 'cheated', 'can\'t cope', 'at the end of my tether', 'stressed',
  ],
  explained: ['\\(', '—', '–', ' - ', 'which means', 'that means', 'that is', 'i\\.e\\.', 'in other words', 'i mean', 'meaning', 'also called', 'so-called', 'by that i mean'],
  focusedOpenings: ['how many', 'how much', 'how long', 'how old', 'how often', 'how far', 'what time', 'what colou?r', 'what day', 'when', 'where', 'which', 'who'],
  preambles: ['(?:so|and|ok(?:ay)?|right|now|also|great|thanks|thank you),?\\s+', '(?:can|could|would|will) you (?=tell|describe|explain|talk|say)', '(?:can|could|may) i ask(?: you)?,?\\s+', "i(?:'d| would) like (?:you )?to (?=know|ask|hear)", 'just '],
  against: ['avoid', 'avoiding', 'instead of', 'rather than', 'contraindicat', 'withhold', 'hold off', 'not to', 'myth', 'wrong to', 'untrue', 'not true', 'mistake to'],
  proposal: ["\\b(?:i'll|i will|we'll|we will|i'm going to|we're going to|let me|let's|shall i|shall we|i'd|we'd|i should|we should)\\b"],
  advice: {
    introduction: (missing) => {
      const names = { name: 'your name', role: 'your role', identity: "the patient's name", consent: 'permission to ask questions' };
      return missing.length
        ? `Open with ${list(missing.map((m) => names[m]), 'and')}: "Hello, I'm …, a medical student. Can I check your name? Is it all right if I ask you some questions?"`
        : 'Keep opening this way: name, role, the patient’s name and consent before the first question.';
    },
    openQuestions: (kind, open, total) =>
      ({
        none: 'Ask questions: start with an open one such as "What brought you in today?"',
        'closed-start': `Begin with an open question ("What brought you in today?") and let the patient talk before narrowing down; ${open} of your ${total} questions were open.`,
        few: `Only ${open} of ${total} questions were open: start each new topic with "Tell me about…" or "What…" before closed checks.`,
        good: 'Keep moving from open to closed questions: open for each new topic, closed to check details.',
      })[kind],
    empathy: (kind, feeling) =>
      ({
        unanswered: `When the patient says “${feeling ?? ''}”, acknowledge the feeling before the next question: "That sounds really difficult."`,
        none: 'Acknowledge how the patient feels at least once: "That must be hard" or "I can see this is worrying you."',
        good: 'Keep acknowledging feelings as they come up, in your own words.',
      })[kind],
    ice: (missing) => {
      const examples = {
        ideas: '"What do you think might be causing this?"',
        concerns: '"Is there anything worrying you about it?"',
        expectations: '"What were you hoping we could do today?"',
      };
      return missing.length
        ? `Ask about the patient's ${list(missing, 'and')}: ${missing.map((m) => examples[m]).join(' ')}`
        : 'You covered ideas, concerns and expectations; come back to the concern when you explain the plan.';
    },
    jargon: (terms) =>
      terms.length
        ? `Say ${terms.map((t) => `"${t}"`).join(', ')} in everyday words, or explain ${terms.length > 1 ? 'them' : 'it'} in the same sentence.`
        : 'You used words the patient knows; keep checking that medical terms are explained.',
    signposting: (kind) =>
      ({
        'no-summary': 'Summarise what you have heard before closing and ask "Have I got that right?": it shows you listened and lets the patient correct you.',
        'few-signposts': 'Signpost changes of topic: "Now I\'d like to ask some questions about your general health."',
        good: 'Keep signposting each new section and summarising before you close.',
      })[kind],
    closing: (missing) => {
      const steps = {
        'anything-else': 'ask "Is there anything else you wanted to mention?"',
        questions: 'invite questions',
        'next-steps': 'say what happens next (examination, tests, who they will see)',
        thanks: 'thank the patient',
      };
      return missing.length ? `Before you finish, ${list(missing.map((m) => steps[m]), 'and')}.` : 'A complete close: keep it.';
    },
  },
  feedback: {
    didItem: (text) => {
      const verb = englishVerb(text);
      return sentence(verb ? `You ${verb.past}` : `You covered this: ${text}`);
    },
    doItem: (text) => {
      const verb = englishVerb(text);
      return sentence(verb ? verb.imperative : `Cover this next time: ${text}`);
    },
    completeItem: (text) => {
      const verb = englishVerb(text);
      return sentence(`${verb ? verb.imperative : text} in full: you covered only part of it`);
    },
    didPart: (text) => {
      const verb = englishVerb(text);
      return sentence(verb ? `You made a start: you ${verb.past} (in part)` : `You made a start on this: ${text}`);
    },
    avoidClaim: (quote, correction) => `You said “${bare(quote)}”: ${correction}`,
    noteClaim: (quote, correction) => `Your note says “${bare(quote)}”: ${correction}`,
    noteRedFlag: (flag) => `Your note leaves out the red flag “${bare(flag)}”: name it in your summary or plan.`,
    domainStrength: {
      introduction: 'You introduced yourself with your name and role and asked permission before starting.',
      'open-questions': 'You opened with open questions and let the patient tell the story.',
      empathy: 'You responded to the patient’s feelings with empathy.',
      ice: 'You explored the patient’s own ideas, concerns and expectations.',
      jargon: 'You used everyday words the patient could follow.',
      'signposting-summarising': 'You signposted the interview and summarised back to check your understanding.',
      closing: 'You closed the interview well: you checked for anything else, thanked the patient and said what happens next.',
    },
    fallbackStrength: 'You kept the interview on the patient’s presenting problem.',
  },
};

const de: GraderPhrases = {
  ownName: ['mein name (?:ist|lautet)', 'ich heiße'],
  role: ['medizinstudent', 'student(?:in)?\\b', 'famulant', 'pj-?ler', 'assistenzarzt', 'assistenzärztin', '(?:der|die|eine?) (?:diensthabende )?(?:ärztin|arzt)', 'stationsarzt', 'stationsärztin'],
  signpost: [
    'ich (?:würde|möchte|werde) (?:ihnen )?(?:jetzt |nun |noch |gern(?:e)? )*(?:ein paar |einige |ein paar weitere )?fragen',
    '(?:jetzt|nun|als nächstes) (?:würde|möchte) ich',
    'kommen wir (?:nun |jetzt )?zu',
    '(?:ein paar|einige) (?:persönliche |weitere |allgemeine )?fragen (?:zu|über)',
    'frage ich (?:alle|jeden)',
    'weil (?:es|das) (?:hilft|wichtig ist)',
  ],
  nextSteps: [
    '(?:ich|wir) (?:werde|werden) (?:sie |ihnen |jetzt |dann |nun )*(?:untersuchen|besprechen|abnehmen|machen|veranlassen|anordnen|holen|sprechen|erklären|zurückkommen)',
    'als nächstes',
    'der (?:nächste schritt|plan) ist',
  ],
  thanks: ['danke', 'vielen dank', 'auf wiedersehen', 'tschüss', 'alles gute'],
  invitesQuestions: ['(?:noch |irgendwelche )?fragen (?:an mich|ihrerseits|haben)', 'haben sie (?:noch )?(?:irgendwelche )?fragen', 'möchten sie (?:noch )?(?:etwas )?fragen'],
  empathy: [
    'das (?:kann ich|verstehe ich) (?:gut |sehr gut )?(?:verstehen|nachvollziehen)?',
    'verständlich',
    'danke,? dass sie',
    'lassen sie sich (?:ruhig )?zeit',
    'vertraulich',
    'das (?:ist|muss) (?:sehr |wirklich )?(?:schwer|schlimm|belastend|unangenehm)',
  ],
  emotion: ['angst', 'sorge', 'besorgt', 'peinlich', 'schäm', 'furchtbar', 'schrecklich', 'nervös', 'fürcht', 'befürcht', 'schlimm'],
  explained: ['\\(', '—', '–', ' - ', 'das heißt', 'd\\. ?h\\.', 'bedeutet', 'gemeint', 'also'],
  focusedOpenings: ['wie viel', 'wie lange', 'wie alt', 'wie oft', 'seit wann', 'wann', 'wo\\b', 'welche', 'wer\\b'],
  preambles: ['(?:so|und|ok(?:ay)?|gut|jetzt|nun|danke),?\\s+', '(?:können|könnten|würden) sie (?:mir )?(?=erzählen|beschreiben|schildern|sagen)'],
  against: ['vermeiden', 'statt', 'anstatt', 'kontraindiziert', 'nicht zu', 'mythos', 'falsch', 'stimmt nicht'],
  proposal: ['\\b(?:ich|wir) (?:werde|werden|gebe|geben|verschreibe|verschreiben)\\b', '\\bsoll(?:en)? (?:ich|wir)\\b'],
  advice: {
    introduction: (missing) => {
      const names = { name: 'Ihren Namen', role: 'Ihre Funktion', identity: 'den Namen des Patienten', consent: 'das Einverständnis für Ihre Fragen' };
      return missing.length
        ? `Nennen Sie zu Beginn ${list(missing.map((m) => names[m]), 'und')}: „Guten Tag, ich bin …, Medizinstudentin. Darf ich Ihren Namen erfragen? Ist es in Ordnung, wenn ich Ihnen ein paar Fragen stelle?“`
        : 'Beginnen Sie weiter so: Name, Funktion, Name des Patienten und Einverständnis vor der ersten Frage.';
    },
    openQuestions: (kind, open, total) =>
      ({
        none: 'Stellen Sie Fragen, zuerst eine offene wie „Was führt Sie heute zu uns?“',
        'closed-start': `Beginnen Sie mit einer offenen Frage („Was führt Sie heute zu uns?“) und lassen Sie den Patienten erzählen; ${open} von ${total} Fragen waren offen.`,
        few: `Nur ${open} von ${total} Fragen waren offen: Beginnen Sie jedes neue Thema mit „Erzählen Sie…“ oder „Wie…“, bevor Sie gezielt nachfragen.`,
        good: 'Gehen Sie weiter von offenen zu geschlossenen Fragen: offen für jedes neue Thema, geschlossen für Details.',
      })[kind],
    empathy: (kind, feeling) =>
      ({
        unanswered: `Wenn der Patient sagt „${feeling ?? ''}“, gehen Sie vor der nächsten Frage auf das Gefühl ein: „Das klingt wirklich belastend.“`,
        none: 'Gehen Sie mindestens einmal auf die Gefühle des Patienten ein: „Das muss schwer sein“ oder „Ich merke, dass Sie das beunruhigt.“',
        good: 'Gehen Sie weiter auf Gefühle ein, wenn sie zur Sprache kommen, in Ihren eigenen Worten.',
      })[kind],
    ice: (missing) => {
      const names = { ideas: 'Vorstellungen', concerns: 'Sorgen', expectations: 'Erwartungen' };
      const examples = {
        ideas: '„Was glauben Sie, woher das kommt?“',
        concerns: '„Was macht Ihnen am meisten Sorgen?“',
        expectations: '„Was erhoffen Sie sich heute von uns?“',
      };
      return missing.length
        ? `Erfragen Sie die ${list(missing.map((m) => names[m]), 'und')} des Patienten: ${missing.map((m) => examples[m]).join(' ')}`
        : 'Sie haben Vorstellungen, Sorgen und Erwartungen erfragt; greifen Sie die Sorge auf, wenn Sie den Plan erklären.';
    },
    jargon: (terms) =>
      terms.length
        ? `Sagen Sie ${terms.map((t) => `„${t}“`).join(', ')} in Alltagssprache oder erklären Sie es im selben Satz.`
        : 'Sie haben Wörter benutzt, die der Patient kennt; erklären Sie Fachbegriffe weiterhin.',
    signposting: (kind) =>
      ({
        'no-summary': 'Fassen Sie vor dem Abschluss zusammen und fragen Sie „Habe ich das richtig verstanden?“: Das zeigt, dass Sie zugehört haben, und lässt den Patienten korrigieren.',
        'few-signposts': 'Kündigen Sie Themenwechsel an: „Jetzt würde ich Ihnen gern ein paar Fragen zu Ihrer Gesundheit allgemein stellen.“',
        good: 'Kündigen Sie weiter jeden neuen Abschnitt an und fassen Sie vor dem Abschluss zusammen.',
      })[kind],
    closing: (missing) => {
      const steps = {
        'anything-else': 'fragen Sie „Gibt es sonst noch etwas, das Sie mir sagen möchten?“',
        questions: 'laden Sie zu Fragen ein',
        'next-steps': 'sagen Sie, wie es weitergeht (Untersuchung, Tests, wer als Nächstes kommt)',
        thanks: 'bedanken Sie sich',
      };
      return missing.length ? `Bevor Sie abschließen: ${list(missing.map((m) => steps[m]), 'und')}.` : 'Ein vollständiger Abschluss: weiter so.';
    },
  },
  feedback: {
    didItem: (text) => sentence(`Gut gemacht: ${text}`),
    doItem: (text) => sentence(`Nächstes Mal: ${text}`),
    completeItem: (text) => sentence(`Vollständig erfragen: ${text} (nur teilweise erfragt)`),
    didPart: (text) => sentence(`Ein Anfang: ${text} (teilweise)`),
    avoidClaim: (quote, correction) => `Sie sagten „${bare(quote)}“: ${correction}`,
    noteClaim: (quote, correction) => `In Ihrer Notiz steht „${bare(quote)}“: ${correction}`,
    noteRedFlag: (flag) => `Ihre Notiz nennt das Warnzeichen „${bare(flag)}“ nicht: nennen Sie es in Zusammenfassung oder Plan.`,
    domainStrength: {
      introduction: 'Sie haben sich mit Namen und Funktion vorgestellt und um Einverständnis gebeten.',
      'open-questions': 'Sie haben mit offenen Fragen begonnen und den Patienten erzählen lassen.',
      empathy: 'Sie sind empathisch auf die Gefühle des Patienten eingegangen.',
      ice: 'Sie haben Vorstellungen, Sorgen und Erwartungen des Patienten erfragt.',
      jargon: 'Sie haben verständliche Alltagssprache verwendet.',
      'signposting-summarising': 'Sie haben das Gespräch strukturiert angekündigt und zusammengefasst.',
      closing: 'Sie haben das Gespräch gut abgeschlossen: nach Weiterem gefragt, sich bedankt und das weitere Vorgehen erklärt.',
    },
    fallbackStrength: 'Sie sind beim Hauptproblem des Patienten geblieben.',
  },
};

const phrases: Record<string, GraderPhrases> = { en, de };

/** The grader's phrases for a case's language; English when there are none. */
export function graderPhrases(language: string): GraderPhrases {
  return phrases[language.slice(0, 2).toLowerCase()] ?? en;
}

/** The phrase lists as data, for the rule set's hash (the sentence builders are code, versioned by RULE_GRADER_VERSION). */
export function phraseData(language: string): Omit<GraderPhrases, 'feedback'> {
  const { feedback: _code, ...data } = graderPhrases(language);
  return data;
}
