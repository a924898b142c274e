import { Link } from 'wouter';
import { CaseList } from '../../case-list';
import { useServices } from '../ServicesContext';
import { useAsync } from './useAsync';

export function CasesPage() {
  const services = useServices();
  const library = useAsync(() => services.library(), []);
  if (library.status === 'loading') return <p role="status">Loading cases…</p>;
  if (library.status === 'failed') return <LoadFailed what="the cases" />;
  return (
    <CaseList
      library={library.value}
      action={(entry) => (
        <Link href={`/case/${entry.case.id}`} className="button button-primary" aria-label={`Start: ${entry.case.title}`}>
          Start
        </Link>
      )}
    />
  );
}

export function LoadFailed({ what }: { what: string }) {
  return (
    <div className="load-error" role="alert">
      <p>Could not load {what}. Check your connection and reload the page.</p>
      <button type="button" onClick={() => window.location.reload()}>
        Reload
      </button>
    </div>
  );
}
