import { diffOfferAnswer, type PreviousExchange } from '../../index.js';
import { paint } from '../color.js';
import { toJson } from '../json.js';
import { diffRows } from '../views/diff.js';
import { renderRows, row } from '../views/rows.js';
import type { CommandResult, Input } from './result.js';

export interface DiffCommandOptions {
  json: boolean;
  color: boolean;
  /** For a negotiation of a dump: who really was controlling (a re-offer does not change ICE roles). */
  roles?: { controlling: 'offerer' | 'answerer'; reason: string } | undefined;
  /** For a negotiation of a dump after the first: the exchange before it, to tell an ICE restart exactly. */
  previous?: PreviousExchange | undefined;
}

/** What the exchange negotiated, per m-section. Exit code 1 when the verdict is `failed`. */
export function diffCommand(offer: Input, answer: Input, options: DiffCommandOptions): CommandResult {
  const diff = diffOfferAnswer(offer.text, answer.text, options.previous === undefined ? {} : { previous: options.previous });
  if (options.roles !== undefined) {
    const { controlling, reason } = options.roles;
    diff.ice.roles = { ...diff.ice.roles, controlling, controlled: controlling === 'offerer' ? 'answerer' : 'offerer', reason };
  }
  const exitCode = diff.verdict.status === 'failed' ? 1 : 0;
  if (options.json) return { stdout: toJson(diff), stdoutIs: 'data', stderr: '', exitCode };
  const compared = options.previous === undefined ? '' : ` (compared with negotiation ${options.previous.negotiation})`;
  const rows = [row(`offer ${offer.name} ↔ answer ${answer.name}${compared}`, 'heading'), ...diffRows(diff)];
  return { stdout: renderRows(rows, paint(options.color)), stderr: '', exitCode };
}
