// The editor's live preview and section ordering. Without this script, "Update preview" posts the
// form into the preview frame and the arrow buttons reorder sections on the server.
(function () {
  'use strict';
  var timer;

  function editorForm() { return document.querySelector('form[hx-post]'); }

  // Post the editor's fields into the preview frame, keeping its scroll position.
  function refresh() {
    var form = editorForm();
    var frame = document.querySelector('iframe[name="preview"]');
    var button = form && form.querySelector('[data-preview]');
    if (!form || !frame || !button) { return; }
    window.cardinalPreview(form, button.getAttribute('formaction'), frame);
  }

  function later() {
    clearTimeout(timer);
    timer = setTimeout(refresh, 350);
  }

  // Section rows keep their indexes in their field names and button values: renumber after a move.
  function renumber(list) {
    var rows = list.querySelectorAll('[data-section]');
    rows.forEach(function (row, i) {
      row.querySelectorAll('[name]').forEach(function (field) {
        field.name = field.name.replace(/sections\[\d+\]/, 'sections[' + i + ']');
      });
      row.querySelectorAll('[data-move]').forEach(function (b) {
        b.value = b.value.replace(/:\d+$/, ':' + i);
        b.hidden = b.dataset.move === '-1' ? i === 0 : i === rows.length - 1;
      });
    });
    later();
  }

  // A picked colour counts only with "use my own colours": tick it. A new theme shows its colours while it is unticked.
  function colours(e) {
    var form = editorForm();
    var own = form && form.querySelector('input[name="design.ownColors"][type=checkbox]');
    if (!own) { return; }
    if (e.target.type === 'color') {
      own.checked = true;
    } else if (e.target.name === 'design.theme' && !own.checked && e.target.dataset.colors) {
      var values = e.target.dataset.colors.split(' ');
      ['accent', 'background', 'text'].forEach(function (name, i) {
        form.querySelector('input[name="design.' + name + '"]').value = values[i];
      });
    }
  }

  // Unsaved changes: leaving the page asks first; saving, publishing or a list button does not.
  var dirty = false;
  function edited() { dirty = true; }
  window.addEventListener('beforeunload', function (e) {
    if (dirty) { e.preventDefault(); e.returnValue = ''; }
  });
  document.addEventListener('submit', function (e) {
    var by = e.submitter && e.submitter.value;
    var saving = by === 'save' || by === 'publish' || by === 'unpublish' || (e.submitter && e.submitter.name === 'next');
    if (e.target === editorForm() && saving) { dirty = false; }
  }, true);

  // Publish and Unpublish sit above the form (form="card-form"), where htmx does not hear them: they
  // send the form as a page of its own, the button's action as a field.
  document.addEventListener('click', function (e) {
    var button = e.target.closest('button[form]');
    var form = editorForm();
    if (!button || !form || button.getAttribute('form') !== form.id) { return; }
    e.preventDefault();
    var action = form.querySelector('input[data-action]') || document.createElement('input');
    action.type = 'hidden';
    action.name = 'action';
    action.value = button.value;
    action.setAttribute('data-action', '');
    form.appendChild(action);
    dirty = false;
    form.submit();
  });

  // A refused save brings the person to the list of what to mend.
  function focusErrors() {
    var summary = document.querySelector('#editor [data-focus]');
    if (summary) { summary.focus(); summary.scrollIntoView({ block: 'start' }); }
  }

  document.addEventListener('input', function (e) { if (e.target.form === editorForm()) { edited(); colours(e); later(); } });
  document.addEventListener('change', function (e) { if (e.target.form === editorForm()) { edited(); colours(e); later(); } });
  document.addEventListener('htmx:afterSwap', function (e) {
    later();
    if (e.detail && e.detail.xhr && e.detail.xhr.status >= 400) { dirty = true; focusErrors(); }
  });
  if (document.readyState !== 'loading') { focusErrors(); } else { document.addEventListener('DOMContentLoaded', focusErrors); }

  document.addEventListener('click', function (e) {
    var preview = e.target.closest('[data-preview]');
    if (preview) {
      e.preventDefault();
      refresh();
      return;
    }
    var move = e.target.closest('[data-move]');
    if (!move) { return; }
    e.preventDefault();
    var row = move.closest('[data-section]');
    var list = row.parentNode;
    if (move.dataset.move === '-1' && row.previousElementSibling) {
      list.insertBefore(row, row.previousElementSibling);
    } else if (move.dataset.move === '1' && row.nextElementSibling) {
      list.insertBefore(row.nextElementSibling, row);
    }
    renumber(list);
    var same = row.querySelector('[data-move="' + move.dataset.move + '"]');
    (same && !same.hidden ? same : row.querySelector('[data-move]:not([hidden])')).focus();
  });

  // the preview follows every change by itself: its button is for pages without this script
  function hidePreviewButton() {
    var button = document.querySelector('#editor [data-preview]');
    if (button) { button.hidden = true; }
  }
  hidePreviewButton();
  document.addEventListener('htmx:afterSwap', hidePreviewButton);

  window.cardinalSortable('[data-sortable]', renumber);
})();
