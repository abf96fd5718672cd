// Text with marked spans, built from DOM nodes and textContent only: document
// text is never parsed as HTML. Spans are UTF-8 byte offsets into `text`
// (the API's offsets), converted here; overlapping spans nest their classes.
const encoder = new TextEncoder();
const decoder = new TextDecoder();

export function highlighted(text, spans, base = 0) {
  const bytes = encoder.encode(text);
  const cuts = new Set([0, bytes.length]);
  const marks = [];
  for (const s of spans) {
    const start = Math.max(0, s.start - base), end = Math.min(bytes.length, s.end - base);
    if (end <= start) continue;
    marks.push({ ...s, start, end });
    cuts.add(start);
    cuts.add(end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out = document.createElement('p');
  out.className = 'sentence';
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i], b = points[i + 1];
    const piece = decoder.decode(bytes.subarray(a, b));
    const covering = marks.filter((m) => m.start <= a && m.end >= b);
    if (!covering.length) {
      out.append(document.createTextNode(piece));
      continue;
    }
    const mark = document.createElement('mark');
    mark.className = covering.map((m) => `hl-${m.kind}`).join(' ');
    mark.title = covering.map((m) => `${m.kind}: ${m.label}`).join('\n');
    mark.textContent = piece;
    out.append(mark);
  }
  return out;
}

// The byte span of the first occurrence of `needle` in `text` (null when absent).
export function findSpan(text, needle, base = 0) {
  if (!needle) return null;
  const at = text.indexOf(needle);
  if (at < 0) return null;
  const start = encoder.encode(text.slice(0, at)).length;
  return { start: base + start, end: base + start + encoder.encode(needle).length };
}
