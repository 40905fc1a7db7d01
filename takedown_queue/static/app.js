// The review UI's only script (no inline script is allowed by the CSP).
// Filter drop-downs apply at once; text filters apply with Enter or the button.
document.addEventListener("DOMContentLoaded", function () {
  document.querySelectorAll("select[data-autosubmit]").forEach(function (select) {
    select.addEventListener("change", function () { select.form.submit(); });
  });
});
