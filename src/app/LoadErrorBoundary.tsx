import { Component, type ReactNode } from 'react';

// Catches what a lazy chunk throws when it cannot be fetched (offline, or a deploy replaced it),
// so the page keeps its frame and says what to do instead of going blank.

interface LoadErrorBoundaryProps {
  what: string;
  children: ReactNode;
}

export class LoadErrorBoundary extends Component<LoadErrorBoundaryProps, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  componentDidCatch(error: unknown): void {
    console.error(`Could not load ${this.props.what}:`, error);
  }

  render() {
    if (!this.state.failed) return this.props.children;
    return (
      <div role="alert" className="load-error">
        <p>Could not load {this.props.what}. Check your connection, then reload the page.</p>
        <button type="button" onClick={() => window.location.reload()}>
          Reload
        </button>
      </div>
    );
  }
}
