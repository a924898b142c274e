// Chat with the built-in scripted patient of a case in the terminal.
//   npm run patient -- cases/<file>.yaml            interactive
//   npm run patient -- cases/<file>.yaml --json     one student utterance per line on stdin,
//                                                   one JSON line per reply on stdout
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { formatProblem, validateCaseSource } from '../src/case';
import { createScriptedPatient, type Turn } from '../src/patient';

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const file = args.find((a) => !a.startsWith('--'));
  if (!file) {
    console.error('Usage: npm run patient -- cases/<file>.yaml [--json]');
    return 2;
  }
  let source: string;
  try {
    source = await readFile(file, 'utf8');
  } catch (error) {
    console.error(`Cannot read ${file}: ${(error as Error).message}`);
    return 2;
  }
  const parsed = await validateCaseSource(source, file);
  if (!parsed.ok) {
    parsed.problems.forEach((p) => console.error(formatProblem(p)));
    return 1;
  }
  const patient = createScriptedPatient(parsed.case);
  const turns: Turn[] = [];
  const interactive = !json && process.stdin.isTTY;
  if (interactive) {
    const { doorNote, patient: who } = parsed.case;
    console.log(`${parsed.case.title}\n${doorNote.setting}. ${doorNote.reason}\nTask: ${doorNote.task}`);
    console.log(`You are speaking with ${who.informant ? `${who.informant.name} (${who.informant.relation} of ${who.name})` : who.name}. Type your questions; Ctrl+D ends.\n`);
  }
  const lines = createInterface({ input: process.stdin, output: interactive ? process.stdout : undefined, terminal: interactive, prompt: 'you> ' });
  if (interactive) lines.prompt();
  for await (const line of lines) {
    const text = line.trim();
    if (text) {
      turns.push({ speaker: 'student', text });
      const reply = patient.answer(turns);
      turns.push({ speaker: 'patient', text: reply.text });
      if (json) console.log(JSON.stringify({ reply: reply.text, factIds: reply.factIds }));
      else console.log(interactive ? `patient> ${reply.text}\n` : reply.text);
    }
    if (interactive) lines.prompt();
  }
  return 0;
}

main().then((code) => process.exit(code));
