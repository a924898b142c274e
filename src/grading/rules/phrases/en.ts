import { bare, englishVerb, list, sentence } from './format';
import type { GraderPhrases } from './types';

// English phrases and feedback wording of the rule grader.

export const en: GraderPhrases = {
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
    noteComment: (quote, correction) => `The note says “${bare(quote)}”, a misconception: ${correction}`,
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
