// tellytrack: the only script the pages load. Everything works without it;
// it just applies the spoiler cut-off as soon as a date is picked.
document.addEventListener("DOMContentLoaded", function () {
  document.querySelectorAll("input[data-autosubmit]").forEach(function (input) {
    input.addEventListener("change", function () {
      if (input.value && input.form) { input.form.submit(); }
    });
  });
});
