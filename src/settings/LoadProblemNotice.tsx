// Says why saved settings were set aside, until the user has read it.

export function LoadProblemNotice({ problem, onDismiss }: { problem: string | null; onDismiss: () => void }) {
  if (!problem) return null;
  return (
    <div className="settings-notice" role="alert">
      <p>{problem}</p>
      <button type="button" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
