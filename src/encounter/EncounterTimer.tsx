import { useEffect, useState } from 'react';

// Time spent in the encounter, and what is left when the case sets a limit.

interface Props {
  startedAt: number;
  limitMinutes?: number;
  onTimeUp?(): void;
  now?: () => number;
}

export function EncounterTimer({ startedAt, limitMinutes, onTimeUp, now = Date.now }: Props) {
  const [time, setTime] = useState(now);
  useEffect(() => {
    const timer = setInterval(() => setTime(now()), 1000);
    return () => clearInterval(timer);
  }, [now]);
  const elapsed = Math.max(0, time - startedAt);
  const left = limitMinutes === undefined ? undefined : limitMinutes * 60_000 - elapsed;
  const timeUp = left !== undefined && left <= 0;
  useEffect(() => {
    if (timeUp) onTimeUp?.();
  }, [timeUp, onTimeUp]);

  return (
    <p className={`encounter-timer${timeUp ? ' time-up' : ''}`} role="timer" aria-label="Encounter time">
      {left === undefined ? clock(elapsed) : timeUp ? 'Time is up' : `${clock(left)} left`}
    </p>
  );
}

function clock(ms: number): string {
  const seconds = Math.floor(ms / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}
