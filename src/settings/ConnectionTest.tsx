import { useEffect, useRef, useState } from 'react';
import { describeLlmError, isAbortError, type ConnectionResult, type LlmSettings } from '../llm';
import { ModelList } from './ModelList';

// "Test connection": asks the server for its models and shows them, or the precise problem and
// what to do about it. A result is shown only while the settings it was for are unchanged.

export type Connect = (settings: LlmSettings, signal: AbortSignal) => Promise<ConnectionResult>;

interface Props {
  settings: LlmSettings;
  connect: Connect;
  onModels: (models: readonly string[]) => void;
}

type State = { status: 'idle' } | { status: 'testing' } | { status: 'done'; result: ConnectionResult; tested: LlmSettings };

/** The settings a connection result depends on (not the temperature, nor remembering the key). */
const sameTarget = (a: LlmSettings, b: LlmSettings) =>
  a.provider === b.provider &&
  a.baseUrl === b.baseUrl &&
  a.apiKey === b.apiKey &&
  a.patientModel === b.patientModel &&
  a.graderModel === b.graderModel;

export function ConnectionTest({ settings, connect, onModels }: Props) {
  const [state, setState] = useState<State>({ status: 'idle' });
  const running = useRef<AbortController | null>(null);
  useEffect(() => () => running.current?.abort(), []);

  async function run() {
    running.current?.abort();
    const controller = new AbortController();
    running.current = controller;
    setState({ status: 'testing' });
    let result: ConnectionResult;
    try {
      result = await connect(settings, controller.signal);
    } catch (error) {
      if (controller.signal.aborted || isAbortError(error)) return;
      result = { ok: false, problem: describeLlmError(error, settings) };
    }
    if (controller.signal.aborted) return;
    setState({ status: 'done', result, tested: settings });
    if (result.models?.length) onModels(result.models);
  }

  return (
    <div className="connection-test">
      <button type="button" onClick={() => void run()} disabled={state.status === 'testing'}>
        {state.status === 'testing' ? 'Testing…' : 'Test connection'}
      </button>
      {state.status === 'done' && sameTarget(state.tested, settings) ? <ConnectionOutcome result={state.result} /> : null}
    </div>
  );
}

function ConnectionOutcome({ result }: { result: ConnectionResult }) {
  if (result.ok) {
    return (
      <div className="connection-ok" role="status" aria-label="Connection test result">
        <p>
          Connected.{' '}
          {result.models.length === 0
            ? 'The server lists no models; it will answer with the one it has loaded.'
            : `The server lists ${result.models.length === 1 ? '1 model' : `${result.models.length} models`}:`}
        </p>
        <ModelList models={result.models} />
      </div>
    );
  }
  return (
    <div className="connection-problem" role="alert" aria-label="Connection test result">
      <p>{result.problem.message}</p>
      {result.problem.fix ? <p className="connection-fix">{result.problem.fix}</p> : null}
    </div>
  );
}
