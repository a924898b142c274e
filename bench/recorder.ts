import { onCommit, renderedComponents } from './react-commits';
import type { StreamResult } from './types';

// Records, while a reply streams, every frame (when it began and when its rendering was done)
// and every React commit (when, in which frame, how much of the reply it showed), then works out
// per chunk how long it took from arrival to paint.
//
// When is a commit painted? A commit made inside a requestAnimationFrame callback is painted by
// that frame's rendering step; one made elsewhere (a timer, the end of the stream) waits for the
// next frame. React commits a store update in a microtask after the code that set it, so "inside
// a frame callback" lasts until the microtasks that callback queued have run. The end of a
// frame's rendering is taken as the moment a message posted from its first frame callback is
// delivered: a task that can only run after the rendering step (style, layout, paint) is done.

const nativeFrame = window.requestAnimationFrame.bind(window);
let frameTimestamp: number | undefined;
// Frame callbacks of the page (the store's frame batcher) are tagged with their frame's timestamp.
window.requestAnimationFrame = (callback) =>
  nativeFrame((timestamp) => {
    frameTimestamp = timestamp;
    try {
      callback(timestamp);
    } finally {
      queueMicrotask(() => (frameTimestamp = undefined));
    }
  });

interface Frame {
  timestamp: number;
  start: number;
  end: number;
}

interface Commit {
  at: number;
  frameTimestamp: number | undefined;
  /** Characters of the reply on screen after this commit. */
  visible: number;
  rendered?: string[];
}

export interface RecordingOptions {
  /** Characters of the reply the store holds now (streaming or finished). */
  visible(): number;
  profile: boolean;
}

export interface Recording {
  frames: Frame[];
  commits: Commit[];
  longTasks: PerformanceEntry[];
}

export function startRecording({ visible, profile }: RecordingOptions): { stop(): Promise<Recording> } {
  const frames: Frame[] = [];
  const commits: Commit[] = [];
  const longTasks: PerformanceEntry[] = [];
  let stopped = false;

  const channel = new MessageChannel();
  channel.port1.onmessage = (event: MessageEvent<number>) => {
    const frame = frames[event.data];
    if (frame) frame.end = performance.now();
  };
  const loop = (timestamp: number) => {
    if (stopped) return;
    frames.push({ timestamp, start: performance.now(), end: Number.NaN });
    channel.port2.postMessage(frames.length - 1);
    nativeFrame(loop);
  };
  nativeFrame(loop);

  onCommit((root) => {
    commits.push({ at: performance.now(), frameTimestamp, visible: visible(), rendered: profile ? renderedComponents(root) : undefined });
  });
  const observer = new PerformanceObserver((list) => longTasks.push(...list.getEntries()));
  observer.observe({ type: 'longtask' });

  return {
    async stop() {
      // Two more frames, so the last commit's frame has ended and been recorded.
      for (let i = 0; i < 2; i++) await new Promise<void>((resolve) => nativeFrame(() => setTimeout(resolve, 0)));
      stopped = true;
      onCommit(undefined);
      longTasks.push(...observer.takeRecords());
      observer.disconnect();
      channel.port1.close();
      return { frames, commits, longTasks };
    },
  };
}

function percentile(sorted: readonly number[], p: number): number {
  if (!sorted.length) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

function tally(into: Record<string, number>, names: readonly string[] = []) {
  for (const name of names) into[name] = (into[name] ?? 0) + 1;
}

/** `arrivals[i]`: when chunk i reached the page; `pieces[i]`: its text. */
export function summarise(
  recording: Recording,
  pieces: readonly string[],
  arrivals: readonly number[],
  turns: number,
  profile: boolean,
): StreamResult {
  const { frames, commits } = recording;
  const paintFrame = (commit: Commit) =>
    commit.frameTimestamp !== undefined
      ? frames.findIndex((f) => f.timestamp === commit.frameTimestamp)
      : frames.findIndex((f) => f.start > commit.at);

  // Each chunk is painted by the frame of the first commit that shows all of it.
  const ends: number[] = [];
  let length = 0;
  for (const piece of pieces) ends.push((length += piece.length));
  const latencies: number[] = [];
  const waits: number[] = [];
  const works: number[] = [];
  let onTime = 0;
  let shown = 0;
  let lastPaint = Number.NaN;
  const perFrame = new Map<number, { all: number; stream: number }>();
  const renders = { stream: {} as Record<string, number>, other: {} as Record<string, number> };
  let previousVisible = 0;
  let streamCommits = 0;
  for (const commit of commits) {
    const index = paintFrame(commit);
    const frame = frames[index];
    const isStream = commit.visible > previousVisible;
    previousVisible = Math.max(previousVisible, commit.visible);
    if (isStream) streamCommits++;
    tally(isStream ? renders.stream : renders.other, commit.rendered);
    const count = perFrame.get(index) ?? { all: 0, stream: 0 };
    count.all++;
    if (isStream) count.stream++;
    perFrame.set(index, count);
    if (!frame) throw new Error('A commit was not followed by a recorded frame.');
    while (shown < pieces.length && (ends[shown] ?? Infinity) <= commit.visible) {
      const arrival = arrivals[shown] ?? Number.NaN;
      latencies.push(frame.end - arrival);
      waits.push(frame.start - arrival);
      works.push(frame.end - frame.start);
      if (frames.findIndex((f) => f.start > arrival) === index) onTime++;
      lastPaint = frame.end;
      shown++;
    }
  }
  if (shown < pieces.length) throw new Error(`Only ${shown} of ${pieces.length} chunks were painted.`);

  const firstArrival = arrivals[0] ?? Number.NaN;
  const inStream = [...perFrame.entries()].filter(([index]) => (frames[index]?.start ?? -1) >= firstArrival);
  const streamFrames = frames.filter((f) => f.start >= firstArrival && f.end <= lastPaint).length;
  for (const list of [latencies, waits, works]) list.sort((a, b) => a - b);
  return {
    turns,
    tokens: pieces.length,
    chars: length,
    streamMs: lastPaint - firstArrival,
    frames: streamFrames,
    commits: commits.length,
    streamCommits,
    maxStreamCommitsPerFrame: Math.max(0, ...inStream.map(([, c]) => c.stream)),
    maxCommitsPerFrame: Math.max(0, ...inStream.map(([, c]) => c.all)),
    latency: { p50: percentile(latencies, 50), p95: percentile(latencies, 95), max: latencies.at(-1) ?? Number.NaN },
    frameWait: { p50: percentile(waits, 50), p95: percentile(waits, 95) },
    frameWork: { p50: percentile(works, 50), p95: percentile(works, 95) },
    nextFrameShare: onTime / pieces.length,
    longTasks: { count: recording.longTasks.length, ms: recording.longTasks.reduce((sum, t) => sum + t.duration, 0) },
    renders: profile ? renders : undefined,
  };
}
