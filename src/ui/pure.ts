import { Component, type ComponentChildren } from 'preact';

/**
 * A function component that re-renders only when a prop changes (shallow), like React's memo. Written here
 * because preact/compat's memo brings compat's global event rewriting along (onChange becomes onInput).
 */
export function pure<P extends object>(render: (props: P) => ComponentChildren) {
  return class Pure extends Component<P> {
    override shouldComponentUpdate(next: P): boolean {
      const current = this.props as Record<string, unknown>;
      const incoming = next as Record<string, unknown>;
      for (const key in incoming) if (incoming[key] !== current[key]) return true;
      for (const key in current) if (!(key in incoming)) return true;
      return false;
    }
    override render(props: P) {
      return render(props);
    }
  };
}
