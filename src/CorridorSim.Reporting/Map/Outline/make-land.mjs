// Writes land.txt, the map's coastline and borders: the countries of Natural Earth's 1:110m outline
// (npm package world-atlas 2.0.2, countries-110m.json; Natural Earth is public domain) that reach into
// the corridor's region, one polygon ring per line as "lon,lat lon,lat ..." with two decimals.
// Run: npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz && node make-land.mjs package/countries-110m.json > land.txt
import { readFileSync } from "node:fs";

const [west, east, south, north] = [15, 125, 22, 60];
const topology = JSON.parse(readFileSync(process.argv[2], "utf8"));
const { scale, translate } = topology.transform;

// TopoJSON arcs are quantised and delta-encoded: undo both.
const arcs = topology.arcs.map((arc) => {
  let x = 0, y = 0;
  return arc.map(([dx, dy]) => {
    x += dx; y += dy;
    return [x * scale[0] + translate[0], y * scale[1] + translate[1]];
  });
});
const arc = (i) => (i >= 0 ? arcs[i] : [...arcs[~i]].reverse());
const ring = (indices) => indices.flatMap((i, k) => (k === 0 ? arc(i) : arc(i).slice(1)));
const inRegion = (points) => points.some(([lon, lat]) => lon >= west && lon <= east && lat >= south && lat <= north);

const lines = [];
for (const g of topology.objects.countries.geometries) {
  const polygons = g.type === "Polygon" ? [g.arcs] : g.type === "MultiPolygon" ? g.arcs : [];
  for (const polygon of polygons) {
    const outer = ring(polygon[0]);
    if (inRegion(outer)) lines.push(outer.map(([lon, lat]) => `${lon.toFixed(2)},${lat.toFixed(2)}`).join(" "));
  }
}
process.stdout.write(lines.join("\n") + "\n");
