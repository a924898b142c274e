import { parseBundle } from '../../src/review/bundle/parse-bundle';
import { buildBundle, bundleFileName } from '../../src/review/bundle/export-bundle';
import { importBundleFile, importBundleFiles, describeReport } from '../../src/review/bundle/import-file';
import { MAX_BUNDLE_BYTES } from '../../src/review/bundle/bundle-schema';
import { bundleText, contentsOf, fileOf, sessionWithTurns, snapshotOfMinimalCase, stores } from './bundle-fixtures';

describe('the bundle file', () => {
  it('names the file after the student and the day, with safe characters only', () => {
    expect(bundleFileName('Zoë O’Brien / Group 3', Date.UTC(2026, 10, 25))).toBe('anamnesis-zoe-o-brien-group-3-2026-11-25.anamnesis.json');
    expect(bundleFileName('', Date.UTC(2026, 0, 2))).toBe('anamnesis-sessions-2026-01-02.anamnesis.json');
  });

  it('refuses to build a bundle without the case of every session', async () => {
    const snapshot = await snapshotOfMinimalCase();
    expect(() => buildBundle([sessionWithTurns(snapshot)], [])).toThrow(/No case snapshot/);
  });

  it('parses what it wrote, with one digest per session and the case once', async () => {
    const snapshot = await snapshotOfMinimalCase();
    const a = sessionWithTurns(snapshot);
    const b = sessionWithTurns(snapshot, { studentName: 'Ben' });
    const parsed = await parseBundle(bundleText([a, b], [snapshot, snapshot]), 'x.anamnesis.json');
    if (!parsed.ok) throw new Error(parsed.problem.message);
    expect(parsed.batch.entries.map((e) => e.session)).toEqual([a.session, b.session]);
    expect(parsed.batch.entries[0]?.turns).toEqual(a.turns);
    expect(parsed.batch.entries.every((e) => /^[0-9a-f]{64}$/.test(e.digest))).toBe(true);
    expect(parsed.batch.snapshots).toHaveLength(1);
  });

  it('never carries an API key, however the session was made', async () => {
    const snapshot = await snapshotOfMinimalCase();
    const entry = sessionWithTurns(snapshot, {
      patient: { kind: 'llm', provider: 'openai', baseUrl: 'https://api.example.com/v1', model: 'gpt-x', promptVersion: 'p1', promptHash: 'h' },
    });
    // A key smuggled into a record is refused by the stored schema before it can be exported…
    const withKey = { ...entry, session: { ...entry.session, patient: { ...entry.session.patient, apiKey: 'sk-secret-123' } } };
    const text = bundleText([withKey], [snapshot]);
    const parsed = await parseBundle(text, 'k.anamnesis.json');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problem.where).toBe('content.sessions[0].session.patient.apiKey');
    // …and a clean one has no field for it.
    expect(bundleText([entry], [snapshot])).not.toMatch(/api[-_]?key|sk-secret/i);
  });
});

// Each bad file: the reason names the field or position, and the store is left exactly as it was.
describe.each(stores)('importing bundles (%s)', (_kind, open) => {
  async function storeWithOneSession() {
    const store = await open();
    const snapshot = await snapshotOfMinimalCase();
    const local = sessionWithTurns(snapshot, { studentName: 'Local' });
    await store.putCaseSnapshot(snapshot);
    await store.createSession(local.session);
    await store.putTurns(local.turns);
    return { store, snapshot, local, before: await contentsOf(store, [snapshot.hash]) };
  }

  it('imports sessions from another browser with their turns and case, and the round trip is exact', async () => {
    const student = await storeWithOneSession();
    const instructor = await open();
    const text = bundleText([student.local], [student.snapshot]);
    const report = await importBundleFile(instructor, fileOf('ada.anamnesis.json', text));
    expect(report).toMatchObject({ kind: 'imported', imported: 1, duplicates: 0, revisions: 0 });
    const stored = await instructor.getSession(student.local.session.id);
    const { origin, ...rest } = stored ?? {};
    expect(rest).toEqual(student.local.session);
    expect(origin).toMatchObject({ kind: 'import', sourceId: student.local.session.id, file: 'ada.anamnesis.json', revision: 1 });
    expect(await instructor.listTurns(student.local.session.id)).toEqual(student.local.turns);
    expect(await instructor.getCaseSnapshot(student.snapshot.hash)).toEqual(student.snapshot);
  });

  it('skips the same session again (same id and content) and says so', async () => {
    const { store, snapshot, local, before } = await storeWithOneSession();
    const report = await importBundleFile(store, fileOf('again.anamnesis.json', bundleText([local], [snapshot])));
    expect(report).toMatchObject({ kind: 'imported', imported: 0, duplicates: 1 });
    if (report.kind === 'imported') expect(describeReport(report)).toBe('0 sessions imported, 1 already here (skipped)');
    expect(await contentsOf(store, [snapshot.hash])).toEqual(before);
  });

  it('keeps the same id with different content as a separate revision, overwriting nothing', async () => {
    const { store, snapshot, local, before } = await storeWithOneSession();
    const changed = { session: { ...local.session, note: { summary: 'Changed elsewhere', differential: ['Asthma'], plan: '', submittedAt: 1_700_000_700_000 } }, turns: local.turns };
    const report = await importBundleFile(store, fileOf('changed.anamnesis.json', bundleText([changed], [snapshot])));
    expect(report).toMatchObject({ kind: 'imported', imported: 0, revisions: 1 });
    expect(await store.getSession(local.session.id)).toEqual(before.withTurns[0]?.session);
    expect(await store.listTurns(local.session.id)).toEqual(local.turns);
    const outcome = report.kind === 'imported' ? report.outcomes[0] : undefined;
    if (outcome?.kind !== 'revision') throw new Error('expected a revision');
    const revision = await store.getSession(outcome.sessionId);
    expect(revision?.note?.summary).toBe('Changed elsewhere');
    expect(revision?.origin).toMatchObject({ sourceId: local.session.id, revision: 2 });
    const turns = await store.listTurns(outcome.sessionId);
    expect(turns.map((t) => t.text)).toEqual(local.turns.map((t) => t.text));
    expect(turns.every((t) => t.sessionId === outcome.sessionId && !local.turns.some((l) => l.id === t.id))).toBe(true);

    // The same changed file again is now a duplicate of the revision.
    const again = await importBundleFile(store, fileOf('changed.anamnesis.json', bundleText([changed], [snapshot])));
    expect(again).toMatchObject({ duplicates: 1, revisions: 0 });
  });

  it('still recognises an imported session after an instructor has reviewed it', async () => {
    const store = await open();
    const snapshot = await snapshotOfMinimalCase();
    const entry = sessionWithTurns(snapshot);
    const text = bundleText([entry], [snapshot]);
    await importBundleFile(store, fileOf('a.anamnesis.json', text));
    await store.updateSession(entry.session.id, { studentName: 'Renamed by the instructor' });
    expect(await importBundleFile(store, fileOf('a.anamnesis.json', text))).toMatchObject({ duplicates: 1, revisions: 0 });
  });

  const broken: [string, (text: string) => string, RegExp, RegExp][] = [
    ['truncated', (text) => text.slice(0, Math.floor(text.length / 2)), /^line 1, column \d+$/, /cut short/],
    ['not JSON', () => '{\n  "format": "anamnesis-sessions",\n  oops\n}', /^line 3, column \d+$/, /not valid JSON/],
    ['another kind of file', () => JSON.stringify({ name: 'package', version: '1.0.0' }), /^format$/, /not an Anamnesis sessions file/],
    ['a newer version', (text) => text.replace('"version":1', '"version":2'), /^version$/, /newer Anamnesis/],
    ['a malformed field', (text) => text.replace(/"caseId":"minimal-case"/, '"caseId":""'), /^content\.sessions\[0\]\.session\.caseId$/, /must not be empty/],
    ['an unknown field', (text) => text.replace('"studentName":', '"password":"x","studentName":'), /^content\.sessions\[0\]\.session\.password$/, /Unrecognized key|not a known/i],
    ['changed after export', (text) => text.replace('turn 2', 'turn two'), /^digest$/, /changed or damaged/],
  ];

  it.each(broken)('rejects a %s file with the file, the field and the reason, and stores nothing from it', async (_name, breakIt, where, message) => {
    const { store, snapshot, before } = await storeWithOneSession();
    const a = sessionWithTurns(snapshot, { studentName: 'A' });
    const b = sessionWithTurns(snapshot, { studentName: 'B' });
    const text = breakIt(bundleText([a, b], [snapshot]));
    const report = await importBundleFile(store, fileOf('bad.anamnesis.json', text));
    if (report.kind !== 'rejected') throw new Error('expected a rejection');
    expect(report.problem.file).toBe('bad.anamnesis.json');
    expect(report.problem.where).toMatch(where);
    expect(report.problem.message).toMatch(message);
    expect(await contentsOf(store, [snapshot.hash])).toEqual(before);
  });

  it('refuses a file over 50 MB before reading it', async () => {
    const { store, snapshot, before } = await storeWithOneSession();
    let read = false;
    const huge = { name: 'huge.anamnesis.json', size: MAX_BUNDLE_BYTES + 1, text: async () => ((read = true), '{}') };
    const report = await importBundleFile(store, huge);
    expect(report).toMatchObject({ kind: 'rejected', problem: { message: expect.stringMatching(/over 50 MB/) } });
    expect(read).toBe(false);
    expect(await contentsOf(store, [snapshot.hash])).toEqual(before);
  });

  it('imports the good files of a batch and rejects the bad one between them', async () => {
    const store = await open();
    const snapshot = await snapshotOfMinimalCase();
    const [a, b] = [sessionWithTurns(snapshot, { studentName: 'A' }), sessionWithTurns(snapshot, { studentName: 'B' })];
    const reports = await importBundleFiles(store, [
      fileOf('a.anamnesis.json', bundleText([a], [snapshot])),
      fileOf('broken.anamnesis.json', '{"format":"anamnesis-sessions","version":1,'),
      fileOf('b.anamnesis.json', bundleText([b], [snapshot])),
    ]);
    expect(reports.map((r) => r.kind)).toEqual(['imported', 'rejected', 'imported']);
    expect((await store.listSessions()).sessions.map((s) => s.studentName).sort()).toEqual(['A', 'B']);
  });

  it('rejects a whole file when one of its sessions cannot be stored, keeping the others out too', async () => {
    const { store, snapshot, local, before } = await storeWithOneSession();
    const fresh = sessionWithTurns(snapshot, { studentName: 'Fresh' });
    // A turn id that already belongs to the local session: storing it would replace that turn.
    const clash = { session: fresh.session, turns: fresh.turns.map((t, i) => (i === 0 ? { ...t, id: local.turns[0]?.id ?? '' } : t)) };
    const report = await importBundleFile(store, fileOf('clash.anamnesis.json', bundleText([sessionWithTurns(snapshot, { studentName: 'Other' }), clash], [snapshot])));
    expect(report).toMatchObject({ kind: 'rejected', problem: { message: expect.stringMatching(/nothing from it was stored/) } });
    expect(await contentsOf(store, [snapshot.hash])).toEqual(before);
  });
});
