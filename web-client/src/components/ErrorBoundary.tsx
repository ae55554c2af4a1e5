import { Component, type ReactNode } from 'react';
import { ErrorFallback } from './ErrorFallback';

interface ErrorBoundaryProps {
  children: ReactNode;
  /** A new value (the route's path) clears the error, so navigating elsewhere recovers. */
  resetKey?: string;
  /** Outside the layout: the fallback brings its own `<main>` landmark. */
  standalone?: boolean;
}

interface ErrorBoundaryState {
  hasError: boolean;
  resetKey: string | undefined;
}

/**
 * Catches rendering errors below it and shows a friendly message with a retry.
 * (React logs the error itself; reporting it to the server comes with the audit/logging issue.)
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { hasError: false, resetKey: this.props.resetKey };

  static getDerivedStateFromError(): Partial<ErrorBoundaryState> {
    return { hasError: true };
  }

  static getDerivedStateFromProps(
    props: ErrorBoundaryProps,
    state: ErrorBoundaryState,
  ): Partial<ErrorBoundaryState> | null {
    return props.resetKey !== state.resetKey ? { hasError: false, resetKey: props.resetKey } : null;
  }

  private readonly retry = () => this.setState({ hasError: false });

  override render() {
    if (!this.state.hasError) return this.props.children;
    return <ErrorFallback onRetry={this.retry} standalone={this.props.standalone} />;
  }
}
