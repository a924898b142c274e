import Dexie from 'dexie';
import type { AnamnesisDatabase } from './database';
import { parseRecord } from './record-errors';
import { TurnRecord } from './schema';
import { guardStorage } from './storage-errors';

export function parseTurn(value: unknown): TurnRecord {
  return parseRecord(TurnRecord, 'turn', value);
}

/** Validates every turn before any is written, so one bad turn stops the whole batch. */
export function parseTurns(values: readonly unknown[]): TurnRecord[] {
  return values.map((value, index) => parseRecord(TurnRecord, 'turn', value, ['turns', index]));
}

/** A turn still `streaming` when the session is reopened was cut off by a reload or a closed tab. */
export function asInterrupted(turn: TurnRecord): TurnRecord {
  return parseTurn({ ...turn, status: 'interrupted' });
}

function turnsOf(db: AnamnesisDatabase, sessionId: string) {
  return db.turns.where('[sessionId+index]').between([sessionId, Dexie.minKey], [sessionId, Dexie.maxKey], true, true);
}

/** Inserts or replaces the turn with the same id. */
export async function putTurn(db: AnamnesisDatabase, turn: TurnRecord): Promise<TurnRecord> {
  const valid = parseTurn(turn);
  await guardStorage(() => db.turns.put(valid));
  return valid;
}

/** Inserts or replaces all turns in one transaction: all are written or none. */
export async function putTurns(db: AnamnesisDatabase, turns: readonly TurnRecord[]): Promise<TurnRecord[]> {
  const valid = parseTurns(turns);
  await guardStorage(() => db.transaction('rw', db.turns, () => db.turns.bulkPut(valid)));
  return valid;
}

/** The session's turns in conversation order. */
export async function listTurns(db: AnamnesisDatabase, sessionId: string): Promise<TurnRecord[]> {
  return guardStorage(() => turnsOf(db, sessionId).toArray());
}

/** Marks the session's `streaming` turns `interrupted` and returns them, in order. */
export async function markInterrupted(db: AnamnesisDatabase, sessionId: string): Promise<TurnRecord[]> {
  return guardStorage(() =>
    db.transaction('rw', db.turns, async () => {
      const cutOff = await turnsOf(db, sessionId)
        .filter((turn) => turn.status === 'streaming')
        .toArray();
      const interrupted = cutOff.map(asInterrupted);
      await db.turns.bulkPut(interrupted);
      return interrupted;
    }),
  );
}
