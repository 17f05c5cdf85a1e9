/**
 * The map's own label font: a subset of Noto Sans CJK SC (SIL OFL 1.1, see public/fonts/LICENSE-NotoSansCJK.txt)
 * holding only the characters labels use, served from the app's own origin. deck.gl's TextLayer rasterises its
 * glyph atlas from a CSS font family, so with this font loaded Chinese labels render the same in every browser,
 * with no request to a font CDN.
 *
 * Regenerate public/fonts/atlas-labels.{woff2,chars.txt} with scripts/subset-font.sh after adding area names,
 * indicator units or label symbols (tests/unit/label-font.test.ts fails until you do).
 */
import chars from '../../public/fonts/atlas-labels.chars.txt?raw';

/** The CSS font family the subset is registered under. */
export const LABEL_FONT_FAMILY = 'AtlasLabels';

/** A font stack for TextLayer's `fontFamily`: the subset first, then system CJK fonts if it failed to load. */
export const LABEL_FONT_STACK = `${LABEL_FONT_FAMILY}, "Noto Sans CJK SC", "Noto Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif`;

/** Path of the font file, relative to document.baseURI (the app may be served from any sub-path). */
export const LABEL_FONT_URL = 'fonts/atlas-labels.woff2';

/**
 * Every character in the subset, sorted by code point (starts with the space). Pass it to TextLayer's
 * `characterSet`. Only the trailing newline of the file is removed: trim() would drop the leading space.
 */
export const LABEL_CHARACTERS: string = chars.replace(/\r?\n$/, '');

const labelCharSet: ReadonlySet<string> = new Set(LABEL_CHARACTERS);

/** The distinct characters of `text` (in order of first appearance) that the subset lacks, for a dev warning. */
export function missingLabelChars(text: string): string[] {
  const missing = new Set<string>();
  for (const ch of text) if (!labelCharSet.has(ch)) missing.add(ch);
  return [...missing];
}

let loading: Promise<boolean> | undefined;

/**
 * Load the subset with the FontFace API and add it to document.fonts. Resolves true once it is usable, false
 * (never rejects) when it could not be loaded — missing file, decode error, no FontFace support, or no answer
 * within `timeoutMs` — so the caller can fall back to system fonts. Repeated calls share one load.
 */
export function loadLabelFont(timeoutMs = 10_000): Promise<boolean> {
  loading ??= load(timeoutMs);
  return loading;
}

async function load(timeoutMs: number): Promise<boolean> {
  try {
    if (typeof document === 'undefined' || typeof FontFace === 'undefined' || !document.fonts) return false;
    const url = new URL(LABEL_FONT_URL, document.baseURI).href;
    const face = new FontFace(LABEL_FONT_FAMILY, `url("${url}") format("woff2")`, {
      style: 'normal',
      weight: '400',
      display: 'block',
    });
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<null>((resolve) => {
      timer = setTimeout(() => resolve(null), timeoutMs);
    });
    const loaded = await Promise.race([face.load(), timeout]).finally(() => clearTimeout(timer));
    if (!loaded) return false;
    document.fonts.add(loaded);
    return true;
  } catch {
    return false;
  }
}
