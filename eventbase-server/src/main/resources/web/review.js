// The review panel: accept, correct or reject one event, with the audit log of earlier verdicts. The write token
// is asked for once and kept for this browser tab only (sessionStorage).
// Example: reviewPanel(container, row, reviews, () => reload());
'use strict';
const CORRECTABLE = ['type', 'mode', 'day_from', 'day_to', 'place', 'country_code', 'lat', 'lon', 'sources',
  'targets', 'claimant', 'killed'];

function reviewPanel(container, row, reviews, onSaved) {
  const errors = el('ul', {class: 'errors'});
  const status = el('select', {name: 'status'}, ['accepted', 'corrected', 'rejected'].map(s => el('option',
    {value: s}, s)));
  const reviewer = el('input', {name: 'reviewer', value: sessionStorage.getItem('eventbase.reviewer') || ''});
  const reason = el('input', {name: 'reason'});
  const token = el('input', {name: 'token', type: 'password',
    value: sessionStorage.getItem('eventbase.token') || '', placeholder: 'printed when the server first started'});
  const fields = {};
  const fieldRows = CORRECTABLE.map(name => {
    fields[name] = el('input', {name, value: row[name] === null || row[name] === undefined ? '' : row[name]});
    return [el('label', {}, name), fields[name]];
  });
  const form = el('form', {class: 'review-form'},
    el('label', {}, 'Verdict'), status,
    el('label', {}, 'Reviewer'), reviewer,
    el('label', {}, 'Reason'), reason,
    el('label', {}, 'Token'), token,
    el('p', {class: 'wide'}, 'Corrections (used when the verdict is "corrected"; change only what is wrong):'),
    fieldRows,
    el('button', {type: 'submit', class: 'wide'}, 'Save review'),
    errors);
  form.addEventListener('submit', async e => {
    e.preventDefault();
    clear(errors);
    sessionStorage.setItem('eventbase.token', token.value);
    sessionStorage.setItem('eventbase.reviewer', reviewer.value);
    const body = {status: status.value, reviewer: reviewer.value, reason: reason.value};
    if (status.value === 'corrected') {
      body.corrected = {};
      for (const name of CORRECTABLE) {
        const before = row[name] === null || row[name] === undefined ? '' : String(row[name]);
        if (fields[name].value !== before) body.corrected[name] = fields[name].value;
      }
    }
    const r = await fetch(`api/v1/events/${encodeURIComponent(row.id)}/reviews`, {method: 'POST',
      headers: {'Content-Type': 'application/json', Authorization: 'Bearer ' + token.value.trim()},
      body: JSON.stringify(body)});
    const answer = await r.json();
    if (!r.ok) {
      errors.appendChild(el('li', {}, answer.message));
      for (const p of answer.errors || []) errors.appendChild(el('li', {}, `${p.field}: ${p.problem}`));
      return;
    }
    onSaved(answer);
  });
  const audit = el('ol', {class: 'audit'}, reviews.map(r => el('li', {},
    `${r.reviewed_at} ${r.reviewer}: ${r.status}`,
    Object.keys(r.corrected || {}).length ? ` (${Object.entries(r.corrected).map(([k, v]) => k + '=' + v)
      .join(', ')})` : '',
    r.reason ? ` — ${r.reason}` : '')));
  container.appendChild(el('h4', {}, 'Review'));
  container.appendChild(form);
  container.appendChild(el('h4', {}, 'Audit log'));
  container.appendChild(reviews.length ? audit : el('p', {class: 'audit'}, 'Not reviewed yet.'));
}
