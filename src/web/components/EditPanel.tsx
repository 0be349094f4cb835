import { useMemo, useState } from 'react';
import { applyRecipes, diffLines, newLintErrors, parse, selectMedia } from '../../index.js';
import type { CandidateKind, Recipe, SectionSelector } from '../../index.js';
import type { Side } from '../analysis.js';
import { Clip } from './Clip.js';
import { count } from '../text.js';

/*
 * The page's face of the library's munging recipes: pick one, see the change
 * as a line diff, apply it (the page keeps an undo). What a recipe does, and
 * the lint errors it would bring in, come from the library.
 */

type Kind = Recipe['kind'];

const KINDS: readonly [Kind, string][] = [
  ['remove-codec', 'Remove a codec'],
  ['keep-codec', 'Keep only a codec'],
  ['prefer-codec', 'Prefer a codec'],
  ['bitrate', 'Set b=AS (kbps)'],
  ['drop-candidates', 'Drop candidates'],
  ['end-of-candidates', 'Add a=end-of-candidates'],
  ['direction', 'Set the direction'],
  ['remove-extmap', 'Remove a header extension'],
  ['setup', 'Set the DTLS role'],
  ['fmtp', 'Set a codec parameter (fmtp)'],
  ['simulcast', 'Send simulcast (rids)'],
  ['remove-simulcast', 'Remove simulcast'],
  ['reject', 'Reject a section'],
];
const CANDIDATE_KINDS: readonly CandidateKind[] = ['tcp', 'udp', 'relay', 'srflx', 'prflx', 'host', 'ipv6', 'ipv4', 'mdns'];
const DIRECTIONS = ['sendrecv', 'sendonly', 'recvonly', 'inactive'] as const;
const ROLES = ['actpass', 'active', 'passive'] as const;

interface Props {
  side: Side;
  text: string;
  onApply: (text: string, what: string) => void;
  onClose: () => void;
}

/** `all`, each kind present, each mid: the section choices of this description. */
function sectionChoices(text: string): [string, string][] {
  const media = parse(text).document.media;
  const kinds = [...new Set(media.map((m) => m.kind))];
  return [
    ['all', 'every section'],
    ...kinds.map((k): [string, string] => [k, `every ${k} section`]),
    ...media.filter((m) => m.mid !== undefined).map((m): [string, string] => [`mid:${m.mid!}`, `mid ${m.mid!} (${m.kind})`]),
  ];
}

function toSelector(value: string): SectionSelector {
  return value.startsWith('mid:') ? { mid: value.slice(4) } : value;
}

/** A labelled select; an option is a value, or a [value, label] pair. */
function Choice({ label, value, options, onChange }: { label: string; value: string; options: readonly (string | readonly [string, string])[]; onChange: (value: string) => void }) {
  return (
    <label>
      {label}{' '}
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        {options.map((o) => {
          const [v, text] = typeof o === 'string' ? [o, o] : o;
          return (
            <option key={v} value={v}>
              {text}
            </option>
          );
        })}
      </select>
    </label>
  );
}

export function EditPanel({ side, text, onApply, onClose }: Props) {
  const [kind, setKind] = useState<Kind>('remove-codec');
  const [section, setSection] = useState('all');
  const [codec, setCodec] = useState('');
  const [bitrate, setBitrate] = useState('500');
  const [candidates, setCandidates] = useState<CandidateKind>('tcp');
  const [direction, setDirection] = useState<(typeof DIRECTIONS)[number]>('recvonly');
  const [uri, setUri] = useState('');
  const [role, setRole] = useState<(typeof ROLES)[number]>('active');
  const [parameter, setParameter] = useState('stereo=1');
  const [rids, setRids] = useState('h,m,l');

  const sections = useMemo(() => sectionChoices(text), [text]);
  const document = useMemo(() => parse(text).document, [text]);
  const selected = useMemo(() => selectMedia(document, toSelector(section)).map((s) => s.media), [document, section]);
  const codecs = useMemo(() => [...new Set(selected.flatMap((m) => m.codecs.map((c) => c.name)))], [selected]);
  const uris = useMemo(() => [...new Set(document.media.flatMap((m) => m.extmaps.map((e) => e.uri)))], [document]);
  const codecName = codecs.includes(codec) ? codec : (codecs[0] ?? '');
  const extmapUri = uris.includes(uri) ? uri : (uris[0] ?? '');

  const recipe = useMemo((): Recipe | undefined => {
    const s = toSelector(section);
    switch (kind) {
      case 'remove-codec':
      case 'keep-codec':
      case 'prefer-codec':
        return codecName === '' ? undefined : { kind, section: s, codec: codecName };
      case 'bitrate':
        return /^\d{1,9}$/.test(bitrate) ? { kind, section: s, type: 'AS', value: Number(bitrate) } : undefined;
      case 'drop-candidates':
        return { kind, kinds: [candidates] };
      case 'end-of-candidates':
        return { kind };
      case 'direction':
        return { kind, section: s, direction };
      case 'remove-extmap':
        return extmapUri === '' ? undefined : { kind, uri: extmapUri };
      case 'setup':
        return { kind, role };
      case 'fmtp': {
        const eq = parameter.indexOf('=');
        if (codecName === '' || eq <= 0) return undefined;
        const value = parameter.slice(eq + 1);
        return { kind, section: s, codec: codecName, parameters: { [parameter.slice(0, eq)]: value === '' ? undefined : value } };
      }
      case 'simulcast': {
        const list = rids.split(',').map((r) => r.trim());
        return list.every((r) => /^[A-Za-z0-9_-]+$/.test(r)) ? { kind, section: s, rids: list } : undefined;
      }
      case 'remove-simulcast':
      case 'reject':
        return { kind, section: s };
      case 'ice-credentials':
        return undefined;
    }
  }, [kind, section, codecName, bitrate, candidates, direction, extmapUri, role, parameter, rids]);

  const preview = useMemo(() => {
    if (recipe === undefined) return { error: 'Nothing to choose for this recipe in this description.' } as const;
    try {
      const edited = applyRecipes(document, [recipe]).text;
      const changes = diffLines(text, edited).filter((l) => l.kind !== 'same');
      const introduced = newLintErrors(text, edited).map((d) => d.message);
      return { edited, changes, introduced } as const;
    } catch (e) {
      return { error: e instanceof Error ? e.message : String(e) } as const;
    }
  }, [document, text, recipe]);

  const what = KINDS.find(([k]) => k === kind)?.[1] ?? kind;
  const usesSection = ['remove-codec', 'keep-codec', 'prefer-codec', 'bitrate', 'direction', 'fmtp', 'simulcast', 'remove-simulcast', 'reject'].includes(kind);
  return (
    <section className="edit-panel" aria-label={`Edit the ${side}`}>
      <div className="share-head">
        <h2>Edit the {side}</h2>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
      <div className="edit-row">
        <Choice label="Recipe" value={kind} options={KINDS} onChange={(v) => setKind(v as Kind)} />
        {usesSection && (
          <Choice label="Section" value={section} options={sections} onChange={setSection} />
        )}
        {(kind === 'remove-codec' || kind === 'keep-codec' || kind === 'prefer-codec' || kind === 'fmtp') && (
          <Choice label="Codec" value={codecName} options={codecs} onChange={setCodec} />
        )}
        {kind === 'fmtp' && (
          <label>
            Parameter <input value={parameter} size={22} onChange={(e) => setParameter(e.target.value)} placeholder="key=value (key= removes it)" />
          </label>
        )}
        {kind === 'simulcast' && (
          <label>
            Rids <input value={rids} size={12} onChange={(e) => setRids(e.target.value)} />
          </label>
        )}
        {kind === 'bitrate' && (
          <label>
            kbps <input value={bitrate} inputMode="numeric" size={7} onChange={(e) => setBitrate(e.target.value)} />
          </label>
        )}
        {kind === 'drop-candidates' && (
          <Choice label="Kind" value={candidates} options={CANDIDATE_KINDS} onChange={(v) => setCandidates(v as CandidateKind)} />
        )}
        {kind === 'direction' && (
          <Choice label="Direction" value={direction} options={DIRECTIONS} onChange={(v) => setDirection(v as (typeof DIRECTIONS)[number])} />
        )}
        {kind === 'remove-extmap' && (
          <Choice label="URI" value={extmapUri} options={uris} onChange={setUri} />
        )}
        {kind === 'setup' && (
          <Choice label="Role" value={role} options={ROLES} onChange={(v) => setRole(v as (typeof ROLES)[number])} />
        )}
      </div>
      {'error' in preview ? (
        <p className="note">{preview.error}</p>
      ) : (
        <>
          <p className="muted">
            {preview.changes.length === 0 ? 'No change.' : `${count(preview.changes.filter((c) => c.kind === 'removed').length, 'line')} removed, ${preview.changes.filter((c) => c.kind === 'added').length} added; every other line stays as it is.`}
          </p>
          {preview.changes.length > 0 && (
            <pre className="edit-diff" aria-label="Change">
              {preview.changes.map((c, i) => (
                <div key={i} className={c.kind === 'added' ? 'diff-added' : 'diff-removed'}>
                  {c.kind === 'added' ? '+' : '-'}
                  {c.line}: <Clip text={c.text} />
                </div>
              ))}
            </pre>
          )}
          {preview.introduced.length > 0 && (
            <p className="panel-error" role="alert">
              The result would have a new lint error: <Clip text={preview.introduced.join('; ')} max={1000} />
            </p>
          )}
          <button type="button" disabled={preview.changes.length === 0} onClick={() => onApply(preview.edited, what)}>
            Apply
          </button>
        </>
      )}
    </section>
  );
}
