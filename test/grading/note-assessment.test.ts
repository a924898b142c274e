import { assessNote, diagnosisMatch, differentialMatch, mentionsRedFlag } from '../../src/grading/note-assessment';
import { caseWith, realCase, transcript } from './verification-fixtures';

const cholangitis = caseWith((draft) => {
  draft.diagnosis = {
    primary: 'Acute cholangitis',
    differentials: ['Biliary colic or acute cholecystitis', 'Acute pancreatitis'],
  };
});

describe('diagnosisMatch', () => {
  it.each([
    ['the primary itself', 'Acute cholangitis'],
    ['another case and punctuation', 'ACUTE CHOLANGITIS.'],
    ['without the qualifier', 'cholangitis'],
    ['with extra words', 'Cholangitis from a CBD stone'],
    ['with another qualifier', 'ascending cholangitis, suspected'],
    ['in another word order', 'Cholangitis (acute)'],
  ])('names "Acute cholangitis" by %s: %s', (_, entry) => {
    expect(diagnosisMatch(cholangitis, entry)).toBe(true);
  });

  it.each([
    ['breathlessness-pregnancy', 'pulmonary embolism'],
    ['breathlessness-pregnancy', 'Pulmonary Embolism (PE)'],
    ['breathlessness-pregnancy', 'embolism, pulmonary'],
    ['breathlessness-pregnancy', 'Pulmonary embolism in pregnancy'],
    ['breathlessness-pregnancy', 'left leg DVT with pulmonary embolus'],
    ['chest-pain-smoker', 'ACS'],
    ['chest-pain-smoker', 'acute coronary syndromes'],
    ['chest-pain-smoker', 'Coronary syndrome, acute'],
    ['chest-pain-smoker', 'Heart attack'],
    ['chest-pain-smoker', 'inferior STEMI'],
    ['atypical-chest-pain-diabetes', 'NSTEMI'],
    ['atypical-chest-pain-diabetes', 'Non ST elevation myocardial infarction'],
    ['thunderclap-headache', 'subarachnoid hemorrhage'],
    ['thunderclap-headache', 'Sub-arachnoid haemorrhage'],
    ['thunderclap-headache', 'SAH'],
    ['first-seizure', 'generalized tonic clonic seizures'],
    ['first-seizure', 'First generalised tonic–clonic seizure'],
    ['postop-ileus', 'post-operative ileus'],
    ['postop-ileus', 'Post operative ileus'],
    ['postop-ileus', 'Postoperative ileus'],
    ['postop-ileus', 'paralytic ileus secondary to opioids'],
    ['feverish-toddler', 'Left acute otitis media'],
    ['sti-shame', 'gonorrhea'],
    ['sti-shame', 'Gonorrhoea'],
    ['low-mood-alcohol', 'Depression'],
    ['low-mood-alcohol', 'harmful alcohol use'],
    ['akute-bauchschmerzen', 'Appendizitis'],
    ['akute-bauchschmerzen', 'V.a. akute Blinddarmentzündung'],
  ])('%s: "%s" names the diagnosis', (name, entry) => {
    expect(diagnosisMatch(realCase(name), entry)).toBe(true);
  });

  it.each([
    ['breathlessness-pregnancy', 'Pulmonary oedema', 'a different disease sharing "pulmonary"'],
    ['breathlessness-pregnancy', 'Pulmonary edema in pre-eclampsia', 'a listed differential'],
    ['breathlessness-pregnancy', 'PE', 'an abbreviation the case does not list as an alias'],
    ['chest-pain-smoker', 'NSTEMI', 'an abbreviation the case does not list as an alias'],
    ['chest-pain-smoker', 'Stable angina', 'a listed differential'],
    ['chest-pain-smoker', 'coronary', 'part of the name only'],
    ['thunderclap-headache', 'Intracerebral haemorrhage', 'a different bleed'],
    ['postop-ileus', 'Small bowel obstruction', 'the alternative to exclude'],
    ['akute-bauchschmerzen', 'Gastroenteritis', 'a listed differential'],
  ])('%s: "%s" does not name the diagnosis (%s)', (name, entry) => {
    expect(diagnosisMatch(realCase(name), entry)).toBe(false);
  });

  it('does not match an empty or qualifier-only entry', () => {
    expect(diagnosisMatch(cholangitis, '')).toBe(false);
    expect(diagnosisMatch(cholangitis, 'acute')).toBe(false);
  });
});

describe('differentialMatch', () => {
  const pregnancy = realCase('breathlessness-pregnancy');
  it.each([
    [pregnancy, 'Pulmonary oedema'],
    [pregnancy, 'pneumonia'],
    [pregnancy, 'Anemia'],
    [pregnancy, 'physiological breathlessness of pregnancy'],
    [realCase('chest-pain-smoker'), 'GORD'],
    [realCase('chest-pain-smoker'), 'PE'],
    [realCase('postop-ileus'), 'adhesional small bowel obstruction'],
    [realCase('postop-ileus'), 'hypokalaemia'],
    [realCase('postop-ileus'), 'Anastomotic leak with intra-abdominal collection'],
    [realCase('sti-shame'), 'Chlamydia'],
    [cholangitis, 'cholecystitis'],
  ])('an entry fits a listed differential: %#', (caseFile, entry) => {
    expect(differentialMatch(caseFile, entry)).toBe(true);
  });

  it.each([
    [pregnancy, 'Migraine'],
    [pregnancy, 'Pulmonary fibrosis'],
    [cholangitis, 'Appendicitis'],
  ])('an entry fits none: %#', (caseFile, entry) => {
    expect(differentialMatch(caseFile, entry)).toBe(false);
  });
});

describe('mentionsRedFlag', () => {
  it('counts one alternative of a flag as mentioning it', () => {
    expect(mentionsRedFlag('No colicky pain.', 'Colicky pain or faeculent vomiting (mechanical obstruction)')).toBe(true);
    expect(mentionsRedFlag('Afebrile.', 'Fever, rising heart rate, rising CRP or peritonism (anastomotic leak)')).toBe(false);
  });

  it('needs most of the words of a part, matching word forms', () => {
    const flag = 'Falling urine output (hypovolaemia, acute kidney injury)';
    expect(mentionsRedFlag('Urine output has fallen', flag)).toBe(true);
    expect(mentionsRedFlag('Passing urine normally', flag)).toBe(false);
    expect(mentionsRedFlag('Sweaty and nauseated.', 'Sweating, nausea and breathlessness with the pain')).toBe(true);
    expect(mentionsRedFlag('Tachypnoeic.', 'Tachycardia (102/min)')).toBe(false);
  });

  it('reads abbreviations in the plan', () => {
    const ileus = realCase('postop-ileus');
    const flag = 'Large-volume bilious vomiting: aspiration risk, needs nasogastric decompression';
    const missed = (plan: string) => assessNote(ileus, { summary: 'Vomiting.', differential: ['Ileus'], plan }, []).missedRedFlags;
    expect(missed('NG decompression')).not.toContain(flag);
    expect(missed('Observe')).toContain(flag);
  });
});

describe('assessNote', () => {
  const ileus = realCase('postop-ileus');
  const interview = transcript(
    ['student', 'How many times have you been sick?'],
    ['patient', "The sickness started last night, and I've been sick three times since then."],
    ['student', 'Have you passed any wind?'],
    ['patient', "I... haven't passed any wind at all since the operation."],
    ['student', 'Does the pain come in waves?'],
    ['patient', "No, it doesn't come in waves or cramps. It's there all the time."],
  );
  const note = {
    summary:
      '68-year-old woman, day 3 after sigmoid colectomy, has vomited three times since last night (bilious), ' +
      'no flatus since the operation, no colicky pain, no fever. Urine output has fallen.',
    differential: ['Small bowel obstruction', '2. Post-operative ileus', 'Appendicitis', 'Anastomotic leak'],
    plan: 'Nil by mouth, pass a nasogastric tube for decompression, IV fluids, bloods and a CT if it gets worse.',
  };

  it('ranks the diagnosis, lists entries that do not fit and red flags not mentioned', () => {
    const assessment = assessNote(ileus, note, interview);
    expect(assessment).toMatchObject({
      diagnosisNamed: true,
      diagnosisRank: 2,
      wrongDifferentials: ['Appendicitis'],
      missedRedFlags: ['Localised tenderness, guarding or rebound'],
      summaryAccurate: true,
    });
    expect(assessment.comments).toContain('in place 2');
    expect(assessment.comments).toContain('"Appendicitis"');
    expect(assessment.comments).toContain('Localised tenderness, guarding or rebound');
    expect(assessment.summaryComments).toMatch(/match what the patient said/);
  });

  it('says plainly when the diagnosis is missing and every entry fits nothing', () => {
    const assessment = assessNote(ileus, { summary: 'Unwell.', differential: ['Migraine'] }, interview);
    expect(assessment).toMatchObject({ diagnosisNamed: false, diagnosisRank: null, wrongDifferentials: ['Migraine'] });
    expect(assessment.comments).toContain('does not name the most likely diagnosis, Postoperative ileus.');
    expect(assessment.missedRedFlags).toHaveLength(ileus.diagnosis.redFlags.length);
  });

  it('calls a summary inaccurate when its numbers or sides are not what the patient said, naming them', () => {
    const wrong = { ...note, summary: 'Vomited five times since last night, 8/10 right-sided pain for 3 days.' };
    const assessment = assessNote(ileus, wrong, interview);
    expect(assessment.summaryAccurate).toBe(false);
    expect(assessment.summaryComments).toBe(
      'The summary gives "five times", "8/10", "right", which the patient did not say and the door note does not give. Check these details against the interview.',
    );
  });

  it('accepts numbers from the door note and the age, and digits for number words', () => {
    const summary = '68F, day 3 post-op, 3 vomits since last night, catheter 25 mL/h, HR 98, SpO2 95%.';
    expect(assessNote(ileus, { ...note, summary }, interview).summaryAccurate).toBe(true);
  });

  it('takes spoken amounts for the digits a summary writes', () => {
    const said = transcript(['patient', 'It started about an hour and a half ago, and half an hour later I was sick a couple of times.']);
    const summary = 'Pain for 1.5 h, vomited 2 times within 30 minutes.';
    expect(assessNote(ileus, { summary, differential: ['Ileus'] }, said).summaryAccurate).toBe(true);
  });

  it('finds a side the patient did say', () => {
    const toddler = realCase('feverish-toddler');
    const said = transcript(['student', 'Which ear?'], ['patient', 'She keeps pulling at her left ear.']);
    const assessment = (summary: string) => assessNote(toddler, { summary, differential: ['AOM'] }, said).summaryAccurate;
    expect(assessment('Pulling at the left ear.')).toBe(true);
    expect(assessment('Pulling at the right ear.')).toBe(false);
  });
});
