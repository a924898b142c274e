import { gradeByRules } from '../../../src/grading/rule-grader';
import type { CommunicationDomain, CommunicationScore } from '../../../src/grading/schema';
import { input, scripted } from './build';
import { loadCase } from './transcript-fixtures';

// The communication heuristics, one domain at a time, on short interviews with the built-in
// patient of the postoperative ileus case.

const ileus = loadCase('postop-ileus');

function domain(lines: string[], name: CommunicationDomain): CommunicationScore {
  const found = gradeByRules(input(ileus, scripted(ileus, lines))).communication.find((c) => c.domain === name);
  if (!found) throw new Error(`no ${name} score`);
  return found;
}

describe('introduction', () => {
  it('scores name, role, the patient’s identity and consent in the first turns', () => {
    const full = domain(
      ["Hello, I'm Priya, one of the junior doctors. Can I check your name?", 'Is it okay if I ask you some questions?', 'What brought you in?'],
      'introduction',
    );
    expect(full.score).toBe(5);
    expect(full.evidence).toEqual([
      { turn: 1, quote: "Hello, I'm Priya, one of the junior doctors." },
      { turn: 1, quote: 'Can I check your name?' },
      { turn: 3, quote: 'Is it okay if I ask you some questions?' },
    ]);
    expect(domain(["Hi, I'm Tom, a medical student.", 'When did the vomiting start?'], 'introduction').score).toBe(3);
    expect(domain(['When did the vomiting start?'], 'introduction').score).toBe(1);
  });

  it('names what was missing in the advice', () => {
    const advice = domain(["Hi, I'm Tom, a medical student.", 'When did the vomiting start?'], 'introduction').advice;
    expect(advice).toMatch(/the patient's name and permission to ask questions/);
    expect(advice).not.toMatch(/your role/);
  });

  it('does not look for an introduction after the first turns', () => {
    const late = ['When did the vomiting start?', 'Any blood in it?', 'Any pain?', "By the way, I'm Tom, a medical student."];
    expect(domain(late, 'introduction').score).toBe(1);
  });
});

describe('open questions', () => {
  it('scores a history of closed questions low and one opened with open questions high', () => {
    const closed = ['Are you vomiting?', 'Is it green?', 'Any blood?', 'Is it painful?', 'Do you smoke?', 'Any allergies?'];
    expect(domain(closed, 'open-questions').score).toBe(1);
    const open = [
      'What brought you in today?',
      'Tell me more about the sickness.',
      'How would you describe the pain?',
      'What does the sick look like?',
      'How have you been getting on since the operation?',
      'What are you taking for the pain?',
      'Any blood in it?',
      'Do you smoke?',
    ];
    const score = domain(open, 'open-questions');
    expect(score.score).toBeGreaterThanOrEqual(4);
    expect(score.evidence[0]).toEqual({ turn: 1, quote: 'What brought you in today?' });
  });

  it('caps a short interview by how many open questions it asked', () => {
    expect(domain(['What brought you in?', 'Any blood?'], 'open-questions').score).toBe(2);
  });

  it('advises an open start when the interview began with closed questions', () => {
    const lines = ['Are you vomiting?', 'Is it green?', 'What does the pain feel like?', 'Tell me about your bowels.'];
    expect(domain(lines, 'open-questions').advice).toMatch(/^Begin with an open question/);
  });
});

describe('empathy', () => {
  const lines = ['What are you most worried about?'];
  it('rewards a response to an emotional cue in the next turn', () => {
    const answered = domain([...lines, "That sounds really frightening, it's completely understandable."], 'empathy');
    const ignored = domain([...lines, 'Do you smoke?'], 'empathy');
    expect(answered.score).toBeGreaterThan(ignored.score);
    expect(ignored.score).toBe(1);
    expect(ignored.advice).toContain("I'm frightened they'll have to open me up again.");
    expect(answered.evidence).toEqual([{ turn: 3, quote: 'That sounds really frightening, it’s completely understandable.'.replace('’', "'") }]);
  });

  it('does not read "I\'m afraid" at the end of a sentence as fear', () => {
    const transcript = scripted(ileus, ['When did it start?']);
    const patient = transcript[1];
    if (!patient) throw new Error('no reply');
    patient.text = "I couldn't tell you, I'm afraid.";
    const score = gradeByRules(input(ileus, transcript)).communication.find((c) => c.domain === 'empathy');
    expect(score?.advice).not.toContain("I'm afraid");
  });
});

describe('ideas, concerns and expectations', () => {
  it('counts each of the three when asked', () => {
    expect(domain(['Do you smoke?'], 'ice').score).toBe(1);
    expect(domain(['What are you worried about?'], 'ice').score).toBe(2);
    const all = domain(
      ['What do you think is causing this?', 'Is anything worrying you?', 'What were you hoping we could do today?'],
      'ice',
    );
    expect(all.score).toBe(5);
    expect(all.evidence.map((e) => e.turn)).toEqual([1, 3, 5]);
  });

  it('suggests the parts not asked', () => {
    expect(domain(['What are you worried about?'], 'ice').advice).toMatch(/ideas and expectations/);
  });
});

describe('jargon', () => {
  it("lowers the score for terms from the pack's jargon list used without explanation", () => {
    const one = domain(['Have you had any haematemesis?'], 'jargon');
    expect(one.score).toBe(4);
    expect(one.evidence).toEqual([{ turn: 1, quote: 'Have you had any haematemesis?' }]);
    expect(one.advice).toContain('"haematemesis"');
    expect(domain(['Any haematemesis?', 'Any melaena?', 'Any dysuria?'], 'jargon').score).toBe(2);
  });

  it('does not count a term explained in the same sentence, or a word the case itself uses', () => {
    expect(domain(['Any haematemesis (vomiting blood)?'], 'jargon').score).toBe(5);
    expect(domain(['Any blood in the vomit?'], 'jargon').score).toBe(5);
    // "flatus" is one of the case's own cue words: this patient knows it.
    expect(domain(['Any flatus?'], 'jargon').score).toBe(5);
  });

  it('counts a term rephrased in the next question half', () => {
    const rephrased = domain(
      ['Any haematemesis?', 'Sorry, I mean have you been sick any blood?', 'Any melaena?', 'I mean, any black, tarry poo?'],
      'jargon',
    );
    const unexplained = domain(['Any haematemesis?', 'Any melaena?'], 'jargon');
    expect(rephrased.score).toBeGreaterThan(unexplained.score);
  });

  it('catches clinical word shapes not on the list', () => {
    expect(domain(['Any history of hypokalaemia?'], 'jargon').score).toBe(4);
  });
});

describe('signposting and summarising', () => {
  it('scores a summary and signposts', () => {
    expect(domain(['When did it start?'], 'signposting-summarising').score).toBe(1);
    const lines = [
      "I'm going to ask a few questions about your bowels now. Have you passed wind?",
      "Now I'd like to ask about your general health. Any medical problems?",
      "So just to summarise: you've been sick since last night and your belly is swollen. Is that right?",
    ];
    const score = domain(lines, 'signposting-summarising');
    expect(score.score).toBe(5);
    expect(score.evidence.map((e) => e.quote)).toEqual([
      "I'm going to ask a few questions about your bowels now.",
      "Now I'd like to ask about your general health.",
      'So just to summarise:',
    ]);
  });

  it('does not count asking permission at the start as a signpost', () => {
    expect(domain(['Is it okay if I ask you some questions about your tummy?'], 'signposting-summarising').score).toBe(1);
  });
});

describe('closing', () => {
  it('scores anything else, questions, next steps and thanks at the end', () => {
    const full = domain(
      [
        'When did it start?',
        'Is there anything else you want to tell me, or any questions?',
        "Thank you. I'm going to examine your tummy and then speak to my registrar.",
      ],
      'closing',
    );
    expect(full.score).toBe(5);
    expect(domain(['When did it start?', 'Ok.'], 'closing').score).toBe(1);
  });

  it('does not take a plan told in the middle of the interview for next steps', () => {
    const lines = ["I'll give you something for the sickness.", 'Any blood in it?', 'Do you smoke?', 'Ok bye.'];
    const score = domain(lines, 'closing');
    expect(score.score).toBe(2);
    expect(score.advice).toMatch(/say what happens next/);
  });
});
