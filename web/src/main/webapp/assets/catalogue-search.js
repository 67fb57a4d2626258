// Type-ahead for the catalogue search box. The page works without it: this only fills the box's
// datalist with suggestions as the user types, asking the server at most every 150 ms.
(function () {
  var input = document.getElementById('catalogue-q');
  var list = document.getElementById('catalogue-suggestions');
  if (!input || !list || !window.fetch) { return; }
  var timer = null;
  var asked = '';
  input.addEventListener('input', function () {
    clearTimeout(timer);
    var prefix = input.value.trim();
    if (prefix.length < 2 || prefix === asked) { return; }
    timer = setTimeout(function () {
      asked = prefix;
      fetch(input.getAttribute('data-suggestions') + '?q=' + encodeURIComponent(prefix), { credentials: 'same-origin', headers: { Accept: 'application/json' } })
        .then(function (response) { return response.ok ? response.json() : []; })
        .then(function (suggestions) {
          while (list.firstChild) { list.removeChild(list.firstChild); }
          suggestions.forEach(function (text) {
            var option = document.createElement('option');
            option.value = text;
            list.appendChild(option);
          });
        })
        .catch(function () { /* no suggestions: the search itself still works */ });
    }, 150);
  });
}());
