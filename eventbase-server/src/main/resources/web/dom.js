// Builds DOM from data without ever parsing text as HTML: every string goes in as a text node.
// Example: el('td', {class: 'x'}, row.place) makes <td class="x"> with the place as text.
'use strict';
function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith('on') && typeof v === 'function') node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, String(v));
  }
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined) continue;
    node.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}

async function getJson(url) {
  const r = await fetch(url, {headers: {Accept: 'application/json'}});
  const body = await r.json();
  if (!r.ok) throw new Error(body.message || ('HTTP ' + r.status));
  return body;
}

// The PLOVER types (org.eventbase.model.EventType), each with its colour on the map.
const TYPE_COLOURS = {PROTEST: '#2563eb', ASSAULT: '#dc2626', COERCE: '#ea580c', MOBILIZE: '#0891b2',
  THREATEN: '#a16207', SANCTION: '#be185d', REQUEST: '#4d7c0f', ACCUSE: '#9333ea', REJECT: '#b45309',
  AGREE: '#15803d', CONSULT: '#64748b', SUPPORT: '#0d9488', COOPERATE: '#059669', AID: '#16a34a',
  RETREAT: '#475569'};
function typeColour(type) {
  return TYPE_COLOURS[type] || '#6b7280';
}
