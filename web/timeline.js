// Events per period stacked by QuadClass, with the Goldstein sum as a line (GET /api/series).
const QUADS = ['quad1', 'quad2', 'quad3', 'quad4'];

// Every period from the first to the last, empty ones as zero rows, so time runs evenly along the axis.
function filled(rows, period) {
  if (rows.length < 2) return rows;
  const at = new Map(rows.map((r) => [r.period, r]));
  const parse = period === 'month' ? (p) => new Date(`${p}-01T00:00:00Z`) : (p) => new Date(`${p}T00:00:00Z`);
  const next = period === 'month' ? (d) => d.setUTCMonth(d.getUTCMonth() + 1)
    : (d) => d.setUTCDate(d.getUTCDate() + (period === 'week' ? 7 : 1));
  const name = (d) => d.toISOString().slice(0, period === 'month' ? 7 : 10);
  const out = [];
  const end = parse(rows[rows.length - 1].period);
  for (const d = parse(rows[0].period); d <= end && out.length <= 5000; next(d)) {
    const p = name(d);
    out.push(at.get(p) || { period: p, events: 0, mentions: 0, goldstein_sum: 0, quad1: 0, quad2: 0, quad3: 0, quad4: 0 });
  }
  return out.length > 5000 ? rows : out;
}

export function drawTimeline(svgNode, apiRows, totalNode, period = 'month') {
  const rows = filled(apiRows, period);
  const svg = d3.select(svgNode);
  svg.selectAll('*').remove();
  const width = svgNode.clientWidth || 900, height = 220;
  const m = { top: 10, right: 40, bottom: 40, left: 40 };
  svg.attr('viewBox', `0 0 ${width} ${height}`);
  const total = d3.sum(rows, (r) => r.events);
  totalNode.textContent = `${total} events in ${apiRows.length} ${period}s`;
  svgNode.dataset.total = String(total);
  if (!rows.length) return;
  const x = d3.scaleBand().domain(rows.map((r) => r.period)).range([m.left, width - m.right]).padding(0.15);
  const y = d3.scaleLinear().domain([0, d3.max(rows, (r) => r.events)]).nice().range([height - m.bottom, m.top]);
  const stack = d3.stack().keys(QUADS)(rows);
  svg.append('g').selectAll('g').data(stack).join('g').attr('class', (s) => s.key)
    .selectAll('rect').data((s) => s.map((d) => ({ d, key: s.key }))).join('rect')
    .attr('class', 'bar')
    .attr('x', ({ d }) => x(d.data.period)).attr('width', x.bandwidth())
    .attr('y', ({ d }) => y(d[1])).attr('height', ({ d }) => y(d[0]) - y(d[1]))
    .attr('data-period', ({ d }) => d.data.period).attr('data-count', ({ d, key }) => d.data[key])
    .append('title').text(({ d, key }) => `${d.data.period} ${key}: ${d.data[key]}`);
  const g = d3.extent(rows, (r) => r.goldstein_sum);
  const yg = d3.scaleLinear().domain([Math.min(0, g[0]), Math.max(0, g[1])]).nice().range([height - m.bottom, m.top]);
  svg.append('path').attr('class', 'goldstein')
    .attr('d', d3.line().x((r) => x(r.period) + x.bandwidth() / 2).y((r) => yg(r.goldstein_sum))(rows));
  const every = Math.ceil(rows.length / 12);
  svg.append('g').attr('transform', `translate(0,${height - m.bottom})`)
    .call(d3.axisBottom(x).tickValues(x.domain().filter((_, i) => i % every === 0)));
  svg.append('g').attr('transform', `translate(${m.left},0)`).call(d3.axisLeft(y).ticks(5));
  svg.append('g').attr('transform', `translate(${width - m.right},0)`).call(d3.axisRight(yg).ticks(5));
}
