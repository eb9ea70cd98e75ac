/* Small page actions declared in the HTML, so that no template needs an inline event handler
   (the Content-Security-Policy refuses them):
     <button data-print>             prints the page
     <a href="/" data-history-back>  goes back one page (the href is where it goes without JavaScript)
     <a href="#" data-close-window>  closes this pop-up window (Oscar's dashboard pop-ups)
     <select data-submit-on-change>  submits its form when the choice changes
     <img data-upload-preview data-upload-error="<message>">  Oscar's image upload preview: hides
                                     the upload button beside it once the preview loads */
(function () {
  "use strict";
  document.addEventListener("click", function (event) {
    var target = event.target.closest("[data-print], [data-history-back], [data-close-window]");
    if (!target) { return; }
    if (target.hasAttribute("data-close-window")) {
      event.preventDefault();
      window.close();
    } else if (target.hasAttribute("data-print")) {
      event.preventDefault();
      window.print();
    } else if (window.history.length > 1) {
      event.preventDefault();
      window.history.back();
    }
  });
  document.addEventListener("change", function (event) {
    var select = event.target.closest("[data-submit-on-change]");
    if (select && select.form) { select.form.submit(); }
  });
  // load and error do not bubble: listen in the capture phase.
  document.addEventListener("load", function (event) {
    var img = event.target;
    if (!img.hasAttribute || !img.hasAttribute("data-upload-preview")) { return; }
    // The button beside it: Oscar's dashboard.js clones these forms and renumbers only ids.
    var button = img.parentNode.querySelector("button");
    if (button) { button.style.display = "none"; }
  }, true);
  document.addEventListener("error", function (event) {
    var img = event.target;
    if (!img.hasAttribute || !img.hasAttribute("data-upload-preview") || !img.getAttribute("src")) { return; }
    var button = img.parentNode.querySelector("button");
    if (button) { button.style.display = ""; }
    window.alert(img.getAttribute("data-upload-error"));
  }, true);
})();
