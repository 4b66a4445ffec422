// Progressive enhancement: without script every dispute panel stays open.
document.querySelectorAll('.dispute-toggle').forEach(function (button) {
  var panel = document.getElementById(button.getAttribute('aria-controls'));
  panel.hidden = true;
  button.setAttribute('aria-expanded', 'false');
  button.addEventListener('click', function () {
    var open = button.getAttribute('aria-expanded') === 'true';
    button.setAttribute('aria-expanded', String(!open));
    panel.hidden = open;
  });
});
