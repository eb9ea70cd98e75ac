/* Header search box suggestions (progressive enhancement: without this script the form still
   submits a normal search). Fills the input's <datalist> from the search:suggest JSON endpoint;
   choosing a suggestion that is a product title opens that product's page. */
(function () {
  "use strict";
  var inputs = document.querySelectorAll("input[data-suggest-url]");
  Array.prototype.forEach.call(inputs, function (input) {
    var list = document.getElementById(input.getAttribute("list"));
    if (!list || !window.fetch) { return; }
    var timer = null, controller = null, urls = {};
    input.addEventListener("input", function () {
      var value = input.value;
      if (urls[value]) { window.location.href = urls[value]; return; }
      clearTimeout(timer);
      if (value.trim().length < 2) { return; }
      timer = setTimeout(function () {
        if (controller) { controller.abort(); }
        controller = window.AbortController ? new AbortController() : null;
        var url = input.getAttribute("data-suggest-url") + "?q=" + encodeURIComponent(value);
        fetch(url, { signal: controller && controller.signal, headers: { Accept: "application/json" } })
          .then(function (r) { return r.ok ? r.json() : { suggestions: [] }; })
          .then(function (data) {
            list.textContent = "";
            urls = {};
            data.suggestions.forEach(function (s) {
              var option = document.createElement("option");
              option.value = s.title;
              urls[s.title] = s.url;
              list.appendChild(option);
            });
          })
          .catch(function () { /* offline or aborted: the plain search still works */ });
      }, 150);
    });
  });
})();
