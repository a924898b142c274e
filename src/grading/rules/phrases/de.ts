import { bare, list, sentence } from './format';
import type { GraderPhrases } from './types';

// German phrases and feedback wording of the rule grader.

export const de: GraderPhrases = {
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
    noteComment: (quote, correction) => `In der Notiz steht „${bare(quote)}“, ein Irrtum: ${correction}`,
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
