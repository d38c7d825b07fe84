// Dropping a dragged product posts its new place; the arrow buttons do the same without this script.
(function () {
  'use strict';
  var post = document.querySelector('form[data-move-form]');
  if (!post || !window.cardinalSortable) { return; }
  window.cardinalSortable('[data-sortable-products]', function (list, row) {
    post.action = row.dataset.moveUrl;
    post.querySelector('input[name=to]').value = Array.prototype.indexOf.call(list.children, row);
    post.submit();
  });
})();
