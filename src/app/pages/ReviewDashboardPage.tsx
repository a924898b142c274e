// Placeholder: being written (issue 5).
export function ReviewDashboardPage(_props: Record<string, string | undefined>) {
  return <p role="status">Not written yet.</p>;
}
