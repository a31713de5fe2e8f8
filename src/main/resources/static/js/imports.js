// The import page: while the job runs, polls its progress and updates the bar and the counts;
// when it ends, reloads the page, which then shows the rejected rows.
(function () {
  'use strict';
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
