// talentflow dashboard pages, one function per path; each reads its filters from the address.
'use strict';

const YEARS = [{ name: 'since', label: 'Since', type: 'year' }, { name: 'until', label: 'Until', type: 'year' }];
const SEGMENT = [{ name: 'tier', label: 'Tier', type: TF.TIERS }, { name: 'field', label: 'Field', type: TF.FIELDS }];

const panel = (title, ...children) => TF.el('section', { class: 'panel' }, title ? TF.el('h2', {}, title) : '', children);
const chartBox = (id, tall) => TF.el('div', { class: tall ? 'chart tall' : 'chart', id });

TF.PAGES['/'] = main => {
  const cards = TF.el('div', { class: 'cards' });
  const corridors = chartBox('corridors-chart');
  const classes = chartBox('classes-chart');
  const list = TF.el('div');
  const filters = TF.filters([...SEGMENT, ...YEARS], values => drawCorridors(values));
  main.append(TF.el('h1', {}, 'Overview'), cards, filters.form,
    TF.el('div', { class: 'grid2' }, panel('Largest corridors (moves)', corridors), panel('Researchers by mobility class', classes)),
    panel('Corridors', list));
  TF.api('/api/summary').then(summary => {
    cards.replaceChildren(...[['researchers', 'researchers'], ['papers', 'papers'], ['authorships', 'authorships'],
      ['moves', 'moves between countries'], ['countries', 'countries']].map(([key, label]) =>
      TF.el('div', { class: 'card' }, TF.el('div', { class: 'value' }, TF.number(summary[key])), TF.el('div', { class: 'label' }, label))),
      TF.el('div', { class: 'card' }, TF.el('div', { class: 'value' }, `${summary.first_year}–${summary.last_year}`), TF.el('div', { class: 'label' }, 'years')));
    TF.chart(classes, { tooltip: {}, series: [{ type: 'pie', radius: ['35%', '65%'],
      data: summary.classes.map(row => ({ name: row.mobility_class, value: row.researchers })) }] }, summary.classes.length);
  }).catch(error => TF.showError(cards, error));
  const drawCorridors = values => TF.api('/api/corridors', { ...values, size: 15 }).then(answer => {
    const rows = answer.corridors.slice().reverse();
    const chart = TF.chart(corridors, { tooltip: {}, grid: { left: 80, right: 20, top: 10, bottom: 30 },
      xAxis: { type: 'value' }, yAxis: { type: 'category', data: rows.map(row => `${row.from} → ${row.to}`) },
      series: [{ type: 'bar', data: rows.map(row => row.moves), itemStyle: { color: '#2f6db5' } }] }, rows.length);
    chart.off('click');
    chart.on('click', event => { const row = rows[event.dataIndex]; location.href = `/corridors?from=${row.from}&to=${row.to}`; });
    list.replaceChildren(TF.table([{ label: 'corridor', render: row => TF.corridorLink(row.from, row.to) },
      { key: 'moves', label: 'moves', num: true }], answer.corridors));
  }).catch(error => TF.showError(list, error));
  drawCorridors(filters.values());
};

TF.PAGES['/corridors'] = main => {
  const chart = chartBox('corridor-chart');
  const movers = TF.el('div');
  const filters = TF.filters([{ name: 'from', label: 'From', type: 'code', value: 'US' }, { name: 'to', label: 'To', type: 'code', value: 'CN' },
    ...SEGMENT, ...YEARS], values => draw(values, 1));
  main.append(TF.el('h1', {}, 'Corridor explorer'), filters.form, panel('Moves per year, with 95% intervals', chart),
    panel('The researchers behind the numbers', movers));
  const draw = (values, page) => TF.api(`/api/corridors/${encodeURIComponent(values.from)}/${encodeURIComponent(values.to)}`,
    { tier: values.tier, field: values.field, since: values.since, until: values.until, page, size: 25 }).then(answer => {
    const years = [...new Set([...answer.flows, ...answer.reverse].map(flow => flow.year))].sort();
    const series = (flows, key) => years.map(year => flows.find(flow => flow.year === year)?.[key] ?? 0);
    TF.chart(chart, { tooltip: { trigger: 'axis' }, legend: { top: 0 }, grid: { left: 50, right: 20, top: 40, bottom: 30 },
      xAxis: { type: 'category', data: years }, yAxis: { type: 'value', minInterval: 1 },
      series: [
        { name: `${answer.from} → ${answer.to}`, type: 'line', data: series(answer.flows, 'count'), color: '#2f6db5' },
        { name: 'low', type: 'line', data: series(answer.flows, 'low'), lineStyle: { type: 'dashed' }, color: '#9db8dc', symbol: 'none' },
        { name: 'high', type: 'line', data: series(answer.flows, 'high'), lineStyle: { type: 'dashed' }, color: '#9db8dc', symbol: 'none' },
        { name: `${answer.to} → ${answer.from}`, type: 'line', data: series(answer.reverse, 'count'), color: '#d0743c' }] },
      answer.flows.length + answer.reverse.length);
    movers.replaceChildren(answer.movers.length === 0 ? TF.el('p', { class: 'note' }, 'No recorded moves in this corridor for these years.') :
      TF.table([{ label: 'researcher', render: TF.personLink }, { key: 'year', label: 'year' },
        { key: 'confidence', label: 'confidence', render: row => row.confidence.toFixed(2) },
        { key: 'mobility_class', label: 'class' }, { key: 'evidence', label: 'evidence (papers)' }], answer.movers),
      TF.pager(answer.page, number => draw(values, number)));
  }).catch(error => TF.showError(movers, error));
  draw(filters.values(), 1);
};

TF.PAGES['/pipeline'] = main => {
  const chart = chartBox('pipeline-chart', true);
  const note = TF.el('p', { class: 'note' }, 'Origin (first confident country) → early career (last country placed in the first three active years) → current (last confident country). Countries outside the largest ones are grouped as "other".');
  const filters = TF.filters([{ name: 'origin', label: 'Origin', type: 'code' }, { name: 'class', label: 'Class', type: ['all', 'stayer', 'migrant', 'returnee', 'traveller', 'insufficient'] },
    { name: 'top', label: 'Countries', type: 'number', value: '8' }], values => draw(values));
  main.append(TF.el('h1', {}, 'Talent pipeline'), filters.form, panel('', note, chart));
  const draw = values => TF.api('/api/pipeline', { ...values, size: 500 }).then(answer => {
    const stages = { origin: 'origin', early_career: 'early', current: 'now' };
    const node = (row, stage) => `${row[stage]} · ${stages[stage]}`;
    const names = new Set(answer.links.flatMap(row => Object.keys(stages).map(stage => node(row, stage))));
    const links = new Map();
    answer.links.forEach(row => [['origin', 'early_career'], ['early_career', 'current']].forEach(([a, b]) => {
      const key = node(row, a) + '|' + node(row, b);
      links.set(key, (links.get(key) || 0) + row.researchers);
    }));
    TF.chart(chart, { tooltip: { trigger: 'item' }, series: [{ type: 'sankey', left: 20, right: 80, nodeAlign: 'justify', emphasis: { focus: 'adjacency' },
      data: [...names].map(name => ({ name })), lineStyle: { color: 'gradient', opacity: 0.35 },
      links: [...links].map(([key, value]) => ({ source: key.split('|')[0], target: key.split('|')[1], value })) }] }, links.size);
  }).catch(error => TF.showError(chart, error));
  draw(filters.values());
};

TF.PAGES['/countries'] = main => {
  const stock = chartBox('stock-chart');
  const migration = chartBox('migration-chart');
  const tables = TF.el('div', { class: 'grid2' });
  const title = TF.el('h1', {}, 'Country profile');
  const filters = TF.filters([{ name: 'code', label: 'Country', type: 'code', value: 'US' }], values => draw(values));
  main.append(title, filters.form, TF.el('div', { class: 'grid2' }, panel('Researchers placed in the country, per year', stock),
    panel('Moves in and out, per year', migration)), tables);
  const draw = values => TF.api(`/api/countries/${encodeURIComponent(values.code)}`).then(profile => {
    title.textContent = `Country profile: ${profile.country}`;
    TF.chart(stock, { tooltip: { trigger: 'axis' }, grid: { left: 60, right: 20, top: 20, bottom: 30 }, xAxis: { type: 'category', data: profile.stock.map(row => row.year) },
      yAxis: { type: 'value' }, series: [{ type: 'line', data: profile.stock.map(row => row.researchers), areaStyle: { opacity: 0.15 } }] }, profile.stock.length);
    TF.chart(migration, { tooltip: { trigger: 'axis' }, legend: { top: 0 }, grid: { left: 50, right: 20, top: 40, bottom: 30 },
      xAxis: { type: 'category', data: profile.migration.map(row => row.year) }, yAxis: { type: 'value', minInterval: 1 },
      series: [{ name: 'arrivals', type: 'bar', data: profile.migration.map(row => row.inflow), color: '#2f6db5' },
        { name: 'departures', type: 'bar', data: profile.migration.map(row => -row.outflow), color: '#d0743c' }] }, profile.migration.length);
    const countryTable = (rows, label) => TF.table([{ label, render: row => TF.link('/countries?code=' + row.country, row.country) },
      { key: 'moves', label: 'moves', num: true }], rows);
    tables.replaceChildren(panel('Where its researchers went', countryTable(profile.destinations, 'destination')),
      panel('Where its arrivals came from', countryTable(profile.origins, 'origin')),
      panel('Researchers who started here, by class', TF.table([{ key: 'mobility_class', label: 'class' }, { key: 'researchers', label: 'researchers', num: true }], profile.classes)),
      panel('Largest institutions', TF.table([{ key: 'institution', label: 'institution' }, { key: 'researchers', label: 'researchers', num: true },
        { key: 'arrivals', label: 'arrivals', num: true }], profile.institutions)));
  }).catch(error => TF.showError(tables, error));
  draw(filters.values());
};

TF.PAGES['/people'] = main => {
  const results = TF.el('div', { id: 'results' });
  const detail = TF.el('div', { id: 'person' });
  const filters = TF.filters([{ name: 'q', label: 'Name', type: 'text', placeholder: 'e.g. Kaiming He' }], values => { TF.setParams({ id: '' }); search(values.q, 1); });
  main.append(TF.el('h1', {}, 'People'), filters.form, results, detail);
  const search = (q, page) => q.length < 2 ? results.replaceChildren() : TF.api('/api/people', { q, page, size: 20 }).then(answer => {
    results.replaceChildren(panel(`Researchers matching "${q}"`, answer.researchers.length === 0 ? TF.el('p', { class: 'note' }, 'Nobody with that name.') :
      TF.table([{ label: 'name', render: row => TF.el('a', { href: '/people?id=' + row.id, onclick: event => { event.preventDefault(); TF.setParams({ id: row.id }); show(row.id, 1); } }, row.name) },
        { key: 'authorships', label: 'papers', num: true }, { label: 'years', render: row => `${row.first_year}–${row.last_year}` },
        { label: 'origin → current', render: row => `${TF.country(row.origin)} → ${TF.country(row.current)}` }, { key: 'mobility_class', label: 'class' }], answer.researchers),
      TF.pager(answer.page, number => search(q, number))));
  }).catch(error => TF.showError(results, error));
  const show = (id, page) => TF.api('/api/people/' + encodeURIComponent(id), { page, size: 50 }).then(person => {
    const chart = chartBox('timeline-chart');
    detail.replaceChildren(panel(person.name, TF.el('p', {}, `${TF.country(person.origin)} → ${TF.country(person.current)} `, TF.el('span', { class: 'tag' }, person.mobility_class),
      ` · ${person.authorships} papers, ${person.first_year}–${person.last_year}`, person.aliases.length ? ` · also written ${person.aliases.join('; ')}` : ''), chart),
      panel('Moves', person.moves.length === 0 ? TF.el('p', { class: 'note' }, 'No move between countries.') :
        TF.table([{ key: 'year', label: 'year' }, { label: 'move', render: row => TF.corridorLink(row.from, row.to) },
          { label: 'confidence', render: row => row.confidence.toFixed(2) }, { label: 'evidence (papers)', render: row => row.evidence.join(' ') }], person.moves)),
      panel('Timeline', TF.table([{ key: 'year', label: 'year' }, { label: 'country', render: row => TF.country(row.country) },
        { label: 'confidence', render: row => row.confidence.toFixed(2) }, { key: 'basis', label: 'basis' }, { label: 'institutions', render: row => row.institutions.join('; ') }], person.timeline)),
      panel('The papers behind each placement', TF.table([{ key: 'year', label: 'year' }, { key: 'paper', label: 'paper' }, { key: 'title', label: 'title' },
        { key: 'institution', label: 'institution' }, { label: 'country', render: row => TF.country(row.country) }, { key: 'basis', label: 'evidence' }], person.papers),
      TF.pager(person.page, number => show(id, number))));
    const placed = person.timeline.filter(row => row.country !== '');
    const countries = [...new Set(placed.map(row => row.country))];
    TF.chart(chart, { tooltip: { formatter: item => `${item.value[0]}: ${item.value[1]} (confidence ${item.value[2].toFixed(2)})` },
      grid: { left: 50, right: 20, top: 20, bottom: 30 }, xAxis: { type: 'value', min: person.first_year - 1, max: person.last_year + 1, minInterval: 1, axisLabel: { formatter: String } },
      yAxis: { type: 'category', data: countries }, series: [{ type: 'line', step: 'end', symbolSize: item => 6 + 10 * item[2],
        data: placed.map(row => [row.year, row.country, row.confidence]), color: '#2f6db5' }] }, placed.length);
    chart.style.height = Math.max(180, 90 + 40 * countries.length) + 'px';
    echarts.getInstanceByDom(chart).resize();
  }).catch(error => TF.showError(detail, error));
  const params = TF.params();
  if (params.get('q')) search(params.get('q'), 1);
  if (params.get('id')) show(params.get('id'), 1);
};

TF.PAGES['/organisations'] = main => {
  const chart = chartBox('organisations-chart', true);
  const list = TF.el('div');
  const filters = TF.filters([{ name: 'country', label: 'Country', type: 'code' }, ...YEARS,
    { name: 'order', label: 'Rank by', type: ['researchers', 'arrivals'] }], values => draw(values, 1));
  main.append(TF.el('h1', {}, 'Organisations'), filters.form,
    TF.el('p', { class: 'note' }, 'Researchers: distinct authors listing the institution first. Arrivals: researchers whose move between countries lands them there.'),
    panel('Top 20', chart), panel('Ranking', list));
  const draw = (values, page) => TF.api('/api/institutions', { ...values, page, size: 20 }).then(answer => {
    if (page === 1) {
      const rows = answer.institutions.slice().reverse();
      TF.chart(chart, { tooltip: {}, grid: { left: 260, right: 30, top: 10, bottom: 30 }, xAxis: { type: 'value' },
        yAxis: { type: 'category', data: rows.map(row => row.institution.length > 40 ? row.institution.slice(0, 39) + '…' : row.institution) },
        series: [{ type: 'bar', data: rows.map(row => row[values.order || 'researchers']), color: '#2f6db5' }] }, rows.length);
    }
    list.replaceChildren(TF.table([{ key: 'institution', label: 'institution' }, { label: 'country', render: row => TF.country(row.country) },
      { key: 'researchers', label: 'researchers', num: true }, { key: 'authorships', label: 'papers (authorships)', num: true },
      { key: 'arrivals', label: 'arrivals', num: true }], answer.institutions), TF.pager(answer.page, number => draw(values, number)));
  }).catch(error => TF.showError(list, error));
  draw(filters.values(), 1);
};
