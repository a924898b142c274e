import { SessionRecord, StoredCaseRecord, TurnRecord } from '../../src/db';
import { makeNewCase, makeSession, makeTurn } from './fixtures';

function withPatient(patient: Record<string, unknown>) {
  const session = makeSession();
  return { ...session, patient: { ...session.patient, kind: 'llm', ...patient } };
}

describe('stored shapes', () => {
  it('accepts a minimal scripted session and a minimal turn', () => {
    expect(SessionRecord.safeParse(makeSession()).success).toBe(true);
    expect(TurnRecord.safeParse(makeTurn(crypto.randomUUID(), 0)).success).toBe(true);
  });

  it.each(['apiKey', 'key', 'authorization'])('never stores a %s next to the patient settings', (field) => {
    expect(SessionRecord.safeParse(withPatient({ [field]: 'sk-secret' })).success).toBe(false);
  });

  it('rejects unknown fields at the top level of a session and a turn', () => {
    expect(SessionRecord.safeParse({ ...makeSession(), apiKey: 'sk-secret' }).success).toBe(false);
    expect(TurnRecord.safeParse({ ...makeTurn(crypto.randomUUID(), 0), raw: {} }).success).toBe(false);
  });

  it.each([
    'https://user:sk-secret@api.example.com/v1',
    'https://api.example.com/v1?api_key=sk-secret',
    'https://api.example.com/v1?key=AIza-secret',
    'https://api.example.com/v1?token=abc',
  ])('rejects a base URL that carries credentials: %s', (baseUrl) => {
    expect(SessionRecord.safeParse(withPatient({ baseUrl })).success).toBe(false);
  });

  it.each(['http://localhost:11434/v1', 'https://api.openai.com/v1', 'https://example.com/v1?api-version=2024-10-21', '/llm/v1'])(
    'accepts an ordinary base URL: %s',
    (baseUrl) => {
      expect(SessionRecord.safeParse(withPatient({ baseUrl })).success).toBe(true);
    },
  );

  it('requires a uuid session id and whole-number versions and indexes', () => {
    expect(SessionRecord.safeParse(makeSession({ id: 'session-1' })).success).toBe(false);
    expect(SessionRecord.safeParse(makeSession({ caseVersion: 1.5 })).success).toBe(false);
    expect(TurnRecord.safeParse({ ...makeTurn(crypto.randomUUID(), 0), index: 0.5 }).success).toBe(false);
  });

  describe('stored case', () => {
    const stored = { ...makeNewCase(), key: 'minimal-case@1', revision: 1 };

    it('accepts a revision whose key is id@revision', () => {
      expect(StoredCaseRecord.safeParse(stored).success).toBe(true);
    });

    it.each([
      ['a key that does not match', { key: 'minimal-case@2' }],
      ['revision 0', { revision: 0, key: 'minimal-case@0' }],
      ['an unknown source', { source: 'upload' }],
      ['an empty text', { yaml: '' }],
      ['an unknown field', { fileName: 'minimal-case.yaml' }],
    ])('rejects %s', (_, change) => {
      expect(StoredCaseRecord.safeParse({ ...stored, ...change }).success).toBe(false);
    });
  });
});
