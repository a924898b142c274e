import type { ReviewComment } from '../../db/schema';
import { formatTime } from './format';

// Comments in the order they were written, each with who and when.

export function CommentList({ comments }: { comments: readonly ReviewComment[] }) {
  if (comments.length === 0) return null;
  return (
    <ul className="comment-list">
      {comments.map((comment) => (
        <li key={`${comment.at}:${comment.reviewer}:${comment.text}`} className="comment">
          <p className="comment-text">{comment.text}</p>
          <p className="comment-meta">
            {comment.reviewer}, {formatTime(comment.at)}
          </p>
        </li>
      ))}
    </ul>
  );
}
