// The case a new draft starts from: small, valid (it passes `npm run cases:check` with no
// errors), and written to be replaced field by field. Kept as text, comments included, so
// the author sees what each part is for.

export const TEMPLATE_YAML = `$schema: ./case.schema.json
# A new case. Change the id (lower-case words joined by hyphens): it names the file.
id: new-case
title: Cough for three weeks
version: 1
language: en
tags: [respiratory]
difficulty: beginner
authors: [Your Name]
license: CC BY 4.0

# What the student reads at the door.
doorNote:
  setting: General practice
  reason: Cough for three weeks
  task: Take a focused history.
  timeLimitMinutes: 10

patient:
  name: Sam Lee
  age: 42
  sex: male
  occupation: Bus driver
  persona: Calm and cooperative; answers what is asked.
  speakingStyle: Short, plain sentences.
  openingStatement: I've had this cough for weeks and it won't go away.
  emotionalState: A little worried.
  ice:
    ideas: I thought it was just a cold at first.
    concerns: I'm worried it's something in my lungs.
    expectations: I'd like something to stop the cough.

# One thing the patient knows per fact, in the patient's own words.
# reveal: spontaneous | on-ask (default) | on-specific-ask (needs cues)
facts:
  - id: cough-duration
    category: hpi
    says: About three weeks now. It started after a cold.
    reveal: spontaneous
  - id: cough-sputum
    category: hpi
    says: It's mostly dry, nothing much comes up.
    cues: [phlegm, sputum, coughing up]
  - id: no-fever
    category: ros
    says: No, I haven't had a temperature.
    cues: [fever, temperature]
  - id: no-weight-loss
    category: ros
    says: No, my weight hasn't changed.
    cues: [weight]
  - id: smoking
    category: social
    says: I smoke about ten a day, for twenty years.
    cues: [smoke, cigarettes]
  - id: alcohol
    category: social
    says: A couple of pints at the weekend.
    cues: [alcohol, drink]

# What a good history covers; each item names the facts that earn it.
checklist:
  - id: ask-duration
    text: Asks how long the cough has lasted
    category: hpi
    facts: [cough-duration]
  - id: ask-sputum
    text: Asks about sputum
    category: hpi
    facts: [cough-sputum]
  - id: ask-red-flags
    text: Asks about fever and weight loss
    category: ros
    facts: [no-fever, no-weight-loss]
    critical: true
  - id: ask-smoking
    text: Asks about smoking and alcohol
    category: social
    facts: [smoking, alcohol]
    points: 2

diagnosis:
  primary: Post-viral cough
  aliases: [Post-infectious cough]
  differentials: [Asthma, Gastro-oesophageal reflux]
  redFlags: [Weight loss, Haemoptysis]

misconceptions:
  - claim: A cough for three weeks always needs antibiotics.
    correction: Most post-viral coughs settle without antibiotics.
    severity: medium
    cues: [antibiotics]

learningObjectives:
  - Take a focused history of a persistent cough.

references:
  - citation: Replace with the guideline or textbook the case is based on.
`;
