// talentflow dashboard: what the pages (pages.js) share. Data is always inserted as text, never as
// HTML, so names and titles from the store cannot inject markup. Chart builders shared with the
// report are in charts.js (TFC).
'use strict';

const TF = {};

TF.el = (tag, attrs, ...children) => {
  const node = document.createElement(tag);
  Object.entries(attrs || {}).forEach(([key, value]) => {
    if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else if (value !== undefined && value !== null && value !== false) node.setAttribute(key, value === true ? '' : value);
  });
  children.flat().forEach(child => node.append(child instanceof Node ? child : String(child ?? '')));
  return node;
};

TF.params = () => new URLSearchParams(location.search);

// Filters live in the address so that a view can be shared; each change is a step of the browser's history.
TF.setParams = values => {
  const params = TF.params();
  Object.entries(values).forEach(([key, value]) => value === '' || value == null ? params.delete(key) : params.set(key, value));
  const query = params.toString();
  const address = location.pathname + (query ? '?' + query : '');
  if (address !== location.pathname + location.search) history.pushState(null, '', address);
};

TF.api = async (path, query) => {
  const params = new URLSearchParams();
  Object.entries(query || {}).forEach(([key, value]) => { if (value !== '' && value != null) params.set(key, value); });
  const response = await fetch(path + (params.toString() ? '?' + params : ''), { headers: { Accept: 'application/json' } });
  const body = await response.json();
  if (!response.ok) throw new Error(body.error || ('HTTP ' + response.status));
  return body;
};

// An error replaces what it invalidates: the charts named are emptied, not left showing the last answer.
TF.showError = (container, error, ...charts) => {
  charts.forEach(chart => { echarts.getInstanceByDom(chart)?.dispose(); chart.replaceChildren(); chart.dataset.points = '0'; });
  container.replaceChildren(TF.el('p', { class: 'error' }, error.message));
};

TF.number = value => Number(value).toLocaleString('en-US');
TF.country = code => TFC.label(code);

TF.TIERS = ['all', 'spotlight', 'oral'];
TF.FIELDS = ['all', 'machine learning', 'vision', 'language', 'robotics', 'general ai', 'data and web', 'graphics', 'multimedia'];

// A filter form: each field is {name, label, type: 'code'|'year'|'text'|'number'|choices array}.
TF.filters = (fields, onChange) => {
  const params = TF.params();
  const inputs = fields.map(field => {
    const value = params.get(field.name) ?? field.value ?? (Array.isArray(field.type) ? field.type[0] : '');
    const input = Array.isArray(field.type)
      ? TF.el('select', { name: field.name }, field.type.map(choice => TF.el('option', { value: choice }, choice)))
      : TF.el('input', { name: field.name, type: field.type === 'year' || field.type === 'number' ? 'number' : 'text',
          class: field.type === 'code' ? 'code' : null, maxlength: field.type === 'code' ? 2 : 100, placeholder: field.placeholder || '',
          min: field.type === 'year' ? 1900 : field.min, max: field.type === 'year' ? 2100 : field.max });
    input.value = value;
    return TF.el('label', {}, field.label, input);
  });
  const note = TF.el('span', { class: 'note' });
  const form = TF.el('form', { class: 'filters' }, inputs, TF.el('button', { type: 'submit' }, 'Show'), note);
  const read = () => Object.fromEntries(fields.map(field => [field.name, form.elements[field.name].value.trim()]));
  const lock = () => TF.lockChoices(form, note);
  form.addEventListener('submit', event => { event.preventDefault(); if (!form.reportValidity()) return; TF.setParams(read()); onChange(read()); });
  form.addEventListener('input', lock);
  form.querySelectorAll('select').forEach(select => select.addEventListener('change', () => form.requestSubmit()));
  lock();
  return { form, values: read };
};

// Combinations the store has no numbers for cannot be chosen: a tier or a field (not both), and since <= until.
TF.lockChoices = (form, note) => {
  const { tier, field, since, until } = form.elements;
  if (tier && field) {
    field.disabled = tier.value !== 'all';
    tier.disabled = field.value !== 'all';
    note.textContent = field.disabled || tier.disabled ? 'A tier or a field, not both: set one back to "all" to change the other.' : '';
  }
  if (since && until) { until.min = since.value || 1900; since.max = until.value || 2100; }
};

// Draws an ECharts option into a container; data-points counts what was drawn (the browser tests read it).
TF.chart = (container, option, points) => {
  const chart = echarts.getInstanceByDom(container) || echarts.init(container);
  chart.setOption(Object.assign({ animation: false, color: TFC.COLORS, textStyle: { fontFamily: 'system-ui, sans-serif' } }, option), true);
  container.dataset.points = String(points);
  return chart;
};

window.addEventListener('resize', () => document.querySelectorAll('.chart').forEach(node => echarts.getInstanceByDom(node)?.resize()));
window.addEventListener('beforeprint', () => document.querySelectorAll('.chart').forEach(node => echarts.getInstanceByDom(node)?.resize()));

// A table from rows; columns are {key, label, num, render(row) -> Node|string}. Wide tables scroll inside their box.
TF.table = (columns, rows) => TF.el('div', { class: 'scroll' }, TF.el('table', {},
  TF.el('thead', {}, TF.el('tr', {}, columns.map(column => TF.el('th', { class: column.num ? 'num' : null }, column.label)))),
  TF.el('tbody', {}, rows.map(row => TF.el('tr', {}, columns.map(column =>
    TF.el('td', { class: column.num ? 'num' : null }, column.render ? column.render(row) : column.num ? TF.number(row[column.key]) : row[column.key])))))));

// CSV of the same columns a table shows, as text.
TF.csv = (columns, rows) => TFC.csv(columns.map(column => [column.label, row => {
  const value = column.text ? column.text(row) : column.render ? column.render(row) : row[column.key];
  return value instanceof Node ? value.textContent : value;
}]), rows);

// Previous/next for a paginated API answer; load(pageNumber) fetches and redraws.
TF.pager = (page, load) => {
  const last = Math.max(1, Math.ceil(page.total / page.size));
  return TF.el('div', { class: 'pager' },
    TF.el('button', { type: 'button', onclick: () => load(page.number - 1), disabled: page.number <= 1 }, '‹ Previous'),
    `page ${page.number} of ${last} (${TF.number(page.total)} rows)`,
    TF.el('button', { type: 'button', onclick: () => load(page.number + 1), disabled: page.number >= last }, 'Next ›'));
};

TF.link = (href, text) => TF.el('a', { href }, text);
TF.personLink = row => TF.link('/people?id=' + encodeURIComponent(row.id), row.name);
// A paper key links to the paper when the source gave an http(s) URL (the server keeps no other kind; checked again
// here): in a new tab that gets no handle on this page and no referrer. Without a URL the key stays text.
TF.paperLink = (key, url) => /^https?:\/\/[^/?#]/i.test(url || '') ? TF.el('a', { href: url, target: '_blank', rel: 'noopener noreferrer' }, key) : key;
// Evidence keys, space-separated, each linked as TF.paperLink; urls maps a key to its link.
TF.evidence = (keys, urls) => TF.el('span', {}, keys.flatMap((key, i) => [i ? ' ' : '', TF.paperLink(key, (urls || {})[key])]));
TF.corridorLink = (from, to) => TF.link(`/corridors?from=${from}&to=${to}`, TFC.corridorLabel(from, to));

// A panel: a title that states the takeaway, the definition under it, the view, and its exports.
// exports: {name, csv: () => text, chart: element} (any may be absent).
TF.panel = (title, definition, body, exports) => {
  const heading = TF.el('h2', {}, title || '');
  const tools = exports ? TFC.exports(exports.name, exports.csv, exports.chart ? () => echarts.getInstanceByDom(exports.chart) : null) : '';
  return TF.el('section', { class: 'panel' }, TF.el('div', { class: 'panel-head' }, heading, tools), definition ? TF.el('p', { class: 'definition' }, definition) : '', body);
};

// What every page's charts need once: the source line, the partial year and the coverage breaks.
TF.context = () => TF.contextPromise || (TF.contextPromise = Promise.all([TF.api('/api/summary'), TF.api('/api/coverage', { size: 500 })])
  .then(([summary, coverage]) => {
    const years = TFC.coverageYears(coverage.coverage);
    const from = TFC.adequateFrom(years);
    return { summary, source: summary.source, partialYear: summary.source.partial_year, from, breaks: TFC.coverageBreaks(years, from) };
  }));

TF.sourceLine = source => `Source: ${source.venues.length} venues, ${source.first_year}–${source.last_year}` + (source.partial_year ? ` (${source.partial_year} partial)` : '')
  + ` · talentflow ${source.version} · built ${source.built || 'unknown'} · input ${source.digest ? source.digest.slice(0, 19) + '…' : 'digest not recorded'}`;

// Pages register here: path -> {title, render(main)}. A new page is one more TF.page call (pages.js, orgs.js) and its path in WebServer.PAGES.
TF.PAGES = {};
TF.page = (path, title, render) => { TF.PAGES[path] = { title, render }; };

TF.render = () => {
  const path = location.pathname.replace(/\/$/, '') || '/';
  const page = TF.PAGES[path];
  const main = document.getElementById('main');
  TF.context().then(context => { document.getElementById('source').textContent = TF.sourceLine(context.source); }).catch(() => {});
  // an address that is no page: the server sent the shell with its not-found message in main (status 404)
  if (!page) { document.title = 'No such page · talentflow'; return; }
  document.title = page.title + ' · talentflow';
  document.querySelectorAll('nav a').forEach(a => a.classList.toggle('current', a.getAttribute('href') === path));
  main.querySelectorAll('.chart').forEach(node => echarts.getInstanceByDom(node)?.dispose());
  main.replaceChildren();
  page.render(main);
};

window.addEventListener('popstate', TF.render);
document.addEventListener('DOMContentLoaded', () => fetch('/static/countries.csv').then(response => response.text())
  .then(text => TFC.setCountries(text.split('\n').filter(line => line && !line.startsWith('#')).map(line => line.split(',')).map(([code, name, lat, lon]) => [code, name, +lat, +lon])))
  .catch(() => {}).then(TF.render));
