// Placeholder: being written (issue 5).
export function ReviewSessionPage(_props: Record<string, string | undefined>) {
  return <p role="status">Not written yet.</p>;
}
