// The store's cart, kept in this browser. Without this script each product's form orders that
// one product straight away; with it, the forms add to a cart that is sent as one order.
(function () {
  'use strict';
  var store = document.querySelector('[data-store]');
  var cart = store && store.querySelector('[data-cart]');
  if (!cart || !window.localStorage || !window.Intl) { return; }
  var key = 'cardinal-cart:' + store.dataset.store;
  var money = new Intl.NumberFormat(document.documentElement.lang || undefined, { style: 'currency', currency: store.dataset.currency });
  var digits = money.resolvedOptions().maximumFractionDigits;
  var status = store.querySelector('[data-status]');
  var lines = load();

  function load() {
    try { return JSON.parse(localStorage.getItem(key)) || []; } catch (e) { return []; }
  }
  function save() { localStorage.setItem(key, JSON.stringify(lines)); render(); }
  function format(minor) { return money.format(minor / Math.pow(10, digits)); }

  function field(name, value) {
    var input = document.createElement('input');
    input.type = 'hidden';
    input.name = name;
    input.value = value;
    return input;
  }

  function render() {
    var list = cart.querySelector('[data-lines]');
    list.textContent = '';
    var total = 0;
    lines.forEach(function (line, i) {
      var li = document.createElement('li');
      var options = Object.keys(line.options).map(function (k) { return k + ': ' + line.options[k]; }).join(', ');
      var text = document.createElement('span');
      text.textContent = line.name + (options ? ' (' + options + ')' : '') + ' — ' + format(line.unit * line.quantity);
      var quantity = document.createElement('input');
      quantity.type = 'number';
      quantity.min = '1';
      quantity.max = '999';
      quantity.value = line.quantity;
      quantity.setAttribute('aria-label', line.name);
      quantity.name = 'items[' + i + '].quantity';
      quantity.addEventListener('change', function () {
        line.quantity = Math.max(1, Math.min(999, parseInt(quantity.value, 10) || 1));
        save();
      });
      var remove = document.createElement('button');
      remove.type = 'button';
      remove.textContent = store.dataset.remove;
      remove.addEventListener('click', function () { lines.splice(i, 1); save(); });
      li.append(text, quantity, remove, field('items[' + i + '].product', line.product));
      Object.keys(line.options).forEach(function (k) { li.appendChild(field('items[' + i + '].options[' + k + ']', line.options[k])); });
      list.appendChild(li);
      total += line.unit * line.quantity;
    });
    cart.querySelector('[data-total]').textContent = format(total);
    cart.hidden = lines.length === 0;
  }

  store.querySelectorAll('form.buy').forEach(function (form) {
    form.querySelector('[data-order]').textContent = store.dataset.add;
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      var options = {};
      var unit = parseInt(form.dataset.price, 10);
      form.querySelectorAll('select[data-option]').forEach(function (select) {
        options[select.dataset.option] = select.value;
        unit += parseInt(select.selectedOptions[0].dataset.delta, 10) || 0;
      });
      var quantity = Math.max(1, Math.min(999, parseInt(form.querySelector('input[type=number]').value, 10) || 1));
      var same = lines.find(function (l) { return l.product === form.dataset.product && JSON.stringify(l.options) === JSON.stringify(options); });
      if (same) { same.quantity = Math.min(999, same.quantity + quantity); }
      else { lines.push({ product: form.dataset.product, name: form.dataset.name, options: options, quantity: quantity, unit: unit }); }
      save();
      status.textContent = store.dataset.added + ': ' + form.dataset.name;
    });
  });

  // The order is sent by the cart's own form; once sent, the cart starts empty.
  cart.addEventListener('submit', function () { localStorage.removeItem(key); });

  var filter = store.querySelector('[data-filter]');
  if (filter) {
    filter.hidden = false;
    filter.addEventListener('click', function (e) {
      var chosen = e.target.closest('button[data-category]');
      if (!chosen) { return; }
      filter.querySelectorAll('button').forEach(function (b) { b.setAttribute('aria-pressed', String(b === chosen)); });
      store.querySelectorAll('.products > li').forEach(function (li) {
        li.hidden = chosen.dataset.category !== '' && li.dataset.category !== chosen.dataset.category;
      });
    });
  }
  render();
})();
