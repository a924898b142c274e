// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/app/App';
import { createBrowserServices } from '../../src/app/services';
import { createMemoryStore } from '../../src/db';
import { ImportSessions } from '../../src/review/bundle';
import { parseBundle } from '../../src/review/bundle/parse-bundle';
import '../support/blob-text';
import { sessionWithTurns, snapshotOfMinimalCase } from './bundle-fixtures';

// A student exports from "My sessions"; the file imports through "Import sessions".

afterEach(cleanup);

/** The text of every file the page downloads (jsdom has no object URLs or downloads). */
function captureDownloads(): { name: string; blob: Blob }[] {
  const saved: { name: string; blob: Blob }[] = [];
  const blobs = new Map<string, Blob>();
  URL.createObjectURL = (blob: Blob) => {
    const url = `blob:test/${blobs.size}`;
    blobs.set(url, blob);
    return url;
  };
  URL.revokeObjectURL = () => {};
  HTMLAnchorElement.prototype.click = function click(this: HTMLAnchorElement) {
    const blob = blobs.get(this.href);
    if (blob) saved.push({ name: this.download, blob });
  };
  return saved;
}


function asFile(name: string, text: string): File {
  return new File([text], name, { type: 'application/json' });
}

it('exports every session from My sessions as one bundle, and one session from its row', async () => {
  const downloads = captureDownloads();
  const services = createBrowserServices();
  const { store } = await services.sessions();
  const snapshot = await snapshotOfMinimalCase();
  const first = sessionWithTurns(snapshot, { studentName: 'Ada Lovelace', startedAt: 1_700_000_000_000, updatedAt: 1_700_000_000_000 });
  const second = sessionWithTurns(snapshot, { studentName: 'Ada Lovelace', startedAt: 1_700_100_000_000, updatedAt: 1_700_100_000_000 });
  await store.putCaseSnapshot(snapshot);
  for (const { session, turns } of [first, second]) {
    await store.createSession(session);
    await store.putTurns(turns);
  }

  window.location.hash = '#/sessions';
  await act(async () => {
    render(<App services={services} />);
  });
  const user = userEvent.setup();
  await user.click(await screen.findByRole('button', { name: 'Export sessions' }));
  await screen.findByText(/Saved 2 sessions to anamnesis-ada-lovelace-\d{4}-\d\d-\d\d\.anamnesis\.json/);

  const [all] = downloads;
  expect(all?.name).toMatch(/^anamnesis-ada-lovelace-.*\.anamnesis\.json$/);
  const parsed = await parseBundle(await (all?.blob ?? new Blob()).text(), 'all');
  if (!parsed.ok) throw new Error(parsed.problem.message);
  expect(parsed.batch.entries.map((e) => e.session.id).sort()).toEqual([first.session.id, second.session.id].sort());
  expect(parsed.batch.entries.every((e) => e.turns.length === 4)).toBe(true);

  // Newest first: the first row is the second session.
  const [newest] = screen.getAllByRole('button', { name: 'Export: Cough for three weeks' });
  await user.click(newest as HTMLElement);
  await waitFor(() => expect(downloads).toHaveLength(2));
  const one = await parseBundle(await (downloads[1]?.blob ?? new Blob()).text(), 'one');
  expect(one.ok && one.batch.entries.map((e) => e.session.id)).toEqual([second.session.id]);
});

it('imports picked files one by one and reports each: imported, skipped, or rejected with the field', async () => {
  const store = createMemoryStore();
  const snapshot = await snapshotOfMinimalCase();
  const entry = sessionWithTurns(snapshot, { studentName: 'Ben' });
  const { buildBundle, serializeBundle } = await import('../../src/review/bundle/export-bundle');
  const text = serializeBundle(buildBundle([entry], [snapshot]));
  let refreshed = 0;
  render(<ImportSessions store={store} onImported={() => refreshed++} />);

  await userEvent.setup().upload(screen.getByLabelText('Import sessions'), [
    asFile('ben.anamnesis.json', text),
    asFile('ben-again.anamnesis.json', text),
    asFile('broken.anamnesis.json', text.replace('"studentName":"Ben"', '"studentName":7')),
  ]);

  // Files are reported as each one is done: wait for all three.
  await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(3));
  const results = screen.getAllByRole('listitem');
  expect(results.map((li) => li.textContent)).toEqual([
    'ben.anamnesis.json: 1 session imported',
    'ben-again.anamnesis.json: 0 sessions imported, 1 already here (skipped)',
    expect.stringMatching(/^broken\.anamnesis\.json: Rejected: content\.sessions\[0\]\.session\.studentName /),
  ]);
  expect(refreshed).toBe(1);
  expect((await store.listSessions()).sessions.map((s) => s.studentName)).toEqual(['Ben']);
});

it('imports files dropped on the control', async () => {
  const store = createMemoryStore();
  const snapshot = await snapshotOfMinimalCase();
  const { buildBundle, serializeBundle } = await import('../../src/review/bundle/export-bundle');
  const text = serializeBundle(buildBundle([sessionWithTurns(snapshot, { studentName: 'Dropped' })], [snapshot]));
  render(<ImportSessions store={store} onImported={() => {}} />);
  const zone = screen.getByLabelText('Import sessions').closest('div') as HTMLElement;
  fireEvent.dragOver(zone, { dataTransfer: { files: [] } });
  fireEvent.drop(zone, { dataTransfer: { files: [asFile('dropped.anamnesis.json', text)] } });
  await screen.findByText(/1 session imported/);
  expect((await store.listSessions()).sessions.map((s) => s.studentName)).toEqual(['Dropped']);
});
