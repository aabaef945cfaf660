/**
 * The style and the script of the HTML report's page, inlined into it. The
 * script runs in the browser: it places each finding under its line in the
 * file's diff and applies the filters. `test/html-report.test.ts` runs it in
 * a real browser.
 */

/** The page's own style, after diff2html's. */
export const PAGE_STYLE = `
:root { color-scheme: light; --fg: #1f2328; --dim: #59636e; --line: #d1d9e0; --bg-soft: #f6f8fa;
  --warn: #9a6700; --warn-bg: #fff8c5; --note: #0969da; --note-bg: #ddf4ff; --ok: #1a7f37; --ok-bg: #dafbe1; --bad: #d1242f; --bad-bg: #ffebe9; }
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; color: var(--fg); }
header { padding: 16px 24px; border-bottom: 1px solid var(--line); background: var(--bg-soft); }
header h1 { margin: 0; font-size: 20px; }
header p { margin: 4px 0 0; color: var(--dim); }
main { padding: 0 24px 48px; }
h2 { font-size: 16px; margin: 24px 0 8px; }
code { font: 12px/1.4 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
table { border-collapse: collapse; margin: 4px 0; }
th, td { border: 1px solid var(--line); padding: 3px 8px; text-align: left; vertical-align: top; }
th { background: var(--bg-soft); font-weight: 600; }
td .zero, .card.zero .value { color: var(--dim); }
.cards { display: flex; flex-wrap: wrap; gap: 8px; margin-top: 16px; }
.card { border: 1px solid var(--line); border-radius: 6px; padding: 8px 12px; min-width: 110px; display: flex; flex-direction: column; }
.card .value { font-size: 22px; font-weight: 600; }
.card .label { color: var(--dim); }
.badge { display: inline-block; padding: 0 6px; border-radius: 10px; font-size: 12px; border: 1px solid var(--line); white-space: nowrap; }
.file-changed, .fix-applied { background: var(--ok-bg); color: var(--ok); }
.file-skipped, .file-error, .fix-declined { background: var(--bad-bg); color: var(--bad); }
.fix-conflict, .fix-reverted, .fix-unsafe-not-enabled { background: var(--warn-bg); color: var(--warn); }
.fix-no-fix { background: var(--note-bg); color: var(--note); }
.fix-suppressed { background: var(--bg-soft); color: var(--dim); }
.card.file-changed, .card.fix-applied, .card.file-skipped, .card.file-error, .card.fix-declined, .card.fix-conflict,
.card.fix-reverted, .card.fix-unsafe-not-enabled, .card.fix-no-fix { border-color: currentColor; }
.card.zero { background: none; color: var(--dim); border-color: var(--line); }
.file-list { padding-left: 20px; margin: 0; }
.tables { display: flex; flex-wrap: wrap; gap: 0 32px; align-items: flex-start; }
#filters { border-top: 1px solid var(--line); margin-top: 16px; }
.facets { display: flex; flex-wrap: wrap; gap: 0 12px; align-items: flex-start; }
fieldset { border: 1px solid var(--line); border-radius: 6px; margin: 6px 0; padding: 4px 10px; max-width: 100%; }
legend { font-weight: 600; padding: 0 4px; }
fieldset label { display: inline-block; margin: 2px 12px 2px 0; white-space: nowrap; cursor: pointer; }
fieldset button { font-size: 12px; margin-right: 4px; }
.count { color: var(--dim); font-size: 12px; }
#shown { margin: 6px 0 0; color: var(--dim); }
.file { border: 1px solid var(--line); border-radius: 6px; margin: 16px 0; padding: 0 12px 12px; }
.file h2 { font-size: 15px; }
.file-reason { color: var(--bad); }
.findings { width: 100%; }
.findings .place { white-space: nowrap; font-family: ui-monospace, Menlo, Consolas, monospace; }
.findings .reason, .tm-note .reason { color: var(--dim); }
.test-ids { color: var(--dim); font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 12px; }
.d2h-file-header { display: none; }
.d2h-file-wrapper { margin-bottom: 8px; }
.tm-note td { padding: 0; border: 0; }
.tm-note .tm-note-body { position: sticky; left: 0; width: calc(50vw - 8em); white-space: normal; margin: 2px 0 2px 4em;
  padding: 3px 8px; border-left: 3px solid var(--note); background: var(--note-bg); font-size: 12px; font-family: system-ui, sans-serif; }
.tm-note.severity-warning .tm-note-body { border-left-color: var(--warn); background: var(--warn-bg); }
.tm-note.tm-ghost .tm-note-body { visibility: hidden; }
[hidden] { display: none !important; }
`;

/** The page's script: notes in the diffs, then the filters. */
export const PAGE_SCRIPT = `
(() => {
  'use strict';
  const findingRows = () => Array.from(document.querySelectorAll('tr.finding'));

  // Each finding whose line the diff shows gets a note under that line, on the left (the file as it was),
  // or on the right in a file the run creates; the other side gets an invisible copy, so that both sides
  // keep their rows level.
  const numberedRow = (side, line) =>
    Array.from(side.rows).find((r) => r.cells[0] && r.cells[0].classList.contains('d2h-code-side-linenumber') && r.cells[0].textContent.trim() === line);
  for (const file of document.querySelectorAll('section.file')) {
    const sides = file.querySelectorAll('.d2h-file-side-diff tbody');
    if (sides.length !== 2) continue;
    const created = !Array.from(sides[0].rows).some((r) => r.cells[0] && /\\d/.test(r.cells[0].textContent));
    const [home, twin] = created ? [sides[1], sides[0]] : [sides[0], sides[1]];
    const lastNote = new Map();
    for (const row of file.querySelectorAll('tr.finding')) {
      const line = row.dataset.line;
      const numbered = numberedRow(home, line);
      if (!numbered) continue;
      const after = lastNote.get(line) || numbered;
      const index = after.sectionRowIndex + 1;
      const note = noteFor(row, false);
      home.insertBefore(note, home.rows[index] || null);
      twin.insertBefore(noteFor(row, true), twin.rows[index] || null);
      lastNote.set(line, note);
    }
  }

  function noteFor(row, ghost) {
    const note = document.createElement('tr');
    note.className = 'tm-note' + (ghost ? ' tm-ghost' : '') + (row.classList.contains('severity-warning') ? ' severity-warning' : '');
    for (const key of ['transform', 'status', 'code']) note.dataset[key] = row.dataset[key];
    if (ghost) note.setAttribute('aria-hidden', 'true');
    const cell = document.createElement('td');
    cell.colSpan = 2;
    const body = document.createElement('div');
    body.className = 'tm-note-body';
    const cells = row.cells;
    body.innerHTML = cells[1].innerHTML + ' ' + cells[3].innerHTML + ' ' + cells[4].innerHTML;
    cell.appendChild(body);
    note.appendChild(cell);
    return note;
  }

  // Filters: a finding shows when its transform, its status and its code are all checked;
  // a file shows when one of its findings does, or when it has none (a file not processed).
  const facets = ['transform', 'status', 'code'];
  function chosen(facet) {
    return new Set(Array.from(document.querySelectorAll('input[data-filter="' + facet + '"]:checked')).map((box) => box.value));
  }
  function apply() {
    const sets = facets.map(chosen);
    let shown = 0;
    const all = findingRows();
    for (const row of all) {
      const visible = facets.every((facet, i) => sets[i].has(row.dataset[facet]));
      row.hidden = !visible;
      if (visible) shown++;
    }
    for (const note of document.querySelectorAll('tr.tm-note')) note.hidden = !facets.every((facet, i) => sets[i].has(note.dataset[facet]));
    for (const file of document.querySelectorAll('section.file')) {
      const rows = file.querySelectorAll('tr.finding');
      file.hidden = rows.length > 0 && Array.from(rows).every((row) => row.hidden);
    }
    document.getElementById('shown').textContent = shown + ' of ' + all.length + ' findings shown';
  }
  for (const box of document.querySelectorAll('input[data-filter]')) box.addEventListener('change', apply);
  for (const button of document.querySelectorAll('button[data-all], button[data-none]')) {
    button.addEventListener('click', () => {
      const facet = button.dataset.all || button.dataset.none;
      for (const box of document.querySelectorAll('input[data-filter="' + facet + '"]')) box.checked = Boolean(button.dataset.all);
      apply();
    });
  }
  apply();
})();
`;
