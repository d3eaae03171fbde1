// The story list: every story, latest last day first, a page at a time; each row links to its story view.
// Titles are untrusted article headlines: they enter the page as text nodes only (see dom.js).
'use strict';
let nextOffset = 0;

async function more() {
  const status = document.getElementById('status');
  const button = document.getElementById('more');
  try {
    const page = await getJson('api/v1/stories?limit=50&offset=' + nextOffset);
    const body = document.querySelector('#stories tbody');
    for (const s of page.items) {
      body.appendChild(el('tr', {'data-id': s.id},
        el('td', {}, s.last_day || ''),
        el('td', {}, el('a', {href: 'story.html?id=' + encodeURIComponent(s.id)}, s.title || s.id)),
        el('td', {}, s.first_day ? `${s.first_day} – ${s.last_day}` : 'undated'),
        el('td', {}, String(s.articles)), el('td', {}, String(s.events)),
        el('td', {class: s.conflicting ? 'conflict' : null}, String(s.conflicting)),
        el('td', {}, s.actors.join(', ')), el('td', {}, s.places.join(', '))));
    }
    nextOffset = page.next_offset;
    button.hidden = !page.has_more;
    status.textContent = `${body.children.length} stories` + (page.has_more ? ' (more below)' : '');
  } catch (e) {
    status.appendChild(el('span', {class: 'errors'}, 'Could not load the stories: ' + e.message));
  }
}
document.getElementById('more').addEventListener('click', more);
more();
