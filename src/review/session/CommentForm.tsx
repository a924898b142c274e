import { useState } from 'react';

// A textarea and a save button, for a comment on one turn or on the whole session.

interface Props {
  label: string;
  /** Resolves true once the comment is stored. */
  onSave(text: string): Promise<boolean>;
  onCancel?(): void;
  autoFocus?: boolean;
}

export function CommentForm({ label, onSave, onCancel, autoFocus }: Props) {
  const [text, setText] = useState('');
  return (
    <form
      className="comment-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (!text.trim()) return;
        void onSave(text).then((saved) => saved && setText(''));
      }}
    >
      <textarea aria-label={label} value={text} rows={3} autoFocus={autoFocus} onChange={(event) => setText(event.target.value)} />
      <div className="comment-actions">
        <button type="submit" className="button button-small" disabled={!text.trim()}>
          Save comment
        </button>
        {onCancel && (
          <button type="button" className="button button-small" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
