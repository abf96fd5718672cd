// Where events took place: the world of world-atlas (countries-110m, embedded)
// and one circle per place (GET /api/places). No tiles, no network.
let world = null;

async function countries() {
  if (!world) {
    const topo = await (await fetch('/vendor/countries-110m.json')).json();
    world = topojson.feature(topo, topo.objects.countries);
  }
  return world;
}

export async function drawMap(svgNode, rows, totalNode) {
  const land = await countries();
  const svg = d3.select(svgNode);
  svg.selectAll('*').remove();
  const width = 480, height = 260;
  svg.attr('viewBox', `0 0 ${width} ${height}`);
  const projection = d3.geoNaturalEarth1().fitSize([width, height], { type: 'Sphere' });
  const path = d3.geoPath(projection);
  svg.append('path').attr('class', 'sphere').attr('d', path({ type: 'Sphere' }));
  svg.append('g').selectAll('path').data(land.features).join('path').attr('class', 'land').attr('d', path);
  const total = d3.sum(rows, (r) => r.events);
  totalNode.textContent = `${total} located events at ${rows.length} places`;
  svgNode.dataset.total = String(total);
  const r = d3.scaleSqrt().domain([0, d3.max(rows, (p) => p.events) || 1]).range([2, 14]);
  svg.append('g').selectAll('circle').data(rows).join('circle').attr('class', 'place')
    .attr('cx', (p) => projection([p.lon, p.lat])[0]).attr('cy', (p) => projection([p.lon, p.lat])[1])
    .attr('r', (p) => r(p.events)).attr('data-count', (p) => p.events)
    .append('title').text((p) => `${p.place} (${p.country}): ${p.events} events`);
}
