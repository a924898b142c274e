import type { ReviewComment } from '../../db/schema';
import { CommentForm } from './CommentForm';
import { CommentList } from './CommentList';

// Comments on the session as a whole.

export function OverallComments({ comments, onComment }: { comments: readonly ReviewComment[]; onComment(text: string): Promise<boolean> }) {
  return (
    <section aria-labelledby="review-overall" className="review-section">
      <h3 id="review-overall">Overall comments</h3>
      {comments.length === 0 && <p className="no-print-hint field-hint">No overall comment yet.</p>}
      <CommentList comments={comments} />
      <CommentForm label="Overall comment" onSave={onComment} />
    </section>
  );
}
