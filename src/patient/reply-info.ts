import type { ReplyInfo } from './types';

/**
 * The `info` of a reply, settled by whoever streams it. A failure is also thrown by the
 * stream, so a consumer that handles it there need not handle it here too.
 */
export function pendingReplyInfo(): { info: Promise<ReplyInfo>; settle(info: ReplyInfo): void; fail(error: unknown): void } {
  let settle: (info: ReplyInfo) => void = () => {};
  let fail: (error: unknown) => void = () => {};
  const info = new Promise<ReplyInfo>((resolve, reject) => {
    settle = resolve;
    fail = reject;
  });
  info.catch(() => undefined);
  return { info, settle, fail };
}
