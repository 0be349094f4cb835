import { dumpIce, parse, type ExtractedPeerConnection, type ExtractResult, type IceRole } from '../../index.js';
import { paint } from '../color.js';
import { toJson } from '../json.js';
import { checkListRows, checkLists, describeCandidates, documentCandidateRows, localRole, type RoleChoice } from '../views/ice.js';
import { dumpIceRows } from '../views/dump-ice.js';
import { renderRows, row, type Row } from '../views/rows.js';
import type { CommandResult, Input } from './result.js';

export interface IceCommandOptions {
  /** The peer's description: adds its candidates and the check list. */
  remote?: Input | undefined;
  /** The local agent's role; by default from which file is the offer. */
  role?: IceRole | undefined;
  json: boolean;
  color: boolean;
  /** A negotiation of a dump: its trickled candidates, real role and getStats outcome. */
  dump?: { result: ExtractResult; pc: ExtractedPeerConnection; negotiation: number } | undefined;
}

export function iceCommand(local: Input, options: IceCommandOptions): CommandResult {
  if (options.role !== undefined && options.remote === undefined) {
    return { stdout: '', stderr: 'sdp ice: --role needs --remote <file> (the role only matters for the check list)', exitCode: 2 };
  }
  const localDoc = parse(local.text).document;
  // Text describes each candidate while making its row; only JSON keeps every description.
  const rows: Row[] = [];
  const json: Record<string, unknown> = {};
  if (options.json) json['local'] = { file: local.name, sections: sectionsJson(describeCandidates(localDoc)) };
  else for (const r of [row(`candidates of ${local.name}`, 'heading'), ...documentCandidateRows(localDoc, 0)]) rows.push(r);

  const ice = options.dump === undefined || options.role !== undefined ? undefined : dumpIce(options.dump.result, options.dump.pc, options.dump.negotiation);
  if (ice !== undefined && options.remote !== undefined) {
    const remoteDoc = parse(options.remote.text).document;
    if (options.json) {
      json['remote'] = { file: options.remote.name, sections: sectionsJson(describeCandidates(remoteDoc)) };
      json['role'] = ice.role;
      json['dump'] = {
        peerConnection: ice.peerConnection,
        negotiation: ice.negotiation,
        local: ice.local,
        ufrag: ice.ufrag,
        trickled: ice.trickled,
        arrived: ice.arrived,
        endOfCandidates: ice.endOfCandidates,
        unreadable: ice.unreadable,
      };
      json['checkLists'] = ice.checkLists.map((t) => ({ section: t.label, checkList: t.checkList }));
      if (ice.actual !== undefined) json['actual'] = ice.actual;
    } else {
      for (const r of [row(''), row(`candidates of ${options.remote.name} (remote)`, 'heading'), ...documentCandidateRows(remoteDoc, 1)]) rows.push(r);
      for (const r of [row(''), ...dumpIceRows(ice, options.dump!.pc)]) rows.push(r);
    }
  } else if (options.remote !== undefined) {
    const remoteDoc = parse(options.remote.text).document;
    const role: RoleChoice | undefined = options.role === undefined ? localRole(localDoc, remoteDoc) : { role: options.role, reason: 'given with --role' };
    if (role === undefined) {
      return { stdout: '', stderr: `sdp ice: neither ${local.name} nor ${options.remote.name} says whether it is the offer (no a=setup); pass --role controlling|controlled`, exitCode: 2 };
    }
    const streams = checkLists(localDoc, remoteDoc, role.role);
    if (options.json) {
      json['remote'] = { file: options.remote.name, sections: sectionsJson(describeCandidates(remoteDoc)) };
      json['role'] = role;
      json['checkLists'] = streams.map((s) => ({ section: s.label, localIndex: s.localIndex, remoteIndex: s.remoteIndex, checkList: s.checkList }));
    } else {
      // Appended in a loop: push(...rows) overflows the stack past ~100k arguments.
      for (const r of [row(''), row(`candidates of ${options.remote.name} (remote)`, 'heading'), ...documentCandidateRows(remoteDoc, 1)]) rows.push(r);
      for (const r of [row(''), row('check list (RFC 8445 §6.1.2)', 'heading'), ...checkListRows(streams, role)]) rows.push(r);
    }
  }
  if (options.json) return { stdout: toJson(json), stdoutIs: 'data', stderr: '', exitCode: 0 };
  return { stdout: renderRows(rows, paint(options.color)), stderr: '', exitCode: 0 };
}

function sectionsJson(sections: ReturnType<typeof describeCandidates>): unknown[] {
  return sections.map((s) => ({
    index: s.media.index,
    kind: s.media.kind,
    mid: s.media.mid,
    candidates: s.candidates.map((c) => ({ line: c.line, candidate: c.candidate, description: c.description })),
  }));
}
