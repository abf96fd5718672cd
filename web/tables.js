// The events list (GET /api/events, paged by cursor) and the arms register
// (GET /api/register). Cells are filled with textContent only.
function row(tbody, cells, onClick) {
  const tr = document.createElement('tr');
  for (const c of cells) {
    const td = document.createElement('td');
    td.textContent = c == null ? '' : String(c);
    tr.append(td);
  }
  if (onClick) {
    tr.tabIndex = 0;
    tr.addEventListener('click', onClick);
    tr.addEventListener('keydown', (e) => e.key === 'Enter' && onClick());
  }
  tbody.append(tr);
  return tr;
}

export function addEvents(table, events, onPick) {
  const tbody = table.tBodies[0];
  for (const e of events) {
    const tr = row(tbody, [e.first_seen, e.source.code, e.target ? e.target.code : '', e.cameo, e.plover.type || '',
      e.quad_class, e.num_mentions], () => onPick(e.event_id));
    tr.dataset.key = e.event_id;
    tr.className = `quad${e.quad_class}`;
  }
}

export function fillRegister(table, body, totalNode, onPick) {
  const tbody = table.tBodies[0];
  tbody.replaceChildren();
  let known = 0, fresh = 0;
  for (const r of body.rows) {
    const flag = r.sipri ? r.sipri.match : '';
    known += flag === 'known-deal';
    fresh += flag === 'new-in-the-news';
    const tr = row(tbody, [r.supplier_name || r.supplier || 'unknown', r.recipient_name || r.recipient || 'unknown', r.designation || '—',
      r.description, r.number_ordered, r.number_delivered, r.status, r.first_mention, r.last_mention, r.documents,
      flag || (body.sipri ? '' : 'no SIPRI export')], () => r.evidence.length && onPick(r.evidence[0].doc_id));
    tr.dataset.flag = flag;
    if (flag) tr.classList.add(flag);
    if (r.conflict) tr.classList.add('conflict');
  }
  totalNode.textContent = body.sipri
    ? `${body.rows.length} rows, ${known} known deals, ${fresh} new in the news`
    : `${body.rows.length} rows (start dyad serve with --sipri FILE for known-deal / new flags)`;
  table.dataset.rows = String(body.rows.length);
}
