/**
 * The build's CSP allows one remote origin, the OpenStreetMap tiles, for the optional online base map.
 * Unless that base map is on, lock it out for this page: a second policy can only narrow the first.
 * Switching the online base map on therefore needs a reload (done by the app).
 */
let locked = false;

export function lockToOwnOrigin(): void {
  if (locked || !document.querySelector('meta[http-equiv="Content-Security-Policy"]')) return;
  const meta = document.createElement('meta');
  meta.httpEquiv = 'Content-Security-Policy';
  meta.content = "img-src 'self' data: blob:; connect-src 'self'";
  document.head.append(meta);
  locked = true;
}

export const isLockedToOwnOrigin = () => locked;
