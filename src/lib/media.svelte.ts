/** A media query as reactive state (e.g. the phone layout), following changes such as a rotated phone. */
export class MediaFlag {
  matches = $state(false);
  constructor(query: string) {
    if (typeof matchMedia !== 'function') return;
    const m = matchMedia(query);
    this.matches = m.matches;
    m.addEventListener('change', (e) => (this.matches = e.matches));
  }
}

/** The single-column layout of app.css and the components (≤ 760 px). */
export const PHONE_QUERY = '(max-width: 760px)';
