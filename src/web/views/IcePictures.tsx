import { memo } from 'react';
import { printable } from '../../index.js';
import type { CandidateStats, IceOutcome, TransportCheckList } from '../../index.js';
import type { TransportPictures } from '../analysis.js';
import { CandidateGraph } from './CandidateGraph.js';
import { CheckListGrid } from './CheckListGrid.js';

/**
 * The ICE pictures of each transport: the check-list grid and where the
 * candidates of each side come from. Fed with the transports' check lists and,
 * for a dump, what really happened (its outcome and getStats candidates).
 * Pictures computed already (`pictures`, by the worker on the way to the
 * page) are drawn as they are; a dump's are computed here with its facts.
 */
function IcePicturesImpl({
  transports,
  actual,
  stats,
  card = true,
}: {
  transports: readonly (TransportCheckList & { pictures?: TransportPictures })[];
  actual?: IceOutcome | undefined;
  stats?: readonly CandidateStats[] | undefined;
  /** False inside another card (the check list section). */
  card?: boolean;
}) {
  if (transports.length === 0) return null;
  const local = stats?.filter((c) => !c.remote);
  const remote = stats?.filter((c) => c.remote);
  return (
    <>
      {transports.map((t) => (
        <section key={t.key} className={card ? 'card ice-pictures' : 'ice-pictures'} aria-label={printable(`ICE pictures of ${t.label}`)} data-transport={t.key}>
          <h3>{printable(`${t.label}: pairs and candidates`)}</h3>
          <CheckListGrid list={t} actual={actual?.transports.find((o) => o.key === t.key)} grid={actual === undefined ? t.pictures?.grid : undefined} />
          <div className="ice-graphs">
            <CandidateGraph candidates={t.localCandidates} side={t.local} title={`local (${t.local}) candidates`} stats={local} graph={stats === undefined ? t.pictures?.local : undefined} />
            <CandidateGraph candidates={t.remoteCandidates} side={t.local === 'offer' ? 'answer' : 'offer'} title={`remote (${t.local === 'offer' ? 'answer' : 'offer'}) candidates`} stats={remote} graph={stats === undefined ? t.pictures?.remote : undefined} />
          </div>
        </section>
      ))}
    </>
  );
}

export const IcePictures = memo(IcePicturesImpl);
