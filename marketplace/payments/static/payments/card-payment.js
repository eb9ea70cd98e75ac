/* The card page: Stripe.js's Payment Element, confirmed by Stripe.js, then back to our return page,
 * which asks Stripe how the payment went. When the loaded Stripe.js cannot confirm a Payment Element
 * (localstripe's mock in tests has no confirmPayment), the card is tokenised by Stripe.js and the
 * intent confirmed on our server instead; 3-D Secure is still finished by Stripe.js. */
(function () {
  "use strict";
  var config = JSON.parse(document.getElementById("card-payment-config").textContent);
  var form = document.getElementById("card-form");
  var button = document.getElementById("card-submit");
  var errors = document.getElementById("card-errors");
  var status = document.getElementById("card-status");
  var csrf = document.getElementById("card-csrf").value;

  var stripe = window.Stripe(config.publishableKey);
  var elements = stripe.elements({ clientSecret: config.clientSecret, locale: config.locale });
  var element = elements.create("payment", { layout: "tabs" });
  element.mount("#payment-element");

  function showError(message) {
    errors.textContent = message || config.messages.failed;
    errors.classList.remove("d-none");
    status.textContent = "";
    button.disabled = false;
  }

  function finish() {
    window.location.assign(config.returnUrl);
  }

  async function confirmWithStripeJs() {
    var result = await stripe.confirmPayment({
      elements: elements,
      confirmParams: { return_url: config.returnUrl },
      redirect: "if_required",
    });
    if (result.error) return showError(result.error.message);
    finish();
  }

  async function confirmOnServer() {
    var tokenised = await stripe.createToken(element);
    if (tokenised.error || !tokenised.token) return showError(tokenised.error && tokenised.error.message);
    var response = await fetch(config.confirmUrl, {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/x-www-form-urlencoded", "X-CSRFToken": csrf },
      body: "payment_method=" + encodeURIComponent(tokenised.token.card.id),
    });
    var body = await response.json().catch(function () { return {}; });
    if (!response.ok || body.error) return showError(body.error);
    if (body.status === "requires_action") {
      var action = await stripe.confirmCardPayment(config.clientSecret);
      if (action.error) return showError(action.error.message);
    }
    finish();
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    errors.classList.add("d-none");
    button.disabled = true;
    status.textContent = config.messages.processing;
    var confirm = typeof stripe.confirmPayment === "function" ? confirmWithStripeJs : confirmOnServer;
    confirm().catch(function (error) { showError(error && error.message); });
  });
})();
