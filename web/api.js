// The JSON API: one fetch helper that turns an error reply into its reason.
export async function api(path, params = {}) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== '' && v != null) q.set(k, v);
  const url = q.toString() ? `${path}?${q}` : path;
  const res = await fetch(url);
  const body = await res.json();
  if (!res.ok) throw new Error(body.reason || `${res.status} ${res.statusText}`);
  return body;
}

// The names of the filters shared with `dyad query` (GET /api/openapi.json lists them).
export const FILTERS = ['dyad', 'actor', 'country', 'type', 'cameo', 'from', 'to', 'text'];
