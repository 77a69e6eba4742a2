// The organisations page: the registry-linked organisations of the store, and one organisation's
// headcount, arrivals (by origin kind, country and organisation) and departures, with the people behind them.
'use strict';

const ORG_MOVE = 'An arrival is a researcher whose main organisation (the one most of a year\'s papers name) becomes this one; a departure, the reverse. '
  + 'Home-trained: never placed in another country before; returnee: placed abroad before, back in the origin country; from abroad: the rest.';
const THIN = 20;

const orgLink = (id, name) => TF.link('/organisations?q=' + encodeURIComponent(id), name || id);
const interval = row => `${TF.number(row.count)} [${TF.number(row.low)}, ${TF.number(row.high)}]`;
const COUNT_COLUMNS = [{ label: 'moves [95% interval]', text: interval, render: interval, num: true }];

TF.page('/organisations', 'Organisations', main => {
  const body = TF.el('div');
  const filters = TF.filters([{ name: 'q', label: 'Organisation', type: 'text', placeholder: 'e.g. Tsinghua, THU, 清华大学' }, ...YEARS],
    values => values.q ? report(body, values) : ranking(body, 1));
  main.append(TF.el('h1', {}, 'Organisations'), filters.form, body);
  const values = filters.values();
  if (values.q) report(body, values);
  else ranking(body, 1);
});

// Without a name: the organisations of the store, most researchers first.
function ranking(body, page) {
  const chart = chartBox('organisations-chart', true);
  const list = TF.el('div');
  const columns = [{ label: 'organisation', text: row => row.name, render: row => orgLink(row.id, row.name) }, { label: 'country', render: row => TF.country(row.country) },
    { key: 'type', label: 'type' }, { key: 'researchers', label: 'researchers', num: true }];
  let rows = [];
  body.replaceChildren(TF.panel('Organisations with the most researchers', 'Researchers: distinct people whose main organisation it was in at least one year. '
    + 'Organisations are linked from affiliation texts through the ROR registry and the project\'s own table; a multinational\'s located labs count apart.', chart,
    { name: 'organisations', chart, csv: () => TF.csv(columns, rows) }), TF.panel('All organisations', '', list, { name: 'organisations-page', csv: () => TF.csv(columns, rows) }));
  TF.api('/api/orgs', { page, size: 20 }).then(answer => {
    rows = answer.organisations;
    const top = rows.slice().reverse();
    const drawn = TF.chart(chart, { tooltip: {}, grid: { left: 10, right: 30, top: 10, bottom: 30, containLabel: true }, xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: top.map(row => row.name), axisLabel: { width: 160, overflow: 'truncate' } },
      series: [{ type: 'bar', data: top.map(row => row.researchers), color: '#2f6db5' }] }, top.length);
    drawn.off('click');
    drawn.on('click', event => { location.href = '/organisations?q=' + encodeURIComponent(top[event.dataIndex].id); });
    list.replaceChildren(TF.table(columns, rows), TF.pager(answer.page, number => ranking(body, number)));
  }).catch(error => TF.showError(list, error, chart));
}

// With a name: the report, or the candidates when several organisations share it.
function report(body, values) {
  body.replaceChildren(TF.el('p', { class: 'note' }, 'Loading…'));
  TF.api('/api/orgs', { q: values.q, since: values.since, until: values.until }).then(answer => answer.candidates
    ? candidates(body, answer) : organisation(body, answer)).catch(error => TF.showError(body, error));
}

function candidates(body, answer) {
  const columns = [{ label: 'organisation', text: row => row.name, render: row => orgLink(row.id, row.name) }, { label: 'country', render: row => TF.country(row.country) },
    { key: 'type', label: 'type' }, { key: 'id', label: 'id' }, { key: 'researchers', label: 'researchers', num: true }];
  body.replaceChildren(TF.panel(`${answer.candidates.length} organisations are named "${answer.query}"`, 'Choose one; its id names it alone.', TF.table(columns, answer.candidates)));
}

function organisation(body, answer) {
  const org = answer.organisation;
  document.title = `${org.name} · talentflow`;
  const arrivals = answer.arrivals, departures = answer.departures;
  const parents = answer.parents.length ? ` · part of ${answer.parents.map(p => p.name).join(', ')}` : '';
  const cards = TF.el('div', { class: 'cards' });
  const headcount = chartBox('org-headcount-chart'), flows = chartBox('org-flows-chart'), kinds = chartBox('org-kinds-chart');
  const few = arrivals.total.count >= THIN ? '' : TF.el('p', { class: 'note thin' }, arrivals.total.count === 0 ? 'No arrivals in these years.'
    : `Only ${arrivals.total.count} arrivals in these years: too few for a claim about this organisation.`);
  body.replaceChildren(TF.el('h2', { class: 'org-name' }, org.name),
    TF.el('p', { class: 'definition' }, `${org.country ? TF.country(org.country) : 'no single country'} · ${org.type || 'type unknown'} · ${org.id}${parents} · ${span(answer)}`),
    cards, few,
    TF.el('div', { class: 'grid2' },
      TF.panel('Researchers by year', 'Researchers whose main organisation it was that year.', headcount,
        { name: 'org-headcount', chart: headcount, csv: () => TFC.csv([['year', r => r.year], ['researchers', r => r.researchers]], answer.headcount) }),
      TF.panel('Arrivals and departures by year', ORG_MOVE + ' Bars are moves; whiskers 95% intervals.', flows, { name: 'org-flows', chart: flows })),
    TF.panel('Where arrivals come from', ORG_MOVE, kinds, { name: 'org-kinds', chart: kinds }),
    TF.el('div', { class: 'grid2' }, partners('Arrivals by country left', arrivals.by_country, 'country', arrivals.by_country_year),
      partners('Departures by country joined', departures.by_country, 'country', departures.by_country_year)),
    TF.el('div', { class: 'grid2' }, partners('Arrivals by organisation left', arrivals.by_organisation, 'organisation'),
      partners('Departures by organisation joined', departures.by_organisation, 'organisation')),
    people(answer));
  TF.context().catch(() => ({})).then(context => {
    cards.replaceChildren(...orgCards(answer, context));
    drawHeadcount(headcount, answer.headcount, context);
    drawFlows(flows, arrivals.by_year, departures.by_year, context);
  });
  drawKinds(kinds, arrivals.by_kind);
}

// The years asked for, or else those the organisation has researchers in.
function span(answer) {
  const years = answer.headcount.map(row => row.year);
  const first = TF.params().get('since') || (years.length ? Math.min(...years) : answer.since);
  const last = TF.params().get('until') || (years.length ? Math.max(...years) : answer.until);
  return `${first}–${last}`;
}

// Interval whiskers are drawn by a custom series, which does not stretch the axis: the axis must reach the highest.
const upTo = rows => Math.max(1, ...rows.map(row => row.high));

// The headcount card gives the last complete year: a partial year's count is low for want of papers.
function orgCards(answer, context) {
  const complete = answer.headcount.filter(row => row.year !== context.partialYear);
  const latest = complete.length ? complete[complete.length - 1] : null;
  const age = answer.arrivals.median_career_age;
  return [
    [latest ? TF.number(latest.researchers) : '–', latest ? `researchers in ${latest.year}` : 'researchers'],
    [interval(answer.arrivals.total), 'arrivals'], [interval(answer.departures.total), 'departures'],
    [age == null ? '–' : `${age} years`, 'median career age at arrival']]
    .map(([value, label]) => TF.el('div', { class: 'card' }, TF.el('div', { class: 'value' }, value), TF.el('div', { class: 'label' }, label)));
}

// byYear (countries only): each country's moves by year, shown beside its total.
function partners(title, rows, kind, byYear) {
  const label = kind === 'country' ? { label: 'country', text: row => row.country, render: row => TF.country(row.country) }
    : { label: 'organisation', text: row => row.name, render: row => orgLink(row.id, row.name) };
  const years = row => (byYear || []).filter(cell => cell.country === row.country).map(cell => `${cell.year}: ${cell.count}`).join(' · ');
  const columns = [label, ...COUNT_COLUMNS, ...(byYear ? [{ label: 'by year', text: years, render: years }] : [])];
  const shown = rows.slice(0, 15);
  return TF.panel(title, rows.length > 15 ? `The 15 largest of ${rows.length}; the CSV has them all.` : '',
    rows.length ? TF.table(columns, shown) : TF.el('p', { class: 'note' }, 'None.'), { name: title.toLowerCase().replace(/ /g, '-'), csv: () => TF.csv(columns, rows) });
}

function people(answer) {
  const place = (side, country) => `${side.name || side.id || '?'}${country ? ' (' + country + ')' : ''}`;
  const columns = [{ key: 'year', label: 'year' }, { key: 'direction', label: 'direction' },
    { label: 'researcher', text: row => row.name, render: row => TF.personLink({ id: row.researcher_id, name: row.name }) },
    { label: 'from', text: row => place(row.from, row.from_country), render: row => place(row.from, row.from_country) },
    { label: 'to', text: row => place(row.to, row.to_country), render: row => place(row.to, row.to_country) },
    { key: 'kind', label: 'kind (at the destination)' }, { key: 'career_age', label: 'career age', num: true }];
  return TF.panel('The researchers behind each number', 'Every arrival and departure counted above.',
    answer.people.length ? TF.table(columns, answer.people) : TF.el('p', { class: 'note' }, 'No arrival or departure in these years.'),
    { name: 'org-people', csv: () => TF.csv(columns, answer.people) });
}

// Every year of the span (a year without researchers is 0), the partial last year shaded.
function drawHeadcount(chart, rows, context) {
  const years = rows.length ? TFC.range(rows[0].year, rows[rows.length - 1].year) : [];
  const byYear = new Map(rows.map(row => [row.year, row.researchers]));
  TF.chart(chart, { tooltip: { trigger: 'axis' }, grid: { left: 10, right: 20, top: 20, bottom: 30, containLabel: true },
    xAxis: { type: 'category', data: years.map(String) }, yAxis: { type: 'value', minInterval: 1 },
    series: [{ type: 'line', name: 'researchers', data: years.map(year => byYear.get(year) || 0), color: '#2f6db5', showSymbol: years.length < 30,
      ...TFC.yearMarks(years, context) }] }, rows.length);
}

// A chart with nothing to draw says so instead of showing empty axes.
function nothing(chart, text) {
  chart.replaceChildren(TF.el('p', { class: 'note' }, text));
  chart.dataset.points = '0';
  chart.style.height = 'auto';
}

function drawFlows(chart, arrivals, departures, context) {
  if (arrivals.length + departures.length === 0) return nothing(chart, 'No arrival or departure in these years.');
  const seen = [...arrivals, ...departures].map(row => row.year);
  const years = seen.length ? TFC.range(Math.min(...seen), Math.max(...seen)) : [];
  const value = (rows, year) => rows.find(row => row.year === year) || { count: 0, low: 0, high: 0 };
  const series = [['arrivals', arrivals, '#17a398'], ['departures', departures, '#e4572e']];
  TF.chart(chart, { tooltip: { trigger: 'axis', formatter: items => `${items[0].axisValue}<br>` + items.filter(item => item.seriesType === 'bar')
      .map(item => `${item.seriesName}: ${interval(value(series.find(s => s[0] === item.seriesName)[1], +item.axisValue))}`).join('<br>') },
    legend: { top: 0, data: ['arrivals', 'departures'] }, grid: { left: 10, right: 20, top: 30, bottom: 30, containLabel: true },
    xAxis: { type: 'category', data: years.map(String) }, yAxis: { type: 'value', minInterval: 1, max: upTo([...arrivals, ...departures]) },
    series: series.flatMap(([name, rows, color], i) => [{ type: 'bar', name, color, data: years.map(year => value(rows, year).count), ...(i === 0 ? TFC.yearMarks(years, context) : {}) },
      TFC.errorBars(years.map((year, x) => [x, value(rows, year).low, value(rows, year).high]), false, i === 0 ? -0.2 : 0.2)]) }, years.length);
}

function drawKinds(chart, rows) {
  if (rows.length === 0) return nothing(chart, 'No arrival in these years whose origin is known.');
  const names = { 'home-trained': 'home-trained', returnee: 'returnees', 'from-abroad': 'from abroad' };
  const shown = rows.slice().reverse();
  TF.chart(chart, { tooltip: { formatter: item => `${names[shown[item.dataIndex].kind] || shown[item.dataIndex].kind}: ${interval(shown[item.dataIndex])}` },
    grid: { left: 10, right: 30, top: 10, bottom: 30, containLabel: true }, xAxis: { type: 'value', minInterval: 1, max: upTo(rows) },
    yAxis: { type: 'category', data: shown.map(row => names[row.kind] || row.kind) },
    series: [{ type: 'bar', data: shown.map(row => row.count), color: '#2f6db5' }, TFC.errorBars(shown.map((row, y) => [y, row.low, row.high]), true, 0)] }, shown.length);
}
