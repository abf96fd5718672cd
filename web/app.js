// The dashboard: filters live in the URL (?dyad=RUS,MLI&period=week&event=…),
// so a view can be shared; every panel asks the API with those filters.
import { api, FILTERS } from './api.js';
import { showDocument, showEvent } from './evidence.js';
import { drawMap } from './map.js';
import { drawNetwork } from './network.js';
import { addEvents, fillRegister } from './tables.js';
import { drawTimeline } from './timeline.js';

const $ = (id) => document.getElementById(id);
const form = $('filters');
let nextCursor = null;

function state() {
  return new URLSearchParams(location.search);
}

function filters(s = state()) {
  const out = {};
  for (const k of FILTERS) if (s.get(k)) out[k] = s.get(k);
  return out;
}

function navigate(changes, push = true) {
  const s = state();
  for (const [k, v] of Object.entries(changes)) {
    if (v) s.set(k, v);
    else s.delete(k);
  }
  const url = s.toString() ? `?${s}` : location.pathname;
  if (push) history.pushState(null, '', url);
  else history.replaceState(null, '', url);
  render();
}

function fail(err) {
  $('error').textContent = err.message;
}

async function loadEvents(reset) {
  const table = $('events');
  if (reset) {
    table.tBodies[0].replaceChildren();
    nextCursor = null;
  }
  const body = await api('/api/events', { ...filters(), limit: 50, cursor: reset ? '' : nextCursor });
  addEvents(table, body.events, (key) => navigate({ event: key, doc: '' }));
  nextCursor = body.next;
  $('more-events').hidden = !nextCursor;
  $('events-total').textContent = `${table.tBodies[0].rows.length} shown${nextCursor ? ', more' : ''}`;
}

async function render() {
  const s = state();
  for (const el of form.elements) if (el.name) el.value = s.get(el.name) || (el.name === 'period' ? 'month' : '');
  $('error').textContent = '';
  const f = filters(s);
  const period = s.get('period') || 'month';
  const jobs = [
    api('/api/series', { ...f, period }).then((b) => drawTimeline($('timeline'), b.rows, $('timeline-total'), period)),
    api('/api/places', f).then((b) => drawMap($('map'), b.rows, $('map-total'))),
    api('/api/top', { ...f, by: 'dyads', n: 30 })
      .then((b) => drawNetwork($('network'), b.rows, $('network-total'), (dyad) => navigate({ dyad }))),
    api('/api/register').then((b) => fillRegister($('register'), b, $('register-total'), (doc) => navigate({ doc, event: '' }))),
    loadEvents(true),
  ];
  const onDoc = (doc) => navigate({ doc, event: '' });
  if (s.get('event')) jobs.push(showEvent($('evidence'), s.get('event'), onDoc));
  else if (s.get('doc')) jobs.push(showDocument($('evidence'), s.get('doc')));
  const results = await Promise.allSettled(jobs);
  const failed = results.find((r) => r.status === 'rejected');
  if (failed) fail(failed.reason);
  document.body.dataset.ready = String(Date.now());
}

form.addEventListener('submit', (e) => {
  e.preventDefault();
  const changes = {};
  for (const el of form.elements) if (el.name) changes[el.name] = el.name === 'period' && el.value === 'month' ? '' : el.value.trim();
  navigate(changes);
});
$('clear').addEventListener('click', () => {
  history.pushState(null, '', location.pathname);
  render();
});
$('more-events').addEventListener('click', () => loadEvents(false).catch(fail));
window.addEventListener('popstate', render);

api('/api/info').then((i) => {
  $('store-info').textContent = `${i.location}: ${i.documents} documents, ${i.events} events, ${i.transfers} transfers`;
}).catch(fail);
render();
