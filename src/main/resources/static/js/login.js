// The login page hands in the fragment of the address it was opened with: a link to a task
// (/camunda/app/tasklist/default/#/?task=...) leads here with its fragment, which the browser
// never sends to the server; after the login the application returns to the task.
document.getElementById('fragment').value = window.location.hash;
