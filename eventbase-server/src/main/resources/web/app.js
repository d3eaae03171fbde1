// The main page: events on a map (clustered, coloured by type, sized by fatalities), a timeline that filters by
// dates when brushed, and a table; all three show the same events. Clicking an event opens its detail and review.
'use strict';
const state = {events: [], dates: null, selected: null};
const form = document.getElementById('filters');
const tbody = document.querySelector('#events tbody');
const statusLine = document.getElementById('status');
const detail = document.getElementById('detail');

for (const type of Object.keys(TYPE_COLOURS).sort()) {
  form.elements.type.appendChild(el('option', {value: type}, type));
}

const map = L.map('map', {worldCopyJump: true, minZoom: 1, maxZoom: 12}).setView([10, 20], 2);
map.attributionControl.addAttribution('Country outlines: Natural Earth via world-atlas');
const clusters = L.markerClusterGroup({maxClusterRadius: 40, iconCreateFunction: clusterIcon});
map.addLayer(clusters);
const legend = L.control({position: 'topright'});
legend.onAdd = () => el('div', {class: 'map-legend'});
legend.addTo(map);

/** A cluster is drawn in the colour of its most common event type and sized by the fatalities it holds. */
function clusterIcon(cluster) {
  const events = cluster.getAllChildMarkers().map(m => m.event);
  const byType = new Map();
  let killed = 0;
  for (const e of events) {
    byType.set(e.type, (byType.get(e.type) || 0) + 1);
    killed += e.killed || 0;
  }
  const top = [...byType].sort((a, b) => b[1] - a[1])[0][0];
  const size = Math.round(28 + Math.min(30, 4 * Math.sqrt(killed)));
  const node = el('div', {class: 'event-cluster', title: `${events.length} events, mostly ${top}`
      + (killed ? `; ${killed} killed` : ''),
    style: `background:${typeColour(top)};width:${size}px;height:${size}px;line-height:${size}px`},
  el('span', {}, events.length));
  return L.divIcon({html: node, className: 'marker-cluster event-cluster-icon', iconSize: L.point(size, size)});
}

/** The legend lists the types on the map with their colours. */
function drawLegend(events) {
  const box = clear(legend.getContainer());
  const types = [...new Set(events.map(e => e.type))].sort();
  box.appendChild(el('strong', {}, 'Event types'));
  for (const t of types) box.appendChild(el('div', {}, el('span', {class: 'swatch', style: 'background:' + typeColour(t)}), t));
  box.appendChild(el('div', {class: 'hint'}, 'Larger circles: more killed'));
}
getJson('vendor/world-atlas/countries-110m.json').then(topo => {
  const countries = topojson.feature(topo, topo.objects.countries);
  for (const f of countries.features) acrossTheDateLine(f.geometry);
  L.geoJSON(countries, {
    style: {color: '#8a9aa9', weight: 0.7, fillColor: '#f7f5ef', fillOpacity: 1},
    interactive: false,
  }).addTo(map).bringToBack();
});

/** Moves rings that cross the date line (Fiji, Chukotka) east of it, so that no edge is drawn across the map. */
function acrossTheDateLine(geometry) {
  const fix = ring => ring.some(([lon]) => lon > 90) && ring.some(([lon]) => lon < -90)
    && !ring.some(([lon]) => lon >= -90 && lon <= 90) ? ring.map(([lon, lat]) => [lon < 0 ? lon + 360 : lon, lat]) : ring;
  if (geometry && geometry.type === 'Polygon') geometry.coordinates = geometry.coordinates.map(fix);
  if (geometry && geometry.type === 'MultiPolygon') geometry.coordinates = geometry.coordinates.map(p => p.map(fix));
}

const timeline = new Timeline(document.getElementById('timeline'), range => {
  state.dates = range;
  form.elements.from.value = range ? range[0] : '';
  form.elements.to.value = range ? range[1] : '';
  render();
});

function query() {
  const params = new URLSearchParams({limit: '1000'});
  for (const name of ['type', 'country', 'actor', 'text', 'review']) {
    const v = form.elements[name].value.trim();
    if (v) params.set(name, v);
  }
  return params;
}

async function load() {
  statusLine.textContent = 'Loading…';
  try {
    const page = await getJson('api/v1/events?' + query());
    state.events = page.items;
    timeline.draw(state.events);
    drawLegend(state.events);
    state.dates = form.elements.from.value || form.elements.to.value
      ? [form.elements.from.value || '0000-01-01', form.elements.to.value || '9999-12-31'] : null;
    timeline.showRange(state.dates);
    render();
    if (clusters.getLayers().length) map.fitBounds(clusters.getBounds(), {padding: [40, 40], maxZoom: 6});
    if (page.has_more) statusLine.textContent += ' (the first 1000; narrow the filters to see the rest)';
  } catch (e) {
    statusLine.textContent = 'Could not load events: ' + e.message;
  }
}

function visible() {
  if (!state.dates) return state.events;
  const [from, to] = state.dates;
  return state.events.filter(e => e.day_from && e.day_to >= from && e.day_from <= to);
}

function render() {
  const rows = visible();
  clusters.clearLayers();
  clear(tbody);
  let mapped = 0;
  for (const e of rows) {
    if (e.lat !== null && e.lon !== null && e.review !== 'rejected') {
      const marker = L.circleMarker([e.lat, e.lon], {radius: 6 + Math.min(14, 3 * Math.sqrt(e.killed || 0)),
        color: '#333', weight: 1, fillColor: typeColour(e.type), fillOpacity: 0.8,
        className: 'event-marker review-' + (e.review || 'unreviewed')});
      marker.event = e;
      marker.on('click', () => select(e));
      clusters.addLayer(marker);
      mapped++;
    }
    const tr = el('tr', {class: state.selected === e.id ? 'selected' : null, 'data-event': e.id,
      onclick: () => select(e)},
      el('td', {}, e.day_from === e.day_to ? (e.day_from || '–') : `${e.day_from}…${e.day_to}`),
      el('td', {}, el('span', {class: 'swatch', style: 'background:' + typeColour(e.type)}), e.type),
      el('td', {}, e.place || '–'), el('td', {}, e.country_code || '–'),
      el('td', {}, e.sources || '–'), el('td', {}, e.targets || '–'),
      el('td', {}, e.killed === null || e.killed === undefined ? '' : e.killed),
      el('td', {class: e.review ? 'review-' + e.review : null}, e.review || 'unreviewed'));
    tbody.appendChild(tr);
  }
  statusLine.textContent = `${rows.length} events (${mapped} on the map)` + (state.dates
    ? `, ${state.dates[0]} to ${state.dates[1]}` : '');
}

async function select(e) {
  state.selected = e.id;
  render();
  const answer = await getJson('api/v1/events/' + encodeURIComponent(e.id));
  const row = answer.event;
  detail.hidden = false;
  clear(detail);
  detail.appendChild(el('h3', {}, `${row.type}${row.mode ? ' (' + row.mode + ')' : ''}: ${row.trigger || ''}`));
  detail.appendChild(el('p', {},
    el('a', {href: 'article.html?id=' + encodeURIComponent(row.article_id) + '#' + encodeURIComponent(row.event_id)},
      row.article_title || row.article_id),
    row.claimant ? ` — according to ${row.claimant}` : '',
    row.review ? el('span', {class: 'review-' + row.review}, ` [${row.review}]`) : ''));
  detail.appendChild(el('p', {class: 'evidence-text'}, row.evidence || ''));
  reviewPanel(detail, row, answer.reviews, () => { load().then(() => select(row)); });
  if (row.lat !== null && row.lon !== null) map.setView([row.lat, row.lon], Math.max(map.getZoom(), 5));
}

form.addEventListener('submit', e => { e.preventDefault(); timeline.clearBrush(); load(); });
document.getElementById('clear').addEventListener('click', () => {
  form.reset();
  timeline.clearBrush();
  state.dates = null;
  load();
});
load();
