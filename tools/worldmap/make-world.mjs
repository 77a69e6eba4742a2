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

const features = feature(simplified, simplified.objects.countries).features
  .filter(country => country.id && country.id !== ANTARCTICA && iso.numericToAlpha2(country.id))
  .map(country => ({ type: 'Feature', properties: { name: iso.numericToAlpha2(country.id) },
    geometry: { type: 'MultiPolygon', coordinates: polygons(country.geometry)
      .map(polygon => polygon.map(ring).filter(r => r.length >= 4)).filter(polygon => polygon.length > 0) } }))
  .filter(country => country.geometry.coordinates.length > 0)
  .sort((a, b) => a.properties.name < b.properties.name ? -1 : 1);

fs.writeFileSync(out, JSON.stringify({ type: 'FeatureCollection', features }));
console.log(`${out}: ${features.length} countries, ${fs.statSync(out).size} bytes`);
