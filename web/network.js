// Who acts on whom: the dyads with most events (GET /api/top?by=dyads) as a
// directed graph, laid out by a force simulation run to the end before drawing.
export function drawNetwork(svgNode, rows, totalNode, onPick) {
  const svg = d3.select(svgNode);
  svg.selectAll('*').remove();
  const width = 480, height = 260;
  svg.attr('viewBox', `0 0 ${width} ${height}`);
  const links = rows.map((r) => {
    const [source, target] = r.dyad.split(',');
    return { source, target: target || '(none)', events: r.events };
  });
  const names = [...new Set(links.flatMap((l) => [l.source, l.target]))];
  const nodes = names.map((id) => ({ id }));
  totalNode.textContent = `${names.length} actors, ${links.length} dyads`;
  svgNode.dataset.dyads = String(links.length);
  const sim = d3.forceSimulation(nodes)
    .force('link', d3.forceLink(links).id((d) => d.id).distance(60))
    .force('charge', d3.forceManyBody().strength(-120))
    .force('center', d3.forceCenter(width / 2, height / 2)).stop();
  for (let i = 0; i < 300; i++) sim.tick();
  const clamp = (v, lo, hi) => Math.max(lo, Math.min(hi, v));
  for (const n of nodes) {
    n.x = clamp(n.x, 20, width - 20);
    n.y = clamp(n.y, 12, height - 12);
  }
  const w = d3.scaleLinear().domain([1, d3.max(links, (l) => l.events) || 1]).range([1, 6]);
  svg.append('defs').append('marker').attr('id', 'arrow').attr('viewBox', '0 -4 8 8').attr('refX', 16)
    .attr('markerUnits', 'userSpaceOnUse')
    .attr('markerWidth', 8).attr('markerHeight', 8).attr('orient', 'auto')
    .append('path').attr('d', 'M0,-4L8,0L0,4');
  svg.append('g').selectAll('line').data(links).join('line').attr('class', 'link')
    .attr('x1', (l) => l.source.x).attr('y1', (l) => l.source.y)
    .attr('x2', (l) => l.target.x).attr('y2', (l) => l.target.y)
    .attr('stroke-width', (l) => w(l.events)).attr('marker-end', 'url(#arrow)')
    .on('click', (_, l) => l.target.id !== '(none)' && onPick(`${l.source.id},${l.target.id}`))
    .append('title').text((l) => `${l.source.id} → ${l.target.id}: ${l.events} events`);
  const node = svg.append('g').selectAll('g').data(nodes).join('g').attr('class', 'node')
    .attr('transform', (n) => `translate(${n.x},${n.y})`);
  node.append('circle').attr('r', 5);
  node.append('text').attr('x', 7).attr('y', 4).text((n) => n.id);
}
