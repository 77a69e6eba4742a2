// Writes the world outline the report and dashboard draw net flows on (ECharts GeoJSON, countries
// named by ISO 3166-1 alpha-2 code) from Natural Earth's 1:110m countries (public domain), as the npm
// package world-atlas ships them in TopoJSON. See README.md beside this file for how to run it.
import fs from 'node:fs';
import { createRequire } from 'node:module';

// the packages are installed where the script is run (see README.md), not beside it
const require = createRequire(process.cwd() + '/');
const { feature } = require('topojson-client');
const { presimplify, simplify, quantile } = require('topojson-simplify');
const [out = 'world.json', keep = '0.5'] = process.argv.slice(2);
const topology = require('world-atlas/countries-110m.json');
const iso = require('i18n-iso-countries');

// Antarctica takes a fifth of the points and no researcher is placed there
const ANTARCTICA = '010';
// keeps the share `keep` of the points that matter most to the shapes (Visvalingam weights)
const weighted = presimplify(topology);
const simplified = simplify(weighted, quantile(weighted, Number(keep)));
const round = value => Math.round(value * 10) / 10;
const ring = points => points.map(([x, y]) => [round(x), round(y)])
  .filter((point, i, all) => i === 0 || point[0] !== all[i - 1][0] || point[1] !== all[i - 1][1]);
const polygons = geometry => geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;

// world-atlas stitches Russia's and Fiji's rings across the antimeridian (a step from 180 to -180),
// which a flat map draws as a line across the whole world. Each such polygon becomes its two halves:
// longitudes made continuous, then clipped to either side of 180 and the far side shifted back.
const unwrap = ring => ring.reduce((out, [x, y]) => {
  const previous = out.length ? out[out.length - 1][0] : x;
  out.push([x + 360 * Math.round((previous - x) / 360), y]);
  return out;
}, []);
// Sutherland-Hodgman against the half-plane inside(x); cut gives the point where an edge crosses its line
const clip = (ring, inside, line) => {
  const out = [];
  ring.forEach((point, i) => {
    const previous = ring[(i + ring.length - 1) % ring.length];
    const crossing = () => [line, previous[1] + (point[1] - previous[1]) * (line - previous[0]) / (point[0] - previous[0])];
    if (inside(point[0])) { if (!inside(previous[0])) out.push(crossing()); out.push(point); }
    else if (inside(previous[0])) out.push(crossing());
  });
  return out.length && (out[0][0] !== out[out.length - 1][0] || out[0][1] !== out[out.length - 1][1]) ? [...out, out[0]] : out;
};
const shift = (ring, dx) => ring.map(([x, y]) => [x + dx, y]);
const crosses = polygon => polygon.some(ring => ring.some(([x], i) => i > 0 && Math.abs(x - ring[i - 1][0]) > 180));
const halves = polygon => {
  if (!crosses(polygon)) return [polygon];
  const rings = polygon.map(unwrap);
  const east = rings.map(ring => clip(ring, x => x <= 180, 180));
  const west = rings.map(ring => shift(clip(ring, x => x >= 180, 180), -360));
  const west2 = rings.map(ring => shift(clip(ring, x => x <= -180, -180), 360));
  const main = rings.map(ring => clip(ring, x => x >= -180, -180));
  // a ring reaching past 180 keeps its west (main) part and its far part moved to -180; likewise past -180
  return rings.some(ring => ring.some(([x]) => x > 180)) ? [east, west] : [main, west2];
};

const features = feature(simplified, simplified.objects.countries).features
  .filter(country => country.id && country.id !== ANTARCTICA && iso.numericToAlpha2(country.id))
  .map(country => ({ type: 'Feature', properties: { name: iso.numericToAlpha2(country.id) },
    geometry: { type: 'MultiPolygon', coordinates: polygons(country.geometry).flatMap(halves)
      .map(polygon => polygon.map(ring).filter(r => r.length >= 4)).filter(polygon => polygon.length > 0) } }))
  .filter(country => country.geometry.coordinates.length > 0)
  .sort((a, b) => a.properties.name < b.properties.name ? -1 : 1);

fs.writeFileSync(out, JSON.stringify({ type: 'FeatureCollection', features }));
console.log(`${out}: ${features.length} countries, ${fs.statSync(out).size} bytes`);
