/**
 * The atlas shared through Svelte's context: App creates it once; views below read the state, what it shows and
 * the map's status from here instead of being handed each piece.
 */
import { getContext, setContext } from 'svelte';
import type { AtlasStore } from './atlas.svelte.ts';
import type { AtlasView } from './atlasView.svelte.ts';
import type { MapStatus } from './mapStatus.svelte.ts';
import type { DeckLayerStack } from '../map/deckLayerStack.svelte.ts';

export interface Atlas {
  store: AtlasStore;
  view: AtlasView;
  status: MapStatus;
  deck: DeckLayerStack;
}

const KEY = Symbol('atlas');

export function setAtlas(atlas: Atlas): Atlas {
  return setContext(KEY, atlas);
}

export function getAtlas(): Atlas {
  const a = getContext<Atlas | undefined>(KEY);
  if (!a) throw new Error('getAtlas(): no atlas in this component tree (App sets it)');
  return a;
}
