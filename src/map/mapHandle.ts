/**
 * The map on screen, for the few things outside MapView that need it: the PNG export (a snapshot of its
 * canvases) and the test contract (projecting a point, the pitch). MapView registers itself when created and
 * unregisters when destroyed, so nothing here keeps a removed map alive (e.g. the one a lost WebGL context
 * replaced).
 */
export interface MapHandle {
  /** screen position (page pixels, CSS) of a lon/lat */
  project(lon: number, lat: number): { x: number; y: number };
  pitch(): number;
  /**
   * The map's canvases as drawn in a fresh frame, copied to 2D canvases. The WebGL canvases are made without
   * preserveDrawingBuffer (it costs every frame a copy), so their pixels can only be read right after a draw:
   * the snapshot forces one and copies in the same task.
   */
  snapshot(): Promise<{ canvas: HTMLCanvasElement; rect: DOMRect }[]>;
}

let current: MapHandle | null = null;

/** Registers the map on screen; the returned function unregisters it (only if it is still the current one). */
export function setMapHandle(h: MapHandle): () => void {
  current = h;
  return () => {
    if (current === h) current = null;
  };
}

export function mapHandle(): MapHandle | null {
  return current;
}
