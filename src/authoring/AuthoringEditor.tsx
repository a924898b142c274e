import { useEffect, useId, useRef, useState, type ChangeEvent } from 'react';
import type { Problem } from '../case/problem';
import { downloadText } from '../ui/download';
import { CaseForm } from './CaseForm';
import { countProblems, ProblemList } from './ProblemList';
import { draftId } from './source';
import { useDraftCheck } from './use-draft-check';
import { checkDraft, type DraftCheck } from './validate-draft';
import { moveCaret, YamlEditor } from './YamlEditor';
import './authoring.css';

// The case editor: the YAML text, its problems as you type, and what to do with the draft.
// Where a draft is saved and how it is tried come from the app (see AuthoringPage), so this
// runs the same in tests.

export type ValidDraft = NonNullable<DraftCheck['valid']> & { yaml: string };

export interface DraftActions {
  /** Stores the draft as a new revision and says which, with a note such as that this browser keeps it only until the tab closes. */
  save(draft: ValidDraft): Promise<{ revision: number; note?: string }>;
  /** Starts an encounter with the draft as it is (it is not saved). */
  tryIt(draft: ValidDraft): Promise<void>;
}

interface Props {
  initialSource: string;
  actions: DraftActions;
  /** Told of the text once typing pauses, to keep the draft somewhere. */
  onSourceChange?(source: string): void;
}

const REMEMBER_DELAY_MS = 500;

type Outcome = { ok: boolean; text: string };

export function AuthoringEditor({ initialSource, actions, onSourceChange }: Props) {
  const ids = { text: useId(), count: useId(), file: useId() };
  const [source, setSource] = useState(initialSource);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>();
  const [view, setView] = useState<'yaml' | 'form'>('yaml');
  const textarea = useRef<HTMLTextAreaElement>(null);
  const { current, last } = useDraftCheck(source);
  const shown = current ?? last;
  const blocked = shown !== undefined && shown.valid === undefined;

  // Told once typing pauses, and at once when the editor goes (Try it navigates away).
  const unreported = useRef<string | undefined>(undefined);
  const report = useRef(onSourceChange);
  report.current = onSourceChange;
  useEffect(() => {
    unreported.current = source;
    const timer = setTimeout(() => {
      unreported.current = undefined;
      report.current?.(source);
    }, REMEMBER_DELAY_MS);
    return () => clearTimeout(timer);
  }, [source]);
  useEffect(
    () => () => {
      if (unreported.current !== undefined) report.current?.(unreported.current);
    },
    [],
  );

  const edit = (text: string) => {
    setSource(text);
    setOutcome(undefined);
  };

  const goTo = (problem: Problem) => {
    if (problem.line <= 0) return;
    setView('yaml');
    // After the YAML view is shown again: a hidden textarea takes no focus.
    setTimeout(() => textarea.current && moveCaret(textarea.current, problem.line, problem.column));
  };

  /** Checks the text as it is now (not the last debounced result) and runs `act` only without errors. */
  const withValidDraft = async (what: string, act: (draft: ValidDraft) => Promise<string>) => {
    setBusy(true);
    setOutcome(undefined);
    try {
      const checked = await checkDraft(source);
      if (!checked.valid) {
        const errors = checked.problems.filter((problem) => problem.severity === 'error').length;
        setOutcome({ ok: false, text: `Not ${what}: the case has ${errors === 1 ? '1 error' : `${errors} errors`}. Fix them first.` });
        return;
      }
      setOutcome({ ok: true, text: await act({ ...checked.valid, yaml: source }) });
    } catch (error) {
      setOutcome({ ok: false, text: `Not ${what}: ${error instanceof Error ? error.message : String(error)}` });
    } finally {
      setBusy(false);
    }
  };

  const save = () =>
    withValidDraft('saved', async (draft) => {
      const { revision, note } = await actions.save(draft);
      return `Saved “${draft.case.title}” to this browser as revision ${revision} of ${draft.case.id}.${note ? ` ${note}` : ''}`;
    });

  const tryIt = () =>
    withValidDraft('started', async (draft) => {
      await actions.tryIt(draft);
      return 'Starting the encounter…';
    });

  const exportYaml = () => downloadText(`${draftId(source) ?? 'case'}.yaml`, source, 'application/yaml');

  const importPicked = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    try {
      edit(await file.text());
      setOutcome({ ok: true, text: `Opened ${file.name} in the editor (not saved yet).` });
    } catch (error) {
      setOutcome({ ok: false, text: `Could not read ${file.name}: ${error instanceof Error ? error.message : String(error)}` });
    } finally {
      input.value = '';
    }
  };

  return (
    <div className="authoring-editor">
      <div className="authoring-toolbar">
        <button type="button" className="button button-primary" onClick={save} disabled={busy || blocked}>
          Save to this browser
        </button>
        <button type="button" className="button" onClick={tryIt} disabled={busy || blocked}>
          Try it
        </button>
        <button type="button" className="button" onClick={exportYaml}>
          Export YAML
        </button>
        <span className="authoring-file">
          <label htmlFor={ids.file}>Import YAML file</label>
          <input id={ids.file} type="file" accept=".yaml,.yml" onChange={importPicked} />
        </span>
      </div>
      {outcome && (
        <p role={outcome.ok ? 'status' : 'alert'} className={`banner ${outcome.ok ? 'banner-ok' : 'banner-error'}`}>
          {outcome.text}
        </p>
      )}
      <div className="authoring-views" role="group" aria-label="View">
        <button type="button" aria-pressed={view === 'yaml'} onClick={() => setView('yaml')}>
          YAML
        </button>
        <button type="button" aria-pressed={view === 'form'} onClick={() => setView('form')}>
          Form
        </button>
      </div>
      <div className="authoring-panes">
        <div className="authoring-source">
          <div hidden={view !== 'yaml'}>
            <label htmlFor={ids.text}>Case file (YAML)</label>
            <YamlEditor id={ids.text} value={source} onChange={edit} textareaRef={textarea} describedBy={ids.count} />
          </div>
          {view === 'form' && <CaseForm source={source} onChange={edit} />}
        </div>
        <div className="authoring-check">
          <p id={ids.count} role="status" aria-label="Check" className="authoring-count">
            {shown ? countProblems(shown.problems) : 'Checking…'}
            {/* Not announced: the count above is what changes for a screen reader. */}
            {shown && !current && <span aria-hidden="true" className="authoring-checking"> Checking…</span>}
          </p>
          {shown && <ProblemList problems={shown.problems} onGoTo={goTo} />}
        </div>
      </div>
    </div>
  );
}
