import type { Side } from '../analysis.js';
import { useJump } from './jump.js';

/** A button that opens a line of one description in the Lines view. */
export function LineLink({ side, line, column, prefix = true }: { side: Side; line: number | undefined; column?: number; prefix?: boolean }) {
  const jump = useJump();
  if (line === undefined) return null;
  const where = `${prefix ? `${side} ` : 'line '}${line}${column !== undefined ? `:${column}` : ''}`;
  return (
    <button type="button" className="line-link" onClick={() => jump(side, line)} title={`Show line ${line} of the ${side}`}>
      {where}
    </button>
  );
}
