import { describe, expect, it } from 'vitest';
import { PALETTE, NO_DATA } from '../../src/lib/scales.ts';

// Machado et al. (2009) simulation matrices at severity 1.0, applied in linear RGB
const CVD: Record<string, number[][]> = {
  protanopia: [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]],
  deuteranopia: [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.01182, 0.04294, 0.968881]],
  tritanopia: [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602], [0.004733, 0.691367, 0.3039]],
};
const lin = (c: number) => { const x = c / 255; return x <= 0.04045 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4; };
/** CIE L* (lightness) of a colour as seen with a given deficiency */
function lightness(rgb: readonly number[], m?: number[][]): number {
  let [r, g, b] = rgb.map(lin);
  if (m) [r, g, b] = m.map((row) => Math.min(1, Math.max(0, row[0] * r + row[1] * g + row[2] * b)));
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return y > 216 / 24389 ? 116 * Math.cbrt(y) - 16 : (24389 / 27) * y;
}

describe('colour scale under colour-vision deficiencies', () => {
  for (const [name, m] of [['normal vision', undefined], ...Object.entries(CVD)] as const) {
    it(`keeps the classes ordered and apart in lightness (${name})`, () => {
      const L = PALETTE.map((c) => lightness(c, m));
      for (let i = 1; i < L.length; i++) expect(L[i - 1] - L[i], `class ${i} vs ${i + 1}`).toBeGreaterThan(8);
    });
  }
  it('the no-data grey is not mistaken for the lightest class', () => {
    // grey differs from the palette's yellow end in chroma, and from the dark end in lightness
    expect(Math.abs(lightness(NO_DATA) - lightness(PALETTE[PALETTE.length - 1]))).toBeGreaterThan(30);
  });
});
