// talentflow charts: the option builders that the report (which inlines this file) and the
// dashboard (which serves it) share, so that both draw a number the same way. Plain functions over
// rows; nothing here fetches or touches the page beyond the element it is given.
'use strict';

const TFC = {};

TFC.COLORS = ['#2f6fdf', '#e4572e', '#17a398', '#f3a712', '#8e44ad', '#6b7a8f', '#c0392b', '#2c3e50', '#7cb518', '#d35d9e'];
TFC.GREY = '#c3c9d2';
// a venue count from which yearly figures stand on more than one or two conferences
TFC.ADEQUATE_VENUES = 3;
// venues joining or leaving with at least this share of a year's authorships break a series
TFC.BREAK_SHARE = 0.3;

TFC.names = new Map();
TFC.centroids = new Map();
TFC.setCountries = list => list.forEach(([code, name, lat, lon]) => { TFC.names.set(code, name); TFC.centroids.set(code, [lon, lat]); });
TFC.name = code => code === '' || code == null ? 'unknown' : code === 'other' ? 'other countries' : code === 'all' ? 'all countries' : TFC.names.get(code) || code;
// "United States (US)": names for readers, codes for those who know them
TFC.label = code => TFC.names.has(code) ? `${TFC.names.get(code)} (${code})` : TFC.name(code);
TFC.corridorLabel = (from, to) => `${TFC.name(from)} → ${TFC.name(to)}`;

TFC.range = (first, last) => Array.from({ length: Math.max(0, last - first + 1) }, (_, i) => first + i);
TFC.pct = v => v == null ? '' : (100 * v).toFixed(1) + '%';
TFC.fixed = (v, d) => v == null ? '' : (+v).toFixed(d);
TFC.interval = (lo, hi, format) => `[${format(lo)}, ${format(hi)}]`;

// One colour per key across a chart (and across the charts of a page drawn with the same keys).
TFC.palette = keys => { const colors = new Map(); keys.forEach((key, i) => colors.set(key, key === 'other' || key === '' ? TFC.GREY : TFC.COLORS[i % TFC.COLORS.length])); return colors; };

TFC.topKeys = (rows, keyOf, weight, n) => {
  const totals = new Map();
  rows.forEach(r => totals.set(keyOf(r), (totals.get(keyOf(r)) || 0) + weight(r)));
  return [...totals.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, n).map(e => e[0]);
};

// Coverage by year from the coverage rows (venue, year, authorships): venues and authorships per year.
TFC.coverageYears = rows => {
  const years = new Map();
  rows.forEach(r => { const y = years.get(r.year) || { year: r.year, venues: new Map(), authorships: 0 }; y.venues.set(r.venue, r.authorships); y.authorships += r.authorships; years.set(r.year, y); });
  return [...years.values()].sort((a, b) => a.year - b.year);
};

// The first year from which every year has at least ADEQUATE_VENUES venues (or as many as any year
// has, for a store of fewer venues); earlier years rest on one or two conferences.
TFC.adequateFrom = years => {
  const needed = Math.min(TFC.ADEQUATE_VENUES, Math.max(0, ...years.map(y => y.venues.size)));
  let from = years.length ? years[years.length - 1].year : 0;
  for (let i = years.length - 1; i >= 0 && years[i].venues.size >= needed; i--) from = years[i].year;
  return from;
};

// The first year from which every year's share rests on at least min (rows {year, base}): earlier
// years of a handful of people give 0% or 100% and would set the axis. null when no year qualifies.
TFC.adequateBase = (rows, min) => {
  const years = [...new Set(rows.map(r => r.year))].sort((a, b) => a - b);
  const small = new Set(rows.filter(r => r.base < min).map(r => r.year));
  let from = null;
  for (let i = years.length - 1; i >= 0 && !small.has(years[i]); i--) from = years[i];
  return from;
};

// Years where venues holding a large share of the authorships join or leave: the series changes there for that reason.
TFC.coverageBreaks = (years, from) => {
  const breaks = [];
  for (let i = 1; i < years.length; i++) {
    const [before, now] = [years[i - 1], years[i]];
    if (now.year < from) continue;
    const joined = [...now.venues.keys()].filter(v => !before.venues.has(v));
    const left = [...before.venues.keys()].filter(v => !now.venues.has(v));
    const share = Math.max(joined.reduce((s, v) => s + now.venues.get(v), 0) / now.authorships, left.reduce((s, v) => s + before.venues.get(v), 0) / before.authorships);
    const names = (list, sign) => list.length === 0 ? '' : list.length <= 2 ? sign + list.join(' ' + sign) : `${sign}${list.length} venues`;
    if (share >= TFC.BREAK_SHARE) breaks.push({ year: now.year, share, label: [names(joined, '+'), names(left, '−')].filter(Boolean).join(' ') });
  }
  // the three largest breaks: more lines than that hide the data they explain
  return breaks.sort((a, b) => b.share - a.share).slice(0, 3).sort((a, b) => a.year - b.year);
};

// Marks for a category axis of years: the partial last year shaded, coverage breaks as labelled lines.
TFC.yearMarks = (years, context) => {
  const marks = {};
  const breaks = (context.breaks || []).filter(b => years.includes(b.year) && b.year !== years[0]);
  if (breaks.length) marks.markLine = { silent: true, symbol: 'none', lineStyle: { color: '#98a2b3', type: 'dashed' },
    label: { formatter: p => p.name, fontSize: 9, color: '#5b6577', position: 'insideEndTop' },
    data: breaks.map(b => ({ name: b.label.length > 28 ? b.label.slice(0, 27) + '…' : b.label, xAxis: String(b.year) })) };
  if (context.partialYear != null && years.includes(context.partialYear)) marks.markArea = { silent: true, itemStyle: { color: 'rgba(152,162,179,0.18)' },
    label: { show: true, formatter: 'partial', fontSize: 10, color: '#5b6577' }, data: [[{ xAxis: String(context.partialYear) }, { xAxis: String(context.partialYear) }]] };
  return marks;
};

// Lines over a continuous run of years (no data is 0 for counts, a gap for shares), each with its
// 95% interval as a band inside the plot. series: [{key, name, rows: Map year -> row}].
TFC.bandLines = (years, series, get, context) => {
  const colors = TFC.palette(series.map(s => s.key));
  const out = [];
  series.forEach((s, k) => {
    const at = (y, f) => s.rows.has(y) ? get[f](s.rows.get(y)) : get.missing;
    const color = colors.get(s.key);
    out.push({ name: s.name, type: 'line', color, symbolSize: 5, connectNulls: false, z: 3,
      data: years.map(y => ({ value: at(y, 'value'), symbol: s.rows.get(y)?.thin ? 'emptyCircle' : 'circle' })), ...(k === 0 ? TFC.yearMarks(years, context) : {}) });
    out.push({ name: s.name, type: 'line', stack: 'band' + k, data: years.map(y => at(y, 'low')), lineStyle: { opacity: 0 }, symbol: 'none', silent: true, tooltip: { show: false } });
    out.push({ name: s.name, type: 'line', stack: 'band' + k, data: years.map(y => { const lo = at(y, 'low'), hi = at(y, 'high'); return lo == null || hi == null ? null : hi - lo; }),
      lineStyle: { opacity: 0 }, symbol: 'none', silent: true, areaStyle: { color, opacity: 0.14 }, tooltip: { show: false } });
  });
  return { legend: { data: series.map(s => s.name), type: 'scroll', top: 0 }, xAxis: { type: 'category', data: years.map(String), boundaryGap: false }, series: out,
    tooltip: { trigger: 'axis', formatter: items => TFC.bandTooltip(items, series, years, get) } };
};

TFC.bandTooltip = (items, series, years, get) => {
  const year = years[items[0].dataIndex];
  return [String(year), ...series.map(s => { const r = s.rows.get(year); return `${s.name}: ${r ? get.text(r) : get.empty}`; })].join('<br>');
};

// Error bars for bar charts: data [[category index, low, high]]; offset shifts the bar within its slot.
TFC.errorBars = (data, horizontal, offset) => ({ type: 'custom', name: 'interval', silent: true, tooltip: { show: false }, z: 5, data,
  renderItem: (params, api) => {
    const at = v => horizontal ? api.coord([v, api.value(0)]) : api.coord([api.value(0), v]);
    const lo = at(api.value(1)), hi = at(api.value(2));
    const shift = (offset || 0) * (horizontal ? api.size([0, 1])[1] : api.size([1, 0])[0]);
    const [dx, dy] = horizontal ? [0, shift] : [shift, 0];
    return { type: 'line', shape: { x1: lo[0] + dx, y1: lo[1] + dy, x2: hi[0] + dx, y2: hi[1] + dy }, style: { stroke: '#1d2433', lineWidth: 1.5 } };
  } });

// Coverage heatmap: papers per venue and year, coloured by papers (not by the placed share).
TFC.coverageHeatmap = (rows, context) => {
  const venues = [...new Set(rows.map(r => r.venue))].sort().reverse();
  const first = Math.min(...rows.map(r => r.year)), last = Math.max(...rows.map(r => r.year));
  const years = TFC.range(first, last).map(String);
  const max = Math.max(1, ...rows.map(r => r.papers));
  return { tooltip: { trigger: 'item', formatter: p => `${venues[p.value[1]]} ${years[p.value[0]]}: ${p.value[2].toLocaleString('en-US')} papers, ${TFC.pct(p.value[3])} of authorships placed` },
    grid: { left: 90, right: 10, top: 10, bottom: 70 }, xAxis: { type: 'category', data: years, splitArea: { show: true } }, yAxis: { type: 'category', data: venues },
    visualMap: { type: 'continuous', dimension: 2, min: 0, max, calculable: true, orient: 'horizontal', left: 'center', bottom: 0, text: [max.toLocaleString('en-US') + ' papers', '0'],
      inRange: { color: ['#dbe7fb', '#7fa6ec', '#2f6fdf', '#173f8a'] } },
    series: [{ type: 'heatmap', data: rows.map(r => [years.indexOf(String(r.year)), venues.indexOf(r.venue), r.papers, r.placed_share]),
      ...TFC.yearMarks(years.map(Number), { partialYear: context.partialYear }) }] };
};

// Net flows on a world map: countries coloured by net gain (diverging), small countries as dots.
TFC.netMap = (world, rows) => {
  if (!echarts.getMap('tf-world')) echarts.registerMap('tf-world', world);
  const shaped = new Set(world.features.map(f => f.properties.name));
  const max = Math.max(1, ...rows.map(r => Math.abs(r.net)));
  const text = r => `${TFC.label(r.country)}: net ${r.net > 0 ? '+' : ''}${r.net} ${TFC.interval(r.net_low, r.net_high, v => v)}; ${r.inflow} arrivals, ${r.outflow} departures${r.thin ? ' (fewer than 10 moves)' : ''}`;
  const byCode = new Map(rows.map(r => [r.country, r]));
  return { tooltip: { trigger: 'item', formatter: p => byCode.has(p.name) ? text(byCode.get(p.name)) : TFC.name(p.name) + ': no moves' },
    visualMap: { type: 'continuous', min: -max, max, dimension: 0, calculable: true, orient: 'horizontal', left: 'center', bottom: 0, text: ['gains', 'losses'],
      inRange: { color: ['#c0392b', '#f2b8a8', '#f4f4f4', '#9fd8cf', '#138a7e'] }, seriesIndex: [0, 1] },
    geo: { map: 'tf-world', roam: true, nameProperty: 'name', itemStyle: { areaColor: '#eef0f3', borderColor: '#c3c9d2' }, emphasis: { label: { show: false } }, left: 0, right: 0, top: 10, bottom: 50 },
    series: [{ type: 'map', geoIndex: 0, data: rows.filter(r => shaped.has(r.country)).map(r => ({ name: r.country, value: r.net })) },
      { type: 'scatter', coordinateSystem: 'geo', symbolSize: 9, itemStyle: { borderColor: '#5b6577', borderWidth: 0.5 },
        data: rows.filter(r => !shaped.has(r.country) && TFC.centroids.has(r.country)).map(r => ({ name: r.country, value: [...TFC.centroids.get(r.country), r.net] })),
        encode: { value: 2 } }] };
};

// The net-flow takeaway: the largest gain and loss among countries whose interval excludes 0.
TFC.netTitle = rows => {
  const solid = rows.filter(r => !r.thin && (r.net_low > 0 || r.net_high < 0)).sort((a, b) => b.net - a.net);
  return solid.length ? `${TFC.name(solid[0].country)} gained most (net ${solid[0].net > 0 ? '+' : ''}${solid[0].net}); ${TFC.name(solid[solid.length - 1].country)} lost most (${solid[solid.length - 1].net})`
    : 'No country gains or loses beyond chance in this selection';
};

// Ranked diverging bars of net flows with their intervals: the honest companion of the map.
TFC.netBars = (rows, n) => {
  const ranked = rows.filter(r => r.net !== 0).sort((a, b) => Math.abs(b.net) - Math.abs(a.net) || (a.country < b.country ? -1 : 1)).slice(0, n)
    .sort((a, b) => a.net - b.net);
  return { tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, formatter: items => { const r = ranked[items[0].dataIndex];
      return `${TFC.label(r.country)}: net ${r.net} ${TFC.interval(r.net_low, r.net_high, v => v)}<br>${r.inflow} arrivals, ${r.outflow} departures`; } },
    grid: { left: 110, right: 20, top: 10, bottom: 40 }, xAxis: { type: 'value', name: 'net researchers', nameLocation: 'middle', nameGap: 25 },
    yAxis: { type: 'category', data: ranked.map(r => TFC.name(r.country)), axisLabel: { width: 100, overflow: 'truncate' } },
    series: [{ type: 'bar', data: ranked.map(r => ({ value: r.net, itemStyle: { color: r.net > 0 ? '#17a398' : '#e4572e', opacity: r.thin ? 0.45 : 1 } })) },
      TFC.errorBars(ranked.map((r, i) => [i, r.net_low, r.net_high]), true)] };
};

// Sankey of origin -> early career -> current; rows {origin, early, current, count, base}. One
// colour per country across the three stages; labels carry counts and shares of the origin.
TFC.sankey = rows => {
  const stages = ['origin', 'early career', 'now'];
  const countries = TFC.topKeys(rows.flatMap(r => [[r.origin, r.count], [r.early, r.count], [r.current, r.count]].map(([c, n]) => ({ c, n }))), x => x.c, x => x.n, 50);
  const colors = TFC.palette(countries);
  const node = (country, stage) => `${TFC.name(country)} · ${stages[stage]}`;
  const totals = new Map(); const links = new Map(); const nodeCountry = new Map();
  const add = (map, key, n) => map.set(key, (map.get(key) || 0) + n);
  rows.forEach(r => { const path = [r.origin, r.early, r.current].map((c, stage) => { nodeCountry.set(node(c, stage), c); return node(c, stage); });
    path.forEach(n => add(totals, n, r.count)); add(links, path[0] + '|' + path[1], r.count); add(links, path[1] + '|' + path[2], r.count); });
  const all = rows.reduce((s, r) => s + r.count, 0);
  const data = [...totals.keys()].map(name => ({ name, itemStyle: { color: colors.get(nodeCountry.get(name)) },
    label: { formatter: `${name} ${totals.get(name).toLocaleString('en-US')} (${TFC.pct(totals.get(name) / all)})` } }));
  return { tooltip: { trigger: 'item', formatter: p => p.dataType === 'edge' ? `${p.data.source} → ${p.data.target}: ${p.data.value.toLocaleString('en-US')}` : `${p.name}: ${p.value.toLocaleString('en-US')}` },
    series: [{ type: 'sankey', left: 10, right: 190, top: 10, bottom: 10, nodeGap: 10, nodeAlign: 'justify', emphasis: { focus: 'adjacency' },
      lineStyle: { color: 'source', opacity: 0.35 }, label: { fontSize: 10 }, labelLayout: { hideOverlap: true }, data,
      links: [...links.entries()].map(([k, value]) => ({ source: k.split('|')[0], target: k.split('|')[1], value })) }] };
};

// The pipeline's takeaway: the top destination among known countries (not the origin, not "other
// countries"), and apart from it how many have no known current country: unknown is not a place.
// rows {origin, current, count} with a known current; unknown: researchers shown whose current is unknown.
TFC.pipelineTitle = (rows, unknown, who) => {
  const number = n => n.toLocaleString('en-US');
  const total = rows.reduce((s, r) => s + r.count, 0) + unknown;
  const abroad = rows.filter(r => r.current !== r.origin && r.current !== 'other');
  const top = TFC.topKeys(abroad, r => r.current, r => r.count, 1)[0];
  const there = abroad.filter(r => r.current === top).reduce((s, r) => s + r.count, 0);
  const unknownPart = unknown ? `; ${number(unknown)} (${TFC.pct(unknown / total)}) have no known current country` : '';
  return top == null ? `None of the ${number(total)} ${who} shown is known to work outside their origin${unknownPart}`
    : `${TFC.name(top)} is the top destination: ${number(there)} of the ${number(total)} ${who} shown (${TFC.pct(there / total)}) now work there${unknownPart}`;
};

// CSV text of rows; columns are [header, row -> value].
TFC.csv = (columns, rows) => {
  const cell = v => { const s = v == null ? '' : String(v); return /[",\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s; };
  return [columns.map(c => cell(c[0])).join(','), ...rows.map(r => columns.map(c => cell(c[1](r))).join(','))].join('\n') + '\n';
};

// "CSV" and "PNG" download links for a view: csv() gives the text of the rows drawn, chart the ECharts instance.
TFC.exports = (name, csv, chart) => {
  const link = (text, make, type) => { const a = document.createElement('a'); a.textContent = text; a.className = 'export'; a.href = '#'; a.dataset.export = type;
    a.download = name + '.' + type;
    a.addEventListener('click', () => { a.href = make(); }); return a; };
  const box = document.createElement('span'); box.className = 'exports';
  // a data: address rather than a blob: one, so that the page's security policy lets anyone read it back
  box.append(link('CSV', () => 'data:text/csv;charset=utf-8,' + encodeURIComponent(csv()), 'csv'));
  if (chart) box.append(' ', link('PNG', () => chart().getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#fff' }), 'png'));
  return box;
};
