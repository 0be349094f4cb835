import { Component, type ReactNode } from 'react';

interface State {
  error: Error | null;
}

/** A view that throws shows the error instead of blanking the page; the next analysis retries. */
export class ErrorBoundary extends Component<{ children: ReactNode; resetKey: unknown }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidUpdate(previous: { resetKey: unknown }): void {
    if (previous.resetKey !== this.props.resetKey && this.state.error !== null) this.setState({ error: null });
  }

  override render(): ReactNode {
    if (this.state.error !== null) {
      return (
        <div className="panel-error" role="alert">
          This view failed to draw: {this.state.error.message.slice(0, 300)}. Please report it with the input.
        </div>
      );
    }
    return this.props.children;
  }
}
