// What the streaming benchmark page reports to scripts/bench.ts.

export interface StreamResult {
  /** Finished turns in the log before the reply. */
  turns: number;
  tokens: number;
  chars: number;
  /** First chunk's arrival to the paint that shows the last chunk. */
  streamMs: number;
  /** Frames painted in that window. */
  frames: number;
  /** Every React commit of the run (the student's turn, the reply, the timer, busy flags). */
  commits: number;
  /** Commits that showed more of the reply. */
  streamCommits: number;
  maxStreamCommitsPerFrame: number;
  /** Counting every commit, whatever caused it. */
  maxCommitsPerFrame: number;
  /** Chunk arrival to the end of the frame that painted it, in ms. */
  latency: { p50: number; p95: number; max: number };
  /** The two parts of that latency: waiting for the next frame to begin, and that frame's work until painted. */
  frameWait: { p50: number; p95: number };
  frameWork: { p50: number; p95: number };
  /** Share of chunks painted by the first frame that began after they arrived. */
  nextFrameShare: number;
  longTasks: { count: number; ms: number };
  /** With ?profile: the components that rendered, summed over stream commits and the rest. */
  renders?: { stream: Record<string, number>; other: Record<string, number> };
}

export interface BenchPage {
  /** Streams the reply once (a page serves one run) and reports. */
  run(): Promise<StreamResult>;
}

declare global {
  interface Window {
    __bench?: BenchPage;
  }
}
