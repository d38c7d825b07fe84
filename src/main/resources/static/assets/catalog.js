// Drag a product by its handle to a new place; the arrow buttons do the same without this script.
(function () {
  'use strict';
  var list = document.querySelector('[data-sortable-products]');
  var post = document.querySelector('form[data-move-form]');
  if (!list || !post) { return; }
  list.addEventListener('pointerdown', function (e) {
    var handle = e.target.closest('.handle');
    if (!handle) { return; }
    e.preventDefault();
    var row = handle.closest('li');
    row.classList.add('dragging');
    function move(ev) {
      var over = Array.prototype.find.call(list.children, function (other) {
        var box = other.getBoundingClientRect();
        return other !== row && ev.clientY > box.top && ev.clientY < box.bottom;
      });
      if (!over) { return; }
      var box = over.getBoundingClientRect();
      list.insertBefore(row, ev.clientY < box.top + box.height / 2 ? over : over.nextElementSibling);
    }
    function drop() {
      row.classList.remove('dragging');
      document.removeEventListener('pointermove', move);
      document.removeEventListener('pointerup', drop);
      post.action = row.dataset.moveUrl;
      post.querySelector('input[name=to]').value = Array.prototype.indexOf.call(list.children, row);
      post.submit();
    }
    document.addEventListener('pointermove', move);
    document.addEventListener('pointerup', drop);
  });
})();
