import { caseSortKey, studentKeyOf, summarize, type SessionSummary } from '../../src/db';
import { csvCell, gradebookCsv, GRADEBOOK_HEADER } from '../../src/review/gradebook/csv';
import { makeSession } from '../db/fixtures';

function summary(overrides: Partial<SessionSummary> = {}): SessionSummary {
  const row = summarize(makeSession({ status: 'ended', startedAt: Date.UTC(2026, 10, 3, 9, 30), endedAt: Date.UTC(2026, 10, 3, 9, 42, 30) }));
  const merged = { ...row, ...overrides };
  return { ...merged, studentKey: studentKeyOf(merged.studentName), caseKey: caseSortKey(merged.caseTitle, merged.caseId) };
}

/** RFC 4180 records back into fields, to check the quoting round-trips. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') record.push(field), (field = '');
    else if (c === '\r' && text[i + 1] === '\n') record.push(field), records.push(record), (record = []), (field = ''), i++;
    else field += c;
  }
  return records;
}

describe('gradebook CSV', () => {
  it('starts with the UTF-8 byte order mark and the header, and ends every line with CRLF', () => {
    const csv = gradebookCsv([summary()]);
    expect(csv.startsWith('\uFEFFstudent,case,case id,date,duration (minutes),score,reviewed score,critical misses,flags,reviewed\r\n')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(3);
    expect(csv.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
  });

  it('writes one row per session: ISO date, minutes, both scores, misses, flags, yes/no', () => {
    const rows = [
      summary({ graderScore: 62.5, reviewedScore: 70, criticalMissed: 2, flags: 1, reviewed: 1 }),
      summary({ studentName: 'Ben', durationMs: null, graderScore: null, reviewedScore: null, criticalMissed: 0, flags: 0, reviewed: 0 }),
    ];
    const [header, first, second] = parseCsv(gradebookCsv(rows).slice(1));
    expect(header).toEqual([...GRADEBOOK_HEADER]);
    expect(first).toEqual(['Ada', 'Abdominal distension after surgery', 'postop-ileus', '2026-11-03T09:30:00.000Z', '12.5', '62.5', '70', '2', '1', 'yes']);
    expect(second).toEqual(['Ben', 'Abdominal distension after surgery', 'postop-ileus', '2026-11-03T09:30:00.000Z', '', '', '', '0', '0', 'no']);
  });

  it('quotes commas, quotes and line breaks (RFC 4180), and keeps accents', () => {
    const tricky = 'Núñez, "Chloé"\nsecond line';
    const csv = gradebookCsv([summary({ studentName: tricky, caseTitle: 'Pain, chest' })]);
    expect(csv).toContain('"Núñez, ""Chloé""\nsecond line","Pain, chest",');
    expect(parseCsv(csv.slice(1))[1]?.slice(0, 2)).toEqual([tricky, 'Pain, chest']);
  });

  it.each([
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ['+1', "'+1"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['\r=1', `"'\r=1"`],
    ['Ada = fine', 'Ada = fine'],
  ])('defuses a cell that a spreadsheet would read as a formula: %j', (text, cell) => {
    expect(csvCell(text)).toBe(cell);
  });

  it('leaves numbers and empty values as they are', () => {
    expect(csvCell(0)).toBe('0');
    expect(csvCell(null)).toBe('');
    expect(csvCell('')).toBe('');
  });
});
