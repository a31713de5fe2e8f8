// The import pages. The form refuses a file over the size limit before uploading it: the
// server would refuse it too, but only after receiving it, and without the form around it.
// The job page, while the job runs, polls its progress and updates the bar and the counts;
// when it ends, reloads the page, which then shows the rejected rows.
(function () {
  'use strict';

  var form = document.getElementById('import-form');
  if (form) {
    form.addEventListener('submit', function (event) {
      var file = document.getElementById('file').files[0];
      var error = document.getElementById('file-error');
      if (file && file.size > Number(form.getAttribute('data-max-bytes'))) {
        event.preventDefault();
        error.textContent = form.getAttribute('data-too-large');
        error.hidden = false;
      } else {
        error.hidden = true;
      }
    });
  }

  var box = document.getElementById('import-progress');
  if (!box || box.getAttribute('data-status') !== 'RUNNING') {
    return;
  }
  var url = box.getAttribute('data-url');
  var counts = ['total', 'processed', 'created', 'alreadyPresent', 'rejected'];

  function show(job) {
    counts.forEach(function (name) {
      document.getElementById(name).textContent = job[name];
    });
    var bar = document.getElementById('bar');
    bar.max = job.total;
    bar.value = job.processed;
    document.getElementById('percent').textContent = job.percent + ' %';
    document.getElementById('status').textContent = job.statusTitle;
  }

  function poll() {
    fetch(url, {headers: {'Accept': 'application/json'}, credentials: 'same-origin'})
      .then(function (response) {
        if (!response.ok) {
          throw new Error('HTTP ' + response.status);
        }
        return response.json();
      })
      .then(function (job) {
        show(job);
        if (job.status === 'RUNNING') {
          setTimeout(poll, 1000);
        } else {
          window.location.reload();
        }
      })
      .catch(function () {
        // a lost connection or a restart: try again a little later
        setTimeout(poll, 5000);
      });
  }

  setTimeout(poll, 500);
})();
