/* Wagtail's admin initialisers, without inline scripts (the Content-Security-Policy refuses them).

   Wagtail writes `<script>new PageChooser("id_page", {…})</script>` after its choosers, inline
   panels and date pickers (wagtail/wagtail#1288, #12940). cms/admin_init.py writes, instead:

     <ocop-admin-init hidden data-call="PageChooser" data-args='["id_page", {…}]'></ocop-admin-init>

   and this file, loaded on every admin page (cms/wagtail_hooks.py), makes that element do the
   call. It is a custom element so that the call happens when the inline script would have run:
   the browser calls connectedCallback as soon as the element enters the document, whether the
   parser meets it or a script inserts it (InlinePanel's "add" appends its <template>'s copy), and
   before that insertion returns: Wagtail's code finds the chooser right after addForm() as it did.
   Each element calls once. Only the names below can be called (tests/security/test_csp_policy.py
   reads this list); the arguments are JSON, never code. */
(function () {
  "use strict";

  // Called with `new`.
  var CONSTRUCTORS = [
    "InlinePanel",
    "MultipleChooserPanel",
    "Chooser",
    "PageChooser",
    "ImageChooser",
    "DocumentChooser",
    "SnippetChooser",
  ];
  // Called as functions.
  var FUNCTIONS = [
    "initDateChooser",
    "initTimeChooser",
    "initDateTimeChooser",
    "createTaskChooser",
  ];

  class AdminInit extends HTMLElement {
    connectedCallback() {
      if (this.hasAttribute("data-called")) {
        return; // moved in the page (an inline panel's child reordered): already done
      }
      this.setAttribute("data-called", "");
      var name = this.getAttribute("data-call");
      var isConstructor = CONSTRUCTORS.indexOf(name) !== -1;
      if (!isConstructor && FUNCTIONS.indexOf(name) === -1) {
        console.error("ocop-admin-init: " + name + " is not an allowed initialiser");
        return;
      }
      var target = window[name];
      if (typeof target !== "function") {
        console.error("ocop-admin-init: " + name + " is not loaded on this page");
        return;
      }
      var args = JSON.parse(this.getAttribute("data-args") || "[]");
      if (isConstructor) {
        new target(...args);
      } else {
        target(...args);
      }
    }
  }

  customElements.define("ocop-admin-init", AdminInit);
})();
