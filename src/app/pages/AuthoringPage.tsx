import { useCallback, useState } from 'react';
import { Link, useLocation } from 'wouter';
import { AuthoringEditor, type DraftActions } from '../../authoring/AuthoringEditor';
import { forgetDraft, rememberDraft, rememberedDraft } from '../../authoring/draft-memory';
import { caseToYaml } from '../../authoring/source';
import { TEMPLATE_YAML } from '../../authoring/template';
import { startSession } from '../start-session';
import { findCaseByKey, isStored } from '../../case/case-key';
import { useServices } from '../ServicesContext';
import type { AppServices } from '../services';
import { useAppSettings } from '../settings';
import { useStudent } from '../student';
import { LoadFailed } from './CasesPage';
import { useAsync } from './useAsync';

// The case editor: #/author starts from the template, #/author/<case key> from a copy of a
// bundled or stored case. The editor is the authoring feature; this page hands it storage
// and the way sessions start.

const MEMORY_ONLY = 'This browser does not let Anamnesis save here (private mode?), so the case is kept only until this tab is closed.';
/** Who a tried draft's session belongs to when no student name has been given yet. */
const AUTHOR_NAME = 'Case author';

interface Opened {
  source: string;
  heading: string;
}

async function openDraft(services: AppServices, caseKey: string | undefined): Promise<Opened | undefined> {
  if (caseKey === undefined) return { source: TEMPLATE_YAML, heading: 'New case' };
  const entry = findCaseByKey(await services.library(), caseKey);
  if (!entry) return undefined;
  const heading = `Copy of “${entry.case.title}”`;
  if (!isStored(entry)) return { source: caseToYaml(entry.case), heading };
  // A stored case opens with its own text, comments and all.
  const { cases } = await services.sessions();
  const record = (await cases.listCaseRevisions(entry.case.id)).find((revision) => revision.hash === entry.hash);
  return { source: record?.yaml ?? caseToYaml(entry.case), heading };
}

export function AuthoringPage({ caseKey }: { caseKey?: string }) {
  const services = useServices();
  const settings = useAppSettings();
  const studentName = useStudent((state) => state.name);
  const [, navigate] = useLocation();
  const opened = useAsync(() => openDraft(services, caseKey), [caseKey]);
  const memoryKey = caseKey ?? 'new';
  // Read once: later edits are remembered, not reloaded. A discard starts the editor afresh.
  const [restored, setRestored] = useState(() => rememberedDraft(memoryKey));
  const [generation, setGeneration] = useState(0);
  const original = opened.status === 'ready' ? opened.value?.source : undefined;
  const remember = useCallback(
    (source: string) => (source === original ? forgetDraft(memoryKey) : rememberDraft(memoryKey, source)),
    [original, memoryKey],
  );

  if (opened.status === 'loading') return <p role="status">Loading the case…</p>;
  if (opened.status === 'failed') return <LoadFailed what="the case" />;
  if (!opened.value) return <p role="alert">There is no case "{caseKey}" to open. <Link href="/author">Start a new case</Link></p>;

  const actions: DraftActions = {
    save: async (draft) => {
      // Storage is opened (and persistence asked for) on the first save, not on opening the editor.
      const { cases, problem } = await services.sessions();
      const { id, version, title, language } = draft.case;
      const saved = await cases.saveCase({ id, version, title, language, yaml: draft.yaml, hash: draft.hash, savedAt: Date.now(), source: 'editor' });
      return { revision: saved.revision, note: problem ? MEMORY_ONLY : undefined };
    },
    tryIt: async (draft) => {
      const [{ store }, choice] = await Promise.all([services.sessions(), services.choosePatient(draft.case, settings)]);
      const sessionId = await startSession(store, {
        ...draft,
        studentName: studentName || AUTHOR_NAME,
        patient: choice.record,
        timeLimitMinutes: draft.case.doorNote.timeLimitMinutes,
      });
      navigate(`/session/${sessionId}`);
    },
  };

  return (
    <section className="authoring-page" aria-labelledby="authoring-title">
      <h2 id="authoring-title">{opened.value.heading}</h2>
      <p className="field-hint">
        Edit the case file; it is checked as you type, like <code>npm run cases:check</code>. Saving adds a revision in this browser; earlier
        ones are kept. <Link href="/">Back to the cases</Link>
      </p>
      {restored !== undefined && restored !== opened.value.source && (
        <div className="banner banner-warning authoring-restored">
          <p>
            Your unsaved changes from earlier in this tab are back.{' '}
            <button
              type="button"
              className="button button-small"
              onClick={() => {
                forgetDraft(memoryKey);
                setRestored(undefined);
                setGeneration((n) => n + 1);
              }}
            >
              Discard them
            </button>
          </p>
        </div>
      )}
      <AuthoringEditor key={generation} initialSource={restored ?? opened.value.source} actions={actions} onSourceChange={remember} />
    </section>
  );
}
