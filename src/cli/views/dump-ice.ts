import { actualPairText, pairFoundationText, parseCandidate, type ActualPair, type DumpIce, type ExtractedPeerConnection } from '../../index.js';
import { endpoint } from './ice.js';
import { plural, row, table, type Row } from './rows.js';

/*
 * ICE of one negotiation of a dump, predicted and actual side by side: the
 * check list the library predicts from the candidates each side really had
 * (SDP and trickled) in the role the connection really had, and per pair what
 * getStats says became of it. Built only from dumpIce's result.
 */

function actualCells(a: ActualPair | undefined, selected: boolean): string[] {
  if (a === undefined) return ['never checked', '', '', '', ''];
  const s = a.stats;
  const rtt = s.currentRoundTripTime !== undefined ? `${Math.round(s.currentRoundTripTime * 1000)} ms` : '';
  const checks = s.requestsSent !== undefined || s.responsesReceived !== undefined ? `${s.requestsSent ?? 0}/${s.responsesReceived ?? 0}` : '';
  const bytes = s.bytesSent !== undefined || s.bytesReceived !== undefined ? `${s.bytesSent ?? 0}/${s.bytesReceived ?? 0}` : '';
  return [`${s.state ?? '?'}${s.nominated === true ? ', nominated' : ''}${selected ? ', SELECTED' : ''}`, rtt, checks, bytes, ''];
}

/** How many candidates a side had on the transport, where they came from, and whether it said it was done. */
function candidateLine(ice: DumpIce, side: 'local' | 'remote', inSdp: number, total: number): string {
  const here = total - inSdp;
  const elsewhere = ice.trickled[side].length - here;
  const ufrag = ice.ufrag[side];
  const unused = elsewhere > 0 ? `; ${elsewhere} more trickled for sections the BUNDLE transport replaced` : '';
  const done = ice.endOfCandidates[side] ? '; end-of-candidates signalled' : '';
  return `${side} candidates: ${total} (${inSdp} in the description, ${here} trickled${ufrag !== undefined ? `, ufrag ${ufrag}` : ''})${unused}${done}`;
}

export function dumpIceRows(ice: DumpIce, pc: ExtractedPeerConnection): Row[] {
  const rows: Row[] = [];
  rows.push(row(`${pc.label}, negotiation ${ice.negotiation}: this peer connection made the ${ice.local}`, 'heading'));
  rows.push(row(`role: ${ice.role.role} (${ice.role.reason})`));
  const first = ice.checkLists[0];
  if (first !== undefined) {
    const sdpLocal = first.localCandidates.filter((c) => c.trickled === undefined).length;
    const sdpRemote = first.remoteCandidates.filter((c) => c.trickled === undefined).length;
    rows.push(row(candidateLine(ice, 'local', sdpLocal, first.localCandidates.length)));
    rows.push(row(candidateLine(ice, 'remote', sdpRemote, first.remoteCandidates.length)));
  }
  rows.push(row(`candidate events while this negotiation was current: ${ice.arrived.local} local, ${ice.arrived.remote} remote`, 'dim'));
  for (const u of ice.unreadable) rows.push(row(`unreadable trickled candidate #${u.index + 1}: ${u.message}`, 'warning'));
  const actual = ice.actual;
  if (actual === undefined) {
    rows.push(row('no getStats history in the dump: the check list below is the prediction only', 'dim'));
  } else {
    const tone = actual.verdict.state === 'connected' ? 'ok' : actual.verdict.state === 'failed' ? 'error' : 'warning';
    rows.push(row(''));
    rows.push(row(`what happened: ${actual.verdict.summary}`, tone));
    for (const r of actual.verdict.reasons) rows.push(row(`  ${r}`, tone === 'ok' ? 'warning' : tone));
    const states = [
      actual.iceState !== undefined ? `ICE ${actual.iceState}` : undefined,
      actual.iceRole !== undefined ? `role ${actual.iceRole}` : undefined,
      actual.dtlsState !== undefined ? `DTLS ${actual.dtlsState}` : undefined,
      actual.dtlsRole !== undefined ? `DTLS role ${actual.dtlsRole}` : undefined,
    ].filter((x): x is string => x !== undefined);
    if (states.length > 0) rows.push(row(`transport (getStats): ${states.join(', ')}`));
  }
  ice.checkLists.forEach((list, t) => {
    rows.push(row(''));
    if (list.bundled) rows.push(row(`BUNDLE transport shared by mids ${list.mids.join(', ')} (RFC 9143)`, 'dim'));
    const cl = list.checkList;
    rows.push(row(`${list.label}: ${plural(cl.pairs.length, 'predicted pair')}`, 'heading'));
    if (cl.pairs.length === 0) {
      rows.push(row(`  no pair: ${list.localCandidates.length === 0 ? 'no local candidate' : 'no remote candidate'}`, 'dim'));
    }
    const outcome = actual?.transports[t];
    const cells = [['  #', 'predicted', 'local', '', 'remote', 'foundation', 'actual', 'RTT', 'checks sent/answered', 'bytes sent/received', '']];
    cl.pairs.forEach((p, i) => {
      const a = outcome?.pairs[i];
      cells.push([
        `  ${i + 1}`,
        p.state,
        `${p.local.type} ${endpoint(p.local)}`,
        '→',
        `${p.remote.type} ${endpoint(p.remote)}`,
        pairFoundationText(p.foundation),
        ...(outcome === undefined ? ['', '', '', '', ''] : actualCells(a, outcome.selected?.predictedIndex === i)),
      ]);
    });
    const texts = table(cells);
    rows.push(row(texts[0]!, 'dim'));
    cl.pairs.forEach((_, i) => {
      const a = outcome?.pairs[i];
      const tone = outcome?.selected?.predictedIndex === i ? 'ok' : a?.stats.state === 'failed' ? 'error' : a === undefined ? 'dim' : undefined;
      rows.push(row(texts[i + 1]!, tone));
    });
    for (const u of outcome?.unpredicted ?? []) {
      const selected = outcome?.selected !== undefined && outcome.selected.predictedIndex === undefined && outcome.selected.stats.id === u.stats.id;
      rows.push(row(`  not predicted: ${actualPairText(u)}: ${u.stats.state ?? '?'}${u.stats.nominated === true ? ', nominated' : ''}${selected ? ', SELECTED' : ''}`, selected ? 'ok' : 'warning'));
      rows.push(row(`    ${u.why}`, 'dim'));
    }
  });
  return rows;
}

/** The candidates of a negotiation that came outside the descriptions (trickle ICE), this side's then the other's. */
export function trickledRows(ice: DumpIce, pc: ExtractedPeerConnection): Row[] {
  const used = [...ice.trickled.local, ...ice.trickled.remote].map((i) => pc.candidates[i]).filter((c) => c !== undefined);
  const rows: Row[] = [row(`trickled candidates of negotiation ${ice.negotiation}: ${used.length}`, 'heading')];
  if (used.length === 0) return rows;
  const cells = [['  side', 'mid', 'proto', 'type', 'address', 'priority', 'ufrag']];
  for (const c of used) {
    const parsed = parseCandidate(c.candidate).candidate;
    const mid = c.sdpMid ?? (c.sdpMLineIndex === undefined ? '' : `m-line ${c.sdpMLineIndex}`);
    const ufrag = c.usernameFragment ?? parsed?.extensions.find(([k]) => k === 'ufrag')?.[1] ?? '';
    if (parsed === undefined) cells.push([`  ${c.side}`, mid, '', '', c.candidate, '', ufrag]);
    else {
      const proto = `${parsed.transport.toLowerCase()}${parsed.tcpType === undefined ? '' : `/${parsed.tcpType}`}`;
      cells.push([`  ${c.side}`, mid, proto, parsed.type, endpoint(parsed), String(parsed.priority), ufrag]);
    }
  }
  const texts = table(cells);
  rows.push(row(texts[0]!, 'dim'));
  for (const t of texts.slice(1)) rows.push(row(t));
  return rows;
}
