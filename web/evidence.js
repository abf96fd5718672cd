// The evidence view: an event's mentions, each sentence with its trigger and
// actors marked (GET /api/events/{key}), or a whole document with every actor,
// trigger and transfer item marked (GET /api/documents/{id}).
import { api } from './api.js';
import { findSpan, highlighted } from './highlight.js';

function el(tag, text, cls) {
  const node = document.createElement(tag);
  if (text != null) node.textContent = text;
  if (cls) node.className = cls;
  return node;
}

export async function showEvent(root, key, onDoc) {
  const body = await api(`/api/events/${encodeURIComponent(key)}`);
  const e = body.event;
  root.replaceChildren(el('h3', `${e.source.code} → ${e.target ? e.target.code : '—'}  ${e.cameo} ${e.plover.type || ''}`),
    el('p', `first seen ${e.first_seen || '—'}, ${e.num_mentions} mentions in ${e.num_articles} articles, ` +
      `status ${e.status}, Goldstein ${e.goldstein}`, 'muted'));
  root.dataset.event = key;
  for (const m of body.mentions) {
    const s = m.sentence, r = m.record, base = s.start;
    const spans = [{ kind: 'trigger', label: r.evidence.trigger.text, ...r.evidence.trigger }];
    const src = findSpan(s.text, r.source.text, base);
    if (src) spans.push({ kind: 'source', label: r.source.code, ...src });
    const tgt = r.target && findSpan(s.text, r.target.text, base);
    if (tgt) spans.push({ kind: 'target', label: r.target.code, ...tgt });
    const box = el('div', null, 'mention');
    const link = el('a', `${m.doc_id} (${r.date || 'undated'})`);
    link.href = '#';
    link.addEventListener('click', (ev) => {
      ev.preventDefault();
      onDoc(m.doc_id);
    });
    box.append(link, highlighted(s.text, spans, base));
    root.append(box);
  }
}

export async function showDocument(root, docId) {
  const d = await api(`/api/documents/${encodeURIComponent(docId)}`);
  root.replaceChildren(el('h3', d.title || d.doc_id),
    el('p', `${d.doc_id} · ${d.date || 'undated'} · ${d.events.length} events, ${d.transfers.length} transfers`,
      'muted'));
  root.dataset.doc = docId;
  delete root.dataset.event;
  const text = highlighted(d.text, d.highlights);
  text.className = 'document';
  root.append(text);
}
