import type { Map as MapLibreMap } from 'maplibre-gl';
import type { MapLibreOverlay } from '@deck.gl/maplibre';

/**
 * The map's canvases copied right after a frame is drawn (without preserveDrawingBuffer a WebGL canvas can be
 * read only in the task that drew it): MapLibre's 'render' event follows its draw; deck.gl's canvas is drawn
 * again there, synchronously.
 */
export function snapshotCanvases(map: MapLibreMap, container: HTMLElement, overlay?: MapLibreOverlay): Promise<{ canvas: HTMLCanvasElement; rect: DOMRect }[]> {
  return new Promise((resolve) => {
    map.once('render', () => {
      // (the overlay's own Deck: MapLibreOverlay has no public redraw)
      (overlay as unknown as { _deck?: { redraw(reason: string): void } } | undefined)?._deck?.redraw('png export');
      resolve([...container.querySelectorAll('canvas')].map((c) => {
        const copy = document.createElement('canvas');
        copy.width = c.width;
        copy.height = c.height;
        copy.getContext('2d')!.drawImage(c, 0, 0);
        return { canvas: copy, rect: c.getBoundingClientRect() };
      }));
    });
    map.triggerRepaint();
  });
}
