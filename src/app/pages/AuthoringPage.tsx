// Placeholder: being written (issue 6).
export function AuthoringPage(_props: { caseKey?: string }) {
  return <p role="status">Not written yet.</p>;
}
