// The webapps (Tasklist, Cockpit, Admin, the welcome page) share the application's one login
// (docs/security.md, "One login"): staff log in on the application's page /login, and a
// webapp's «Выйти» ends the one session (the application answers the webapps' logout call).
// Each webapp loads this script through customScripts in its config.js, before it starts.

const appRoot = document.querySelector('base').getAttribute('app-root'); // context path + /camunda
const contextPath = appRoot.replace(/\/camunda$/, '');
// the welcome page calls it as /camunda/api/admin/../admin/auth/user/default/logout
const LOGOUT_CALL = /\/auth\/user\/[^/]+\/logout$/;
const RELOADED = 'mcu.session.reloadedForLogin';

let loggingOut = false;
let leaving = false;
// set by the previous page when it reloaded for a login
const reloadedAt = Number(window.sessionStorage.getItem(RELOADED) || 0);
window.sessionStorage.removeItem(RELOADED);

const commons = window.angular.module('cam.commons');

// «Выйти»: once the webapp's logout call has ended the session, the login page says «Вы вышли
// из системы» (instead of the webapp showing its own login form)
commons.config(['$httpProvider', function ($httpProvider) {
  $httpProvider.interceptors.push(['$q', function ($q) {
    return {
      request: function (config) {
        if (config.method === 'POST' && LOGOUT_CALL.test(config.url)) {
          loggingOut = true;
        }
        return config;
      },
      response: function (response) {
        if (loggingOut && LOGOUT_CALL.test(response.config.url)) {
          window.location.replace(contextPath + '/login?logout');
        }
        return response;
      },
      responseError: function (rejection) {
        if (rejection.config && LOGOUT_CALL.test(rejection.config.url)) {
          loggingOut = false;
        }
        return $q.reject(rejection);
      }
    };
  }]);
}]);

// Leaves for the one login: loads the page (or url) again, which leads to the login page and
// back here. Should the webapp still want a login right after that, the login page itself.
function loginAgain(url) {
  if (loggingOut || leaving) {
    return;
  }
  leaving = true;
  if (Date.now() - reloadedAt < 10000) {
    window.location.replace(contextPath + '/login');
    return;
  }
  window.sessionStorage.setItem(RELOADED, String(Date.now()));
  if (url) {
    window.location.replace(url);
  } else {
    window.location.reload();
  }
}

commons.run(['$rootScope', function ($rootScope) {
  $rootScope.$on('authentication.logout.success', function (event) {
    event.preventDefault();
  });

  // the session ended elsewhere (idle timeout, «Выйти» in another tab): every refused call says so
  $rootScope.$on('authentication.login.required', function (event) {
    event.preventDefault();
    loginAgain();
  });

  // the webapp's own login form (#/login: an old bookmark, the link after the first
  // administrator's setup) is never shown: the webapp's start page instead
  $rootScope.$on('$locationChangeStart', function (event, next) {
    if (/#!?\/login([?/]|$)/.test(next)) {
      event.preventDefault();
      loginAgain(document.querySelector('base').href);
    }
  });
}]);
