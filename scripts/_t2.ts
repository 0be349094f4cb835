import { readFileSync } from 'node:fs';
import { extractDescriptions } from '../src/extract/index.js';
import { dumpIce, actualPairText } from '../src/dump/index.js';
const r = extractDescriptions(readFileSync(process.argv[2]!, 'utf8'));
for (const pc of r.peerConnections ?? []) {
  console.log(pc.label, pc.events.length, 'events', pc.candidates.length, 'cands', 'stats:', pc.stats?.pairs.length, 'pairs', pc.stats?.transports.map(t => JSON.stringify([t.id, t.iceRoles, t.selectedPairs.map(s=>s.value), t.dtlsRole])));
  for (const e of pc.events) if (e.kind !== 'other') console.log('  ', e.index, e.kind, e.negotiation ?? '-', e.text.slice(0, 100));
  for (const n of pc.negotiations) {
    console.log(' ', n.label);
    const ice = dumpIce(r, pc, n.number);
    if (!ice) continue;
    console.log('    role', ice.role.role, ice.role.source, '| ufrag', ice.ufrag, '| trickled', ice.trickled, 'arrived', ice.arrived, 'eoc', ice.endOfCandidates);
    for (const cl of ice.checkLists) console.log('    CL', cl.label, cl.localCandidates.length, cl.remoteCandidates.length, 'pairs', cl.checkList.pairs.length);
    if (ice.actual) { console.log('    actual', ice.actual.verdict, ice.actual.iceState, ice.actual.dtlsState, ice.actual.dtlsRole);
      for (const t of ice.actual.transports) { console.log('     pairs', t.pairs.map(p => p?.stats.state ?? '-').join(','), 'unpredicted', t.unpredicted.length, 'selected', t.selected ? actualPairText(t.selected) + ' #' + t.selected.predictedIndex : '-'); for (const u of t.unpredicted) console.log('      U', actualPairText(u), u.stats.state, u.why.slice(0,60)); }
    }
  }
}
