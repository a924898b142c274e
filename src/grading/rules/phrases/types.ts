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
    /** Added to the note's comments for a misconception written in the note. */
    noteComment(quote: string, correction: string): string;
    avoidClaim(quote: string, correction: string): string;
    noteClaim(quote: string, correction: string): string;
    domainStrength: Record<string, string>;
    fallbackStrength: string;
  };
}
