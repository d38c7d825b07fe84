// Drag a list's rows by their handle (.handle), with a mouse or a finger; every list that can be
// sorted this way also has buttons that do the same for the keyboard and without JavaScript.
// cardinalSortable(selector, done) sorts the lists matching the selector and calls done(list, row) after a drop.
window.cardinalSortable = function (selector, done) {
  'use strict';
  document.addEventListener('pointerdown', function (e) {
    var handle = e.target.closest('.handle');
    var list = handle && handle.closest(selector);
    if (!list) { return; }
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
      document.removeEventListener('pointercancel', drop);
      done(list, row);
    }
    document.addEventListener('pointermove', move);
    document.addEventListener('pointerup', drop);
    document.addEventListener('pointercancel', drop);
  });
};
