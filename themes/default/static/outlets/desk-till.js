/* The desk's till, enhanced: the total follows the quantities as they are typed, and a sale
   cannot be sent twice. Without this file the form works the same, one round trip per change. */
(function () {
  "use strict";
  var form = document.getElementById("desk-sale");
  if (!form) return;
  var suffix = "\u00a0₫";
  var number = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 0 });
  function money(value) { return number.format(value) + suffix; }

  function recompute() {
    var total = 0;
    form.querySelectorAll("#till-lines tbody tr[data-price]").forEach(function (row) {
      var input = row.querySelector(".ocop-till__line-qty");
      var quantity = Math.max(0, parseInt(input.value, 10) || 0);
      var amount = quantity * (parseInt(row.getAttribute("data-price"), 10) || 0);
      row.querySelector(".ocop-till__line-total").textContent = money(amount);
      total += amount;
    });
    var output = document.getElementById("till-total");
    if (output) {
      var strong = document.createElement("strong");
      strong.textContent = money(total);
      output.replaceChildren(strong);
    }
  }
  form.addEventListener("input", function (event) {
    if (event.target.classList.contains("ocop-till__line-qty")) recompute();
  });

  var sending = false;
  form.addEventListener("submit", function (event) {
    var button = event.submitter;
    if (!button || button.name !== "sell") return;
    if (sending) { event.preventDefault(); return; }
    sending = true;
    // The button's own name/value must still reach the server: disable it only after this tick.
    setTimeout(function () { button.disabled = true; }, 0);
  });
})();
