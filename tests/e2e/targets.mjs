// Target size (WCAG 2.2 SC 2.5.8, Lighthouse's target-size audit): every visible button or other control is at
// least 24 × 24 CSS px, or far enough from every other target that a 24 px circle around it touches none.
// Text links inside running text are exempt (as WCAG exempts inline targets).

/** Visible targets that are too small, as readable strings. */
export async function smallTargets(page) {
  return page.evaluate(() => {
    const sel = 'button, a[href], summary, select, input:not([type=hidden]), [role=button], [role=tab], [role=link], [tabindex]:not([tabindex="-1"])';
    const visible = (el) => {
      const r = el.getBoundingClientRect();
      const s = getComputedStyle(el);
      return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && s.display !== 'none';
    };
    // a control inside a <label> is clicked through its label: the label is the target
    const targetOf = (el) => (el.matches('input') && el.closest('label')) || el;
    const inline = (el) => el.matches('a') && getComputedStyle(el).display === 'inline' && el.parentElement && el.parentElement.textContent.trim().length > el.textContent.trim().length + 10;
    const els = [...new Set([...document.querySelectorAll(sel)].filter(visible).map(targetOf))].filter((el) => !inline(el) && !el.matches('.maplibregl-canvas'));
    // a label's box (inline) can be smaller than the control it holds: the larger of the two is what is clicked
    const rects = els.map((el) => {
      const r = el.getBoundingClientRect();
      const inner = el.matches('label') ? el.querySelector('input')?.getBoundingClientRect() : null;
      return inner && inner.width * inner.height > r.width * r.height ? inner : r;
    });
    const small = rects.map((r) => r.width < 24 || r.height < 24);
    const out = [];
    els.forEach((el, i) => {
      if (!small[i]) return;
      const r = rects[i];
      const cx = r.left + r.width / 2, cy = r.top + r.height / 2;
      // the spacing exception: a 24 px circle centred on this target intersects no other target, nor the circle of
      // another small target
      const clash = els.some((_, j) => {
        if (j === i) return false;
        const o = rects[j];
        const dx = Math.max(o.left - cx, 0, cx - o.right), dy = Math.max(o.top - cy, 0, cy - o.bottom);
        if (Math.hypot(dx, dy) < 12) return true;
        if (!small[j]) return false;
        return Math.hypot(cx - (o.left + o.width / 2), cy - (o.top + o.height / 2)) < 24;
      });
      if (clash) {
        const name = (el.getAttribute('aria-label') || el.textContent || el.getAttribute('title') || el.className || el.tagName).trim().slice(0, 40);
        out.push(`${el.tagName.toLowerCase()} "${name}" is ${Math.round(r.width)}×${Math.round(r.height)} px`);
      }
    });
    return out;
  });
}
