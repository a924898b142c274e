import { useId } from 'react';
import { testConnection, usesBuiltInPatient } from '../llm';
import { ConnectionTest, type Connect } from './ConnectionTest';
import { LoadProblemNotice } from './LoadProblemNotice';
import { ProviderSelect } from './ProviderSelect';
import { ServerFields } from './ServerFields';
import { settingsStore, useSettings, type SettingsStore } from './settings-store';
import './settings.css';

// Where the patient comes from: the built-in scripted patient (offline, no key) or a language
// model behind any OpenAI-compatible server. Changes apply as they are made.

interface Props {
  /** The store to edit; the app's persisted store by default (tests pass their own). */
  store?: SettingsStore;
  /** How to test a connection; the real test over the network by default. */
  connect?: Connect;
}

const connectOverNetwork: Connect = (settings, signal) => testConnection(settings, { signal });

export function SettingsPage({ store = settingsStore, connect = connectOverNetwork }: Props) {
  const state = useSettings((s) => s, store);
  const { settings } = state;
  const headingId = useId();
  const builtIn = usesBuiltInPatient(settings);

  return (
    <section className="settings-page" aria-labelledby={headingId}>
      <h2 id={headingId}>Settings</h2>
      <LoadProblemNotice problem={state.loadProblem} onDismiss={state.dismissLoadProblem} />
      <ProviderSelect value={settings.provider} onChange={state.setProvider} />
      {builtIn ? (
        <p className="settings-builtin">
          The built-in patient works offline, with no server and no key. It answers from the case file, so its
          replies are more scripted than a language model’s. To use a model, choose its provider above.
        </p>
      ) : (
        <>
          <ServerFields settings={settings} lastModels={state.lastModels} update={state.update} forgetKey={state.forgetKey} />
          <ConnectionTest settings={settings} connect={connect} onModels={state.setLastModels} />
        </>
      )}
    </section>
  );
}
