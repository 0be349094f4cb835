import type { Direction } from '../../parser/model/attributes/extmap.js';
import type { Setup } from '../../parser/model/attributes/dtls.js';
import type { SdpDocument } from '../../parser/model/document.js';
import type { EditResult } from '../edit.js';
import { print } from '../../parser/serialize/print.js';
import { setBandwidth } from './bandwidth.js';
import { addEndOfCandidates, dropCandidates, type CandidateKind } from './candidates.js';
import { keepCodecs, preferCodecs, removeCodecs, type CodecMatch } from './codecs.js';
import type { SectionSelector } from '../sections.js';
import { removeExtmap, setDirection, setIceCredentials, setSetup } from './transport.js';
import { setFmtpParameters } from './parameters.js';
import { addSimulcast, rejectSection, removeSimulcast } from './sections-recipes.js';

/**
 * A recipe as data, for faces that build them from user input (the `sdp
 * edit` flags, the page's Edit panel): one shape, one way to apply it.
 */
export type Recipe =
  | { kind: 'remove-codec' | 'keep-codec' | 'prefer-codec'; section: SectionSelector; codec: CodecMatch }
  | { kind: 'bitrate'; section: SectionSelector | 'session'; type: 'AS' | 'TIAS' | 'CT'; value: number | undefined }
  | { kind: 'drop-candidates'; kinds: CandidateKind[] }
  | { kind: 'end-of-candidates' }
  | { kind: 'direction'; section: SectionSelector; direction: Direction }
  | { kind: 'remove-extmap'; uri: string }
  | { kind: 'ice-credentials'; ufrag: string; pwd: string }
  | { kind: 'setup'; role: Setup }
  | { kind: 'fmtp'; section: SectionSelector; codec: CodecMatch; parameters: Readonly<Record<string, string | number | undefined>> }
  | { kind: 'reject'; section: SectionSelector }
  | { kind: 'simulcast'; section: SectionSelector; rids: readonly string[] }
  | { kind: 'remove-simulcast'; section: SectionSelector };

/** The order `applyRecipes` runs recipes in, whatever order they were given in. */
export const RECIPE_ORDER: readonly Recipe['kind'][] = [
  'remove-codec', 'keep-codec', 'prefer-codec', 'fmtp', 'bitrate', 'drop-candidates', 'end-of-candidates', 'direction', 'remove-extmap',
  'remove-simulcast', 'simulcast', 'ice-credentials', 'setup', 'reject',
];

export function applyRecipe(document: SdpDocument, recipe: Recipe): EditResult {
  switch (recipe.kind) {
    case 'remove-codec': return removeCodecs(document, recipe.section, recipe.codec);
    case 'keep-codec': return keepCodecs(document, recipe.section, recipe.codec);
    case 'prefer-codec': return preferCodecs(document, recipe.section, recipe.codec);
    case 'bitrate': return setBandwidth(document, recipe.section, recipe.type, recipe.value);
    case 'drop-candidates': return dropCandidates(document, recipe.kinds);
    case 'end-of-candidates': return addEndOfCandidates(document);
    case 'direction': return setDirection(document, recipe.section, recipe.direction);
    case 'remove-extmap': return removeExtmap(document, recipe.uri);
    case 'ice-credentials': return setIceCredentials(document, recipe);
    case 'setup': return setSetup(document, recipe.role);
    case 'fmtp': return setFmtpParameters(document, recipe.section, recipe.codec, recipe.parameters);
    case 'reject': return rejectSection(document, recipe.section);
    case 'simulcast': return addSimulcast(document, recipe.section, recipe.rids);
    case 'remove-simulcast': return removeSimulcast(document, recipe.section);
  }
}

/** Applies the recipes in RECIPE_ORDER (stable within a kind). Throws what a recipe throws (a section left without a format). */
export function applyRecipes(document: SdpDocument, recipes: readonly Recipe[]): { document: SdpDocument; text: string } {
  const sorted = [...recipes].sort((a, b) => RECIPE_ORDER.indexOf(a.kind) - RECIPE_ORDER.indexOf(b.kind));
  let result = { document, text: print(document) };
  for (const recipe of sorted) {
    const r = applyRecipe(result.document, recipe);
    result = { document: r.document, text: r.text };
  }
  return result;
}
