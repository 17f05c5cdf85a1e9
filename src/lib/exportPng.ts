/** PNG of the current map with title, legend and source line, composed from the map's canvases. */
import { paintHatchSwatch } from '../map/hatch.ts';

export interface PngParts {
  title: string;
  subtitle: string;
  legend: { colour: string; label: string; hatch?: boolean }[];
  source: string;
}

/** An SVG element as a decoded image (its own markup, so the hatch pattern it defines comes along). */
async function svgImage(svg: SVGSVGElement): Promise<HTMLImageElement> {
  const markup = new XMLSerializer().serializeToString(svg);
  const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    return img;
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** A map canvas as drawn (a copy: see MapHandle.snapshot) and where it was on the page. */
export interface MapFrame {
  canvas: HTMLCanvasElement;
  rect: DOMRect;
}

/** frames: the WebGL map's canvases as drawn (MapHandle.snapshot); none when the SVG map is the whole map */
export async function mapPng(container: HTMLElement, parts: PngParts, frames: MapFrame[] = []): Promise<Blob> {
  const rect = container.getBoundingClientRect();
  const dpr = frames[0] ? frames[0].canvas.width / Math.max(1, frames[0].rect.width) : (window.devicePixelRatio || 1);
  // a bare map image (no title, legend or source: a handout prints those as text) has no head or foot
  const head = parts.title ? 64 : 0, foot = parts.source ? 36 : 0;
  const out = document.createElement('canvas');
  out.width = Math.round(rect.width * dpr);
  out.height = Math.round((rect.height + head + foot) * dpr);
  const g = out.getContext('2d')!;
  g.scale(dpr, dpr);
  g.fillStyle = '#fff';
  g.fillRect(0, 0, rect.width, rect.height + head + foot);
  const font = (px: number, weight = 400) => `${weight} ${px}px system-ui, 'Noto Sans CJK SC', 'Noto Sans SC', sans-serif`;
  g.fillStyle = '#1f2933';
  g.font = font(20, 700);
  g.fillText(parts.title, 12, 26);
  g.font = font(14);
  g.fillStyle = '#616e7c';
  g.fillText(parts.subtitle, 12, 48);
  // the map's background shows through where neither canvas draws (the base map may have no background layer)
  g.fillStyle = getComputedStyle(container).backgroundColor || '#fff';
  g.fillRect(0, head, rect.width, rect.height);
  // in DOM order, which is drawing order (the base map, then deck.gl's canvas when it is loaded)
  for (const { canvas, rect: r } of frames) {
    g.drawImage(canvas, r.left - rect.left, r.top - rect.top + head, r.width, r.height);
  }
  // the SVG map (no WebGL): drawn as an image of itself
  for (const svg of container.querySelectorAll<SVGSVGElement>('svg[data-map-svg]')) {
    const r = svg.getBoundingClientRect();
    g.drawImage(await svgImage(svg), r.left - rect.left, r.top - rect.top + head, r.width, r.height);
  }
  // county labels are HTML over the map (not in any canvas): draw each as its pill and lines of text
  const labelRoot = container.parentElement ?? container;
  g.font = font(13);
  g.textAlign = 'center';
  g.textBaseline = 'middle';
  for (const el of labelRoot.querySelectorAll<HTMLElement>('[data-map-label]')) {
    const r = el.getBoundingClientRect();
    // (a label the layout hid, to keep it from covering another, is left out here too)
    if (el.style.visibility === 'hidden' || r.width === 0 || r.right < rect.left || r.left > rect.right || r.bottom < rect.top || r.top > rect.bottom) continue;
    const x = r.left - rect.left, y = r.top - rect.top + head;
    g.fillStyle = 'rgba(255,255,255,0.8)';
    g.beginPath();
    g.roundRect(x, y, r.width, r.height, 4);
    g.fill();
    g.fillStyle = '#141c24';
    const lines = [...el.children].map((c) => c.textContent ?? '');
    const lh = r.height / Math.max(1, lines.length);
    lines.forEach((line, i) => g.fillText(line, x + r.width / 2, y + lh * (i + 0.5)));
  }
  g.textAlign = 'start';
  g.textBaseline = 'alphabetic';
  if (!parts.legend.length && !parts.source) return toPng(out);
  // legend box, bottom left of the map
  const lh = 18, lw = 200, lx = 10, ly = head + rect.height - 10 - parts.legend.length * lh - 8;
  g.fillStyle = 'rgba(255,255,255,0.92)';
  g.fillRect(lx, ly, lw, parts.legend.length * lh + 8);
  g.font = font(12);
  parts.legend.forEach((item, i) => {
    const y = ly + 4 + i * lh;
    // the hatch as on the map and the legend on screen (src/map/hatch.ts)
    if (item.hatch) paintHatchSwatch(g, lx + 6, y + 3, 18, 12, item.colour);
    else {
      g.fillStyle = item.colour;
      g.fillRect(lx + 6, y + 3, 18, 12);
    }
    g.fillStyle = '#1f2933';
    g.fillText(item.label, lx + 30, y + 13);
  });
  g.fillStyle = '#616e7c';
  g.font = font(11);
  g.fillText(parts.source, 12, head + rect.height + 22, rect.width - 24);
  return toPng(out);
}

const toPng = (c: HTMLCanvasElement) =>
  new Promise<Blob>((resolve, reject) => c.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG export failed'))), 'image/png'));

export function download(blob: Blob, filename: string) {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 5000);
}
