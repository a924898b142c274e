import { InputFileError, parseNote, parseTranscript } from '../../src/grading/transcript';

describe('parseTranscript: JSON', () => {
  it('reads speaker/text and role/content turns, numbering them from 1', () => {
    const json = JSON.stringify([
      { speaker: 'doctor', text: 'Hello, what brings you in?' },
      { role: 'assistant', content: ' My chest hurts. ' },
      { role: 'user', content: 'Since when?' },
      { speaker: 'Patient', text: 'Since this morning.', factIds: ['onset'] },
      { speaker: 'student', text: 'Any allergies?' },
    ]);
    expect(parseTranscript(json, 't.json')).toEqual([
      { turn: 1, speaker: 'student', text: 'Hello, what brings you in?' },
      { turn: 2, speaker: 'patient', text: 'My chest hurts.' },
      { turn: 3, speaker: 'student', text: 'Since when?' },
      { turn: 4, speaker: 'patient', text: 'Since this morning.', factIds: ['onset'] },
      { turn: 5, speaker: 'student', text: 'Any allergies?' },
    ]);
  });

  it('accepts {"turns": [...]} and {"messages": [...]}, leaving out system messages', () => {
    const messages = [{ role: 'system', content: 'You are a patient.' }, { role: 'user', content: 'Hi' }];
    expect(parseTranscript(JSON.stringify({ messages }), 't.json')).toEqual([{ turn: 1, speaker: 'student', text: 'Hi' }]);
    expect(parseTranscript(JSON.stringify({ turns: [{ speaker: 'patient', text: 'Hello' }] }), 't.json')).toHaveLength(1);
  });

  it.each([
    ['[{"speaker": "nurse", "text": "Hi"}]', 't.json: turn 1: cannot tell who speaks: "nurse"'],
    ['[{"speaker": "student", "text": "Hi"}, {"speaker": "patient"}]', 't.json: turn 2: the turn has no text'],
    ['{"speaker": "student"}', 't.json: expected a JSON array of turns'],
    ['[]', 't.json: the transcript has no turns'],
    ['[\n  {"speaker": "student", "text": "Hi"},\n  {"speaker": "patient" "text": "Hello"}\n]', 't.json:3: not valid JSON'],
  ])('rejects %s', (json, message) => {
    expect(() => parseTranscript(json, 't.json')).toThrow(InputFileError);
    expect(() => parseTranscript(json, 't.json')).toThrow(message);
  });
});

describe('parseTranscript: plain text', () => {
  it('reads prefixed lines, joins continuation lines, skips blank lines', () => {
    const text = [
      'Doctor: Good morning, I am one of the doctors.',
      'What brings you in today?',
      '',
      'patient:My chest has been hurting',
      '   since about six this morning.',
      'STUDENT : Where exactly?',
      '[patient] Right in the middle.',
      '[Doctor] Does it go anywhere?',
      'Patient: Honestly: down my left arm.',
      'Mother: She has been like this all day.',
    ].join('\r\n');
    expect(parseTranscript(text, 'transcript.txt')).toEqual([
      { turn: 1, speaker: 'student', text: 'Good morning, I am one of the doctors.\nWhat brings you in today?' },
      { turn: 2, speaker: 'patient', text: 'My chest has been hurting\nsince about six this morning.' },
      { turn: 3, speaker: 'student', text: 'Where exactly?' },
      { turn: 4, speaker: 'patient', text: 'Right in the middle.' },
      { turn: 5, speaker: 'student', text: 'Does it go anywhere?' },
      { turn: 6, speaker: 'patient', text: 'Honestly: down my left arm.' },
      { turn: 7, speaker: 'patient', text: 'She has been like this all day.' },
    ]);
  });

  it('takes a turn whose text starts on the next line', () => {
    expect(parseTranscript('Doctor:\n  How are you?\nPatient: Fine.', 't.txt')[0]).toEqual({ turn: 1, speaker: 'student', text: 'How are you?' });
  });

  it('names the file and line of a line nobody can be said to speak', () => {
    const text = '\n\nHello there, how are you feeling today, and what made you come in this morning?\nPatient: Awful.';
    expect(() => parseTranscript(text, 'transcript.txt')).toThrow(
      'transcript.txt:3: cannot tell who speaks: "Hello there, how are you feeling today, and what made you…"',
    );
  });

  it('rejects an unknown speaker tag in brackets, and an empty turn, by line', () => {
    expect(() => parseTranscript('Doctor: Hi\n[nurse] She vomited', 't.txt')).toThrow('t.txt:2: cannot tell who speaks: "[nurse] She vomited"');
    expect(() => parseTranscript('Doctor: Hi\nPatient:\n\nDoctor: Hello?', 't.txt')).toThrow('t.txt:2: the turn has no text');
    expect(() => parseTranscript('  \n\n', 't.txt')).toThrow('t.txt: the transcript has no turns');
  });
});

describe('parseNote', () => {
  it('reads a JSON note', () => {
    const json = '{"summary": " 54M with chest pain. ", "differential": ["ACS", " ", "PE"], "plan": "ECG now"}';
    expect(parseNote(json, 'note.json')).toEqual({ summary: '54M with chest pain.', differential: ['ACS', 'PE'], plan: 'ECG now' });
    expect(parseNote('{"summary": "S", "differential": [], "plan": null}', 'note.json')).toEqual({ summary: 'S', differential: [] });
  });

  it('names the field a JSON note gets wrong', () => {
    expect(() => parseNote('{"summary": "S", "differential": "ACS"}', 'note.json')).toThrow(/^note\.json: differential: /);
    expect(() => parseNote('{"summary": "", "differential": ["ACS"]}', 'note.json')).toThrow('note.json: the note has no summary');
  });

  it('reads plain text without headings: the first paragraph, then one entry a line', () => {
    const text = '54-year-old man with central chest pain\nsince 6 am, radiating to the left arm.\n\n1. ACS\n2) Aortic dissection\n- Pulmonary embolism\n• GORD\n';
    expect(parseNote(text, 'note.txt')).toEqual({
      summary: '54-year-old man with central chest pain since 6 am, radiating to the left arm.',
      differential: ['ACS', 'Aortic dissection', 'Pulmonary embolism', 'GORD'],
    });
  });

  it('reads headed sections in any order, with content on the heading line', () => {
    const text = [
      '## Summary',
      'Day 3 after colectomy, vomiting, distended.',
      'No flatus.',
      '',
      'Differential diagnosis:',
      '1. Postoperative ileus',
      '2. Small bowel obstruction (adhesions, hernia)',
      '',
      'Plan: NG tube, IV fluids.',
      'Bloods.',
    ].join('\n');
    expect(parseNote(text, 'note.txt')).toEqual({
      summary: 'Day 3 after colectomy, vomiting, distended. No flatus.',
      differential: ['Postoperative ileus', 'Small bowel obstruction (adhesions, hernia)'],
      plan: 'NG tube, IV fluids.\nBloods.',
    });
  });

  it('splits a one-line differential at commas outside parentheses, and takes text before the first heading as the summary', () => {
    const text = 'Chest pain for 2 hours.\nDDx: ACS, electrolyte disturbance (hypokalaemia, hypomagnesaemia); PE';
    expect(parseNote(text, 'note.txt')).toEqual({
      summary: 'Chest pain for 2 hours.',
      differential: ['ACS', 'electrolyte disturbance (hypokalaemia, hypomagnesaemia)', 'PE'],
    });
  });

  it('does not take a sentence that begins with a heading word for a heading', () => {
    const text = 'Summary of a long night: vomiting.\n\nIleus';
    expect(parseNote(text, 'note.txt')).toEqual({ summary: 'Summary of a long night: vomiting.', differential: ['Ileus'] });
  });

  it('says how to write the differential when a plain-text note has none', () => {
    expect(() => parseNote('Just a summary.', 'note.txt')).toThrow('note.txt: the note lists no differential');
    expect(() => parseNote('Differential:\n1. ACS', 'note.txt')).toThrow('note.txt: the note has no summary');
  });
});
