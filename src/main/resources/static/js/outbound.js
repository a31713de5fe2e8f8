// «Ответы на площадки»: «Скопировать текст» puts the answer on the clipboard (and selects it,
// so that Ctrl+C works where the clipboard API is not allowed).
document.querySelectorAll('button.copy').forEach(function (button) {
  button.addEventListener('click', function () {
    var area = document.getElementById(button.getAttribute('data-target'));
    area.focus();
    area.select();
    var done = function () { button.textContent = 'Скопировано'; };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(area.value).then(done, function () {
        if (document.execCommand('copy')) { done(); }
      });
    } else if (document.execCommand('copy')) {
      done();
    }
  });
});
