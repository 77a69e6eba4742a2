// talentflow dashboard pages, one TF.page per path; each reads its filters from the address.
'use strict';

const YEARS = [{ name: 'since', label: 'Since', type: 'year' }, { name: 'until', label: 'Until', type: 'year' }];
const SEGMENT = [{ name: 'tier', label: 'Tier', type: TF.TIERS }, { name: 'field', label: 'Field', type: TF.FIELDS }];
const MOVE = 'A move A → B is counted in the first year B dominates a researcher\'s papers, and only when B persists (two papers or two years).';
const ORIGIN = 'Origin: the first country a researcher publishes from for two papers or two years (not the country of their degree).';

const chartBox = (id, tall) => TF.el('div', { class: tall ? 'chart tall' : 'chart', id });
const unfiltered = text => TF.el('p', { class: 'note unfiltered' }, text);
// counts per year over a continuous run of years, each with its interval band
const COUNTS = { value: r => r.count, low: r => r.low, high: r => r.high, missing: 0, text: r => `${r.count} [${r.low}, ${r.high}]`, empty: '0' };

TF.page('/', 'Overview', main => {
  const cards = TF.el('div', { class: 'cards' });
  const corridors = chartBox('corridors-chart');
  const classes = chartBox('classes-chart');
  const list = TF.el('div');
  const corridorPanel = TF.panel('Largest corridors', MOVE, corridors, { name: 'corridors', chart: corridors, csv: () => corridorCsv() });
  let corridorCsv = () => '';
  const filters = TF.filters([...SEGMENT, ...YEARS], values => drawCorridors(values));
  main.append(TF.el('h1', {}, 'Overview'), unfiltered('The cards and the classes chart count the whole store, all years: the filters below apply to the corridors only.'), cards,
    TF.el('div', { class: 'grid2' }, TF.panel('Researchers by mobility class', 'Whole store. Unplaced: no year with a confident country.', classes,
      { name: 'classes', chart: classes, csv: () => TFC.csv([['class', r => r.mobility_class], ['researchers', r => r.researchers]], summaryClasses) }), TF.el('div', {}, filters.form, corridorPanel)),
    TF.panel('Corridors of the selection', '', list, { name: 'corridor-list', csv: () => corridorCsv() }));
  let summaryClasses = [];
  TF.api('/api/summary').then(summary => {
    summaryClasses = summary.classes;
    cards.replaceChildren(...[['researchers', 'researchers'], ['papers', 'papers'], ['authorships', 'authorships'],
      ['moves', 'moves between countries'], ['countries', 'countries']].map(([key, label]) =>
      TF.el('div', { class: 'card' }, TF.el('div', { class: 'value' }, TF.number(summary[key])), TF.el('div', { class: 'label' }, label))),
      TF.el('div', { class: 'card' }, TF.el('div', { class: 'value' }, `${summary.first_year}–${summary.last_year}`), TF.el('div', { class: 'label' }, 'years')));
    const total = summary.classes.reduce((s, row) => s + row.researchers, 0);
    classes.closest('section').querySelector('h2').textContent = `${TFC.pct(summary.classes[0].researchers / total)} of researchers are ${summary.classes[0].mobility_class}s`;
    TF.chart(classes, { tooltip: { formatter: p => `${p.name}: ${TF.number(p.value)} (${p.percent}%)` }, series: [{ type: 'pie', radius: ['35%', '65%'],
      data: summary.classes.map(row => ({ name: row.mobility_class, value: row.researchers })) }] }, summary.classes.length);
  }).catch(error => TF.showError(cards, error, classes));
  const drawCorridors = values => TF.api('/api/corridors', { ...values, size: 15 }).then(answer => {
    const rows = answer.corridors.slice().reverse();
    const columns = [{ label: 'corridor', render: row => TF.corridorLink(row.from, row.to), text: row => `${row.from}->${row.to}` }, { key: 'moves', label: 'moves', num: true }];
    corridorCsv = () => TF.csv(columns, answer.corridors);
    corridorPanel.querySelector('h2').textContent = rows.length ? `${TFC.corridorLabel(rows[rows.length - 1].from, rows[rows.length - 1].to)} is the largest corridor of this selection: ${TF.number(rows[rows.length - 1].moves)} moves` : 'No moves in this selection';
    const chart = TF.chart(corridors, { tooltip: {}, grid: { left: 10, right: 20, top: 10, bottom: 30, containLabel: true },
      xAxis: { type: 'value', minInterval: 1 }, yAxis: { type: 'category', data: rows.map(row => `${row.from} → ${row.to}`) },
      series: [{ type: 'bar', data: rows.map(row => row.moves), itemStyle: { color: '#2f6db5' } }] }, rows.length);
    chart.off('click');
    chart.on('click', event => { const row = rows[event.dataIndex]; location.href = `/corridors?from=${row.from}&to=${row.to}`; });
    list.replaceChildren(TF.table(columns, answer.corridors));
  }).catch(error => TF.showError(list, error, corridors));
  drawCorridors(filters.values());
});

TF.page('/corridors', 'Corridor explorer', main => {
  const chart = chartBox('corridor-chart');
  const movers = TF.el('div');
  let csv = () => '', moversCsv = () => '';
  const chartPanel = TF.panel('Moves per year', MOVE + ' Years with no move are 0; bands are 95% intervals.', chart, { name: 'corridor', chart, csv: () => csv() });
  const filters = TF.filters([{ name: 'from', label: 'From', type: 'code', value: 'US' }, { name: 'to', label: 'To', type: 'code', value: 'CN' },
    ...SEGMENT, ...YEARS], values => draw(values, 1));
  main.append(TF.el('h1', {}, 'Corridor explorer'), filters.form, chartPanel,
    TF.panel('The researchers behind the numbers', 'Movers follow the years chosen; tier and field apply to the chart only.', movers, { name: 'movers', csv: () => moversCsv() }));
  const draw = (values, page) => Promise.all([TF.context(), TF.api(`/api/corridors/${encodeURIComponent(values.from)}/${encodeURIComponent(values.to)}`,
    { tier: values.tier, field: values.field, since: values.since, until: values.until, page, size: 25 })]).then(([context, answer]) => {
    const all = [...answer.flows, ...answer.reverse];
    const first = Math.max(context.from, +values.since || 0, Math.min(context.source.last_year, ...all.map(f => f.year)));
    const years = TFC.range(first, Math.min(+values.until || 9999, context.source.last_year));
    const series = [[`${answer.from} → ${answer.to}`, answer.flows], [`${answer.to} → ${answer.from}`, answer.reverse]].map(([name, flows]) => ({ key: name, name, rows: new Map(flows.map(f => [f.year, f])) }));
    TF.chart(chart, { ...TFC.bandLines(years, series, COUNTS, context), grid: { left: 10, right: 20, top: 40, bottom: 30, containLabel: true }, yAxis: { type: 'value', minInterval: 1, name: 'moves' } }, all.length);
    csv = () => TFC.csv([['year', y => y], ...series.map(s => [s.name, y => s.rows.get(y)?.count ?? 0]), ...series.map(s => [s.name + ' low', y => s.rows.get(y)?.low ?? 0]), ...series.map(s => [s.name + ' high', y => s.rows.get(y)?.high ?? 0])], years);
    const total = answer.flows.reduce((s, f) => s + f.count, 0), back = answer.reverse.reduce((s, f) => s + f.count, 0);
    chartPanel.querySelector('h2').textContent = `${TFC.corridorLabel(answer.from, answer.to)}: ${TF.number(total)} moves, against ${TF.number(back)} the other way`;
    const columns = [{ label: 'researcher', render: TF.personLink, text: row => row.name }, { key: 'year', label: 'year' },
      { key: 'confidence', label: 'confidence', render: row => row.confidence.toFixed(2) }, { key: 'mobility_class', label: 'class' },
      { label: 'evidence (papers)', render: row => TF.evidence(row.evidence.split(' ').filter(Boolean), row.evidence_urls), text: row => row.evidence }];
    moversCsv = () => TF.csv(columns, answer.movers);
    movers.replaceChildren(answer.movers.length === 0 ? TF.el('p', { class: 'note' }, 'No recorded moves in this corridor for these years.') : TF.table(columns, answer.movers),
      TF.pager(answer.page, number => draw(values, number)));
  }).catch(error => TF.showError(movers, error, chart));
  draw(filters.values(), 1);
});

TF.page('/pipeline', 'Talent pipeline', main => {
  const chart = chartBox('pipeline-chart', true);
  const note = TF.el('p', { class: 'definition' }, ORIGIN + ' Early career: the last country placed in the first three active years. Now: the last settled country (unknown when not placed there in the last three active years; those are counted in the title, not drawn, since unknown is not a destination). Only researchers placed in two years or more are shown. Movers (the default): researchers with at least one move between countries. Countries outside the largest origins and the largest destinations are grouped as "other countries".');
  let rows = [];
  const panel = TF.panel('Where researchers go', '', TF.el('div', {}, note, chart), { name: 'pipeline', chart, csv: () => TFC.csv([['origin', r => r.origin], ['early_career', r => r.early], ['current', r => r.current], ['researchers', r => r.count]], rows) });
  const filters = TF.filters([{ name: 'origin', label: 'Origin', type: 'code' }, { name: 'class', label: 'Researchers', type: ['movers', 'all', 'stayer', 'migrant', 'returnee', 'traveller', 'insufficient'] },
    { name: 'top', label: 'Countries', type: 'number', value: '8', min: 1, max: 30 }], values => draw(values));
  main.append(TF.el('h1', {}, 'Talent pipeline'), filters.form, panel);
  const draw = values => TF.api('/api/pipeline', { ...values, size: 500 }).then(answer => {
    rows = answer.links.map(row => ({ origin: row.origin, early: row.early_career, current: row.current, count: row.researchers }));
    TF.chart(chart, TFC.sankey(rows), rows.length);
    panel.querySelector('h2').textContent = TFC.pipelineTitle(rows, answer.unknown_current, values.class === 'all' ? 'researchers' : values.class === 'movers' ? 'movers' : values.class + 's');
  }).catch(error => TF.showError(note, error, chart));
  draw(filters.values());
});

TF.page('/net-flows', 'Net flows', main => {
  const map = chartBox('netmap-chart', true);
  const bars = chartBox('netbars-chart', true);
  let rows = [], span = '';
  const columns = [{ label: 'country', render: row => TF.link('/countries?code=' + row.country, TFC.label(row.country)), text: row => row.country },
    { key: 'inflow', label: 'arrivals', num: true }, { key: 'outflow', label: 'departures', num: true }, { key: 'net', label: 'net', num: true },
    { label: '95%', render: row => TFC.interval(row.net_low, row.net_high, v => v) }];
  const definition = () => `Arrivals minus departures per country over every year of the store (${span}), with 95% intervals; pale bars: fewer than 10 moves. ${MOVE} Countries too small for the outline are dots on the map. The year filters of other pages do not apply here.`;
  const mapPanel = TF.panel('Net flows', '', map, { name: 'net-flows-map', chart: map, csv: () => TF.csv(columns, rows) });
  const barPanel = TF.panel('The 25 largest, with intervals', '', bars, { name: 'net-flows', chart: bars, csv: () => TF.csv(columns, rows) });
  const list = TF.el('div');
  const filters = TF.filters(SEGMENT, values => draw(values));
  main.append(TF.el('h1', {}, 'Net flows'), filters.form, TF.el('div', { class: 'grid2' }, mapPanel, barPanel), TF.panel('Every country', '', list, { name: 'net-flows-all', csv: () => TF.csv(columns, rows) }));
  const world = fetch('/static/world.json').then(response => response.json());
  const draw = values => Promise.all([world, TF.api('/api/net-flows', { tier: values.tier, field: values.field, size: 500 })]).then(([outline, answer]) => {
    rows = answer.net_flows;
    span = `${answer.first_year}–${answer.last_year}`;
    mapPanel.querySelector('h2').textContent = TFC.netTitle(rows);
    mapPanel.querySelector('.definition')?.remove();
    mapPanel.querySelector('.panel-head').after(TF.el('p', { class: 'definition' }, definition()));
    TF.chart(map, TFC.netMap(outline, rows), rows.length);
    TF.chart(bars, TFC.netBars(rows, 25), Math.min(25, rows.filter(r => r.net !== 0).length));
    list.replaceChildren(TF.table(columns, rows));
  }).catch(error => TF.showError(list, error, map, bars));
  draw(filters.values());
});

TF.page('/countries', 'Country profile', main => {
  const stock = chartBox('stock-chart');
  const migration = chartBox('migration-chart');
  const tables = TF.el('div', { class: 'grid2' });
  const title = TF.el('h1', {}, 'Country profile');
  const message = TF.el('div');
  let profile = null;
  const filters = TF.filters([{ name: 'code', label: 'Country', type: 'code', value: 'US' }], values => draw(values));
  main.append(title, filters.form, unfiltered('All researchers and all years: this page has no tier, field or year filter.'), message,
    TF.el('div', { class: 'grid2' }, TF.panel('Researchers placed in the country, per year', '', stock, { name: 'stock', chart: stock, csv: () => TFC.csv([['year', r => r.year], ['researchers', r => r.researchers]], profile?.stock || []) }),
      TF.panel('Moves in and out, per year', MOVE, migration, { name: 'migration', chart: migration, csv: () => TFC.csv([['year', r => r.year], ['arrivals', r => r.inflow], ['departures', r => r.outflow]], profile?.migration || []) })), tables);
  const draw = values => Promise.all([TF.context(), TF.api(`/api/countries/${encodeURIComponent(values.code)}`)]).then(([context, answer]) => {
    profile = answer;
    message.replaceChildren();
    title.textContent = `Country profile: ${TFC.label(profile.country)}`;
    document.title = `${TFC.name(profile.country)} · talentflow`;
    const years = TFC.range(Math.max(context.from, profile.stock[0]?.year ?? context.from), context.source.last_year);
    const byYear = (rows, key) => { const m = new Map(rows.map(r => [r.year, r[key]])); return years.map(y => m.get(y) || 0); };
    TF.chart(stock, { tooltip: { trigger: 'axis' }, grid: { left: 10, right: 20, top: 20, bottom: 30, containLabel: true }, xAxis: { type: 'category', data: years.map(String), boundaryGap: false },
      yAxis: { type: 'value' }, series: [{ type: 'line', name: 'researchers', data: byYear(profile.stock, 'researchers'), areaStyle: { opacity: 0.15 }, ...TFC.yearMarks(years, context) }] }, profile.stock.length);
    TF.chart(migration, { tooltip: { trigger: 'axis' }, legend: { top: 0 }, grid: { left: 10, right: 20, top: 40, bottom: 30, containLabel: true },
      xAxis: { type: 'category', data: years.map(String) }, yAxis: { type: 'value', minInterval: 1 },
      series: [{ name: 'arrivals', type: 'bar', stack: 'moves', data: byYear(profile.migration, 'inflow'), color: '#2f6db5', ...TFC.yearMarks(years, context) },
        { name: 'departures', type: 'bar', stack: 'moves', data: byYear(profile.migration, 'outflow').map(v => -v), color: '#d0743c' }] }, profile.migration.length);
    const countryTable = (rows, label) => TF.table([{ label, render: row => TF.link('/countries?code=' + row.country, TFC.label(row.country)) }, { key: 'moves', label: 'moves', num: true }], rows);
    tables.replaceChildren(TF.panel('Where its researchers went', '', countryTable(profile.destinations, 'destination')),
      TF.panel('Where its arrivals came from', '', countryTable(profile.origins, 'origin')),
      TF.panel('Researchers who started here, by class', ORIGIN, TF.table([{ key: 'mobility_class', label: 'class' }, { key: 'researchers', label: 'researchers', num: true }], profile.classes)),
      TF.panel('Largest institutions', '', TF.table([{ key: 'institution', label: 'institution' }, { key: 'researchers', label: 'researchers', num: true },
        { key: 'arrivals', label: 'arrivals', num: true }], profile.institutions)));
  }).catch(error => { profile = null; title.textContent = 'Country profile'; tables.replaceChildren(); TF.showError(message, error, stock, migration); });
  draw(filters.values());
});

TF.page('/people', 'People', main => {
  const results = TF.el('div', { id: 'results' });
  const detail = TF.el('div', { id: 'person' });
  const filters = TF.filters([{ name: 'q', label: 'Name', type: 'text', placeholder: 'e.g. Kaiming He' }], values => { TF.setParams({ id: '' }); detail.replaceChildren(); search(values.q, 1); });
  main.append(TF.el('h1', {}, 'People'), filters.form, results, detail);
  const search = (q, page) => q.length < 2 ? results.replaceChildren() : TF.api('/api/people', { q, page, size: 20 }).then(answer => {
    const columns = [{ label: 'name', text: row => row.name, render: row => TF.el('a', { href: '/people?q=' + encodeURIComponent(q) + '&id=' + row.id, onclick: event => { event.preventDefault(); TF.setParams({ id: row.id }); show(row.id, 1); } }, row.name) },
      { key: 'institution', label: 'latest institution' }, { label: 'years', render: row => `${row.first_year}–${row.last_year}` }, { key: 'authorships', label: 'papers', num: true },
      { label: 'origin → current', render: row => `${row.origin || '?'} → ${row.current || '?'}` }, { key: 'mobility_class', label: 'class' }];
    results.replaceChildren(TF.panel(`Researchers matching "${q}"`, 'Punctuation, accents and word order are ignored; institution and years tell namesakes apart.',
      TF.el('div', {}, answer.researchers.length === 0 ? TF.el('p', { class: 'note' }, 'Nobody with that name.') : TF.table(columns, answer.researchers),
        TF.pager(answer.page, number => search(q, number))), { name: 'people', csv: () => TF.csv(columns, answer.researchers) }));
  }).catch(error => TF.showError(results, error));
  const show = (id, page) => TF.api('/api/people/' + encodeURIComponent(id), { page, size: 50 }).then(person => {
    const chart = chartBox('timeline-chart');
    document.title = `${person.name} · talentflow`;
    const paperColumns = [{ key: 'year', label: 'year' }, { label: 'paper', render: row => TF.paperLink(row.paper, row.url), text: row => row.paper }, { key: 'title', label: 'title' },
      { key: 'institution', label: 'institution' }, { label: 'country', render: row => TF.country(row.country) }, { key: 'basis', label: 'evidence' }];
    detail.replaceChildren(TF.panel(person.name, `${TFC.label(person.origin)} → ${TFC.label(person.current)} · ${person.mobility_class} · ${person.authorships} papers, ${person.first_year}–${person.last_year}`
      + ` · ${lastSeen(person)}` + (person.aliases.length ? ` · also written ${person.aliases.join('; ')}` : ''), chart, { name: 'timeline-' + person.id, chart, csv: () => TFC.csv([['year', r => r.year], ['country', r => r.country], ['confidence', r => r.confidence], ['basis', r => r.basis], ['institutions', r => r.institutions.join('; ')]], person.timeline) }),
      TF.panel('Moves', MOVE, person.moves.length === 0 ? TF.el('p', { class: 'note' }, 'No move between countries.') :
        TF.table([{ key: 'year', label: 'year' }, { label: 'possible years', render: moveYears }, { label: 'move', render: row => TF.corridorLink(row.from, row.to) },
          { label: 'confidence', render: row => row.confidence.toFixed(2) }, { label: 'evidence (papers)', render: row => TF.evidence(row.evidence, row.evidence_urls) }], person.moves)),
      TF.panel('Timeline', '', TF.table([{ key: 'year', label: 'year' }, { label: 'country', render: row => TF.country(row.country) },
        { label: 'confidence', render: row => row.confidence.toFixed(2) }, { key: 'basis', label: 'basis' }, { label: 'institutions', render: row => row.institutions.join('; ') }], person.timeline)),
      TF.panel('The papers behind each placement', '', TF.el('div', {}, TF.table(paperColumns, person.papers), TF.pager(person.page, number => show(id, number))), { name: 'papers-' + person.id, csv: () => TF.csv(paperColumns, person.papers) }));
    timeline(chart, person);
  }).catch(error => TF.showError(detail, error));
  const params = TF.params();
  if (params.get('q')) search(params.get('q'), 1);
  if (params.get('id')) show(params.get('id'), 1);
});

// Where and when the researcher was last placed: current is empty when that is more than two years before their last paper.
const lastSeen = person => person.last_seen ? `last seen in ${TFC.label(person.last_seen.country)} in ${person.last_seen.year}` : 'never placed in a country';
// The years a move can have happened in, as the papers leave them open (earliest = latest: the papers pin it down).
const moveYears = move => move.earliest === move.latest ? String(move.year) : `${move.earliest}–${move.latest}`;

// One cell per placed year at the year's country (so a move shows in the year it is recorded), moves marked.
function timeline(chart, person) {
  const placed = person.timeline.filter(row => row.country !== '');
  const countries = [...new Set(placed.map(row => row.country))];
  const colors = TFC.palette(countries);
  chart.style.height = Math.max(180, 90 + 40 * countries.length) + 'px';
  TF.chart(chart, { tooltip: { formatter: item => `${item.value[0]}: ${TFC.label(countries[item.value[1]])} (confidence ${item.value[2].toFixed(2)})` },
    grid: { left: 10, right: 20, top: 20, bottom: 30, containLabel: true }, xAxis: { type: 'value', min: person.first_year - 1, max: person.last_year + 1, minInterval: 1, axisLabel: { formatter: String } },
    yAxis: { type: 'category', data: countries.map(TFC.name) },
    series: [{ type: 'custom', encode: { x: 0, y: 1 }, data: placed.map(row => [row.year, countries.indexOf(row.country), row.confidence]),
      renderItem: (params, api) => { const start = api.coord([api.value(0) - 0.45, api.value(1)]), end = api.coord([api.value(0) + 0.45, api.value(1)]), height = api.size([0, 1])[1] * 0.5;
        return { type: 'rect', shape: { x: start[0], y: start[1] - height / 2, width: end[0] - start[0], height }, style: { fill: colors.get(countries[api.value(1)]), opacity: 0.35 + 0.65 * api.value(2) } }; },
      markLine: { symbol: 'none', lineStyle: { color: '#1d2433', type: 'dashed' }, label: { formatter: p => p.name, fontSize: 10 },
        data: person.moves.map(move => ({ name: `${move.from} → ${move.to} ${move.year}`, xAxis: move.year - 0.5 })) },
      markArea: { silent: true, itemStyle: { color: 'rgba(152,162,179,0.2)' }, label: { formatter: p => p.name, fontSize: 9, position: 'insideBottom' },
        data: person.moves.filter(move => move.earliest < move.latest).map(move => [{ name: `possible ${moveYears(move)}`, xAxis: move.earliest - 0.5 }, { xAxis: move.latest + 0.5 }]) } }] }, placed.length);
  echarts.getInstanceByDom(chart).resize();
}
