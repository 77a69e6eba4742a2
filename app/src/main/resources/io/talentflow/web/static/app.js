// talentflow dashboard: helpers shared by the pages (pages.js). Data is always inserted as text,
// never as HTML, so names and titles from the store cannot inject markup.
'use strict';

const TF = {};

TF.el = (tag, attrs, ...children) => {
  const node = document.createElement(tag);
  Object.entries(attrs || {}).forEach(([key, value]) => {
    if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else if (value !== undefined && value !== null) node.setAttribute(key, value);
  });
  children.flat().forEach(child => node.append(child instanceof Node ? child : String(child ?? '')));
  return node;
};

TF.params = () => new URLSearchParams(location.search);

// Filters live in the address so that a view can be shared; empty values are left out.
TF.setParams = values => {
  const params = TF.params();
  Object.entries(values).forEach(([key, value]) => value === '' || value == null ? params.delete(key) : params.set(key, value));
  const query = params.toString();
  history.replaceState(null, '', location.pathname + (query ? '?' + query : ''));
};

TF.api = async (path, query) => {
  const params = new URLSearchParams();
  Object.entries(query || {}).forEach(([key, value]) => { if (value !== '' && value != null) params.set(key, value); });
  const response = await fetch(path + (params.toString() ? '?' + params : ''), { headers: { Accept: 'application/json' } });
  const body = await response.json();
  if (!response.ok) throw new Error(body.error || ('HTTP ' + response.status));
  return body;
};

TF.showError = (container, error) => container.replaceChildren(TF.el('p', { class: 'error' }, error.message));

TF.number = value => Number(value).toLocaleString('en-US');

TF.country = code => code === '' ? 'unknown' : code;

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
          class: field.type === 'code' ? 'code' : null, maxlength: field.type === 'code' ? 2 : 100, list: field.list,
          placeholder: field.placeholder || '' });
    input.value = value;
    return TF.el('label', {}, field.label, input);
  });
  const form = TF.el('form', { class: 'filters' }, inputs, TF.el('button', { type: 'submit' }, 'Show'));
  const read = () => Object.fromEntries(fields.map(field => [field.name, form.elements[field.name].value.trim()]));
  form.addEventListener('submit', event => { event.preventDefault(); TF.setParams(read()); onChange(read()); });
  form.querySelectorAll('select').forEach(select => select.addEventListener('change', () => form.requestSubmit()));
  return { form, values: read };
};

// Draws an ECharts option into a container; data-points counts what was drawn (the browser tests read it).
TF.chart = (container, option, points) => {
  const chart = echarts.getInstanceByDom(container) || echarts.init(container);
  chart.setOption(Object.assign({ animation: false, textStyle: { fontFamily: 'system-ui, sans-serif' } }, option), true);
  container.dataset.points = String(points);
  return chart;
};

window.addEventListener('resize', () => document.querySelectorAll('.chart').forEach(node => echarts.getInstanceByDom(node)?.resize()));
window.addEventListener('beforeprint', () => document.querySelectorAll('.chart').forEach(node => echarts.getInstanceByDom(node)?.resize()));

// A table from rows; columns are {key, label, num, render(row) -> Node|string}.
TF.table = (columns, rows) => TF.el('table', {},
  TF.el('thead', {}, TF.el('tr', {}, columns.map(column => TF.el('th', { class: column.num ? 'num' : null }, column.label)))),
  TF.el('tbody', {}, rows.map(row => TF.el('tr', {}, columns.map(column =>
    TF.el('td', { class: column.num ? 'num' : null }, column.render ? column.render(row) : column.num ? TF.number(row[column.key]) : row[column.key]))))));

// Previous/next for a paginated API answer; load(pageNumber) fetches and redraws.
TF.pager = (page, load) => {
  const last = Math.max(1, Math.ceil(page.total / page.size));
  return TF.el('div', { class: 'pager' },
    TF.el('button', { type: 'button', onclick: () => load(page.number - 1), ...(page.number <= 1 ? { disabled: '' } : {}) }, '‹ Previous'),
    `page ${page.number} of ${last} (${TF.number(page.total)} rows)`,
    TF.el('button', { type: 'button', onclick: () => load(page.number + 1), ...(page.number >= last ? { disabled: '' } : {}) }, 'Next ›'));
};

TF.link = (href, text) => TF.el('a', { href }, text);
TF.personLink = row => TF.link('/people?id=' + encodeURIComponent(row.id), row.name);
TF.corridorLink = (from, to) => TF.link(`/corridors?from=${from}&to=${to}`, `${from} → ${to}`);

TF.PAGES = {};

document.addEventListener('DOMContentLoaded', () => {
  const path = location.pathname.replace(/\/$/, '') || '/';
  document.querySelectorAll('nav a').forEach(a => a.classList.toggle('current', a.getAttribute('href') === path));
  const main = document.getElementById('main');
  main.replaceChildren();
  (TF.PAGES[path] || TF.PAGES['/'])(main);
});
