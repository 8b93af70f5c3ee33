// Polls a running draft's progress (best score so far) and reloads the page when it ends.
document.addEventListener('DOMContentLoaded', function () {
  var job = document.getElementById('job');
  if (!job || !job.dataset.poll) { return; }
  var url = job.dataset.poll;
  function poll() {
    fetch(url, { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
      .then(function (r) { return r.json(); })
      .then(function (j) {
        document.getElementById('job-status').textContent = j.status;
        document.getElementById('job-score').textContent = j.bestScore || '–';
        document.getElementById('job-message').textContent = j.message || '';
        if (j.status === 'RUNNING' || j.status === 'CANCEL_REQUESTED') {
          setTimeout(poll, 1000);
        } else {
          window.location.reload();
        }
      })
      .catch(function () { setTimeout(poll, 3000); });
  }
  setTimeout(poll, 500);
});
