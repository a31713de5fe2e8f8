// Tasklist as the МЦУ's clerks need it (docs/webapp-localization.md, "What mcu-tasklist.js
// does"). Loaded through customScripts in config.js after Tasklist's AngularJS module is
// declared and before it starts; Tasklist waits for this module, so the server's settings it
// imports are known before the first date is shown.

import settings from './mcu-settings.js';

const tasklist = window.angular.module('cam.tasklist');

// ---------------------------------------------------------------------------------------------
// 1. Dates in the administration's time zone (settings.timeZone, from the server), whatever
// zone the clerk's computer is set to. Every date Tasklist shows or sends goes through moment.js
// (camDate, am-time-ago, fixDate/unfixDate of the date fields and the search); moment calls
// its updateOffset hook for every moment it makes, which here puts the moment in the zone and
// reads a date and time typed without an offset as the zone's. The zone's offsets come from the
// browser's own time zone data (Intl), so no table of offsets is kept here.

const ZONE = settings.timeZone;

const WALL_CLOCK = new Intl.DateTimeFormat('en-US', {
  timeZone: ZONE, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric',
  hour: 'numeric', minute: 'numeric', second: 'numeric'
});

// minutes east of UTC of the zone at the instant `ms`
function zoneOffset(ms) {
  const field = {};
  WALL_CLOCK.formatToParts(ms).forEach((part) => { field[part.type] = Number(part.value); });
  const wall = Date.UTC(field.year, field.month - 1, field.day, field.hour, field.minute, field.second);
  return Math.round((wall - Math.floor(ms / 1000) * 1000) / 60000);
}

// the zone's offset for a wall clock reading, given as if that reading were UTC
function wallClockOffset(wallMs) {
  return zoneOffset(wallMs - zoneOffset(wallMs) * 60000);
}

tasklist.config(['moment', function (moment) {
  const ZONED = '_mcuZoned';
  // clones keep the mark; the parsed date and time fields (_a) reach the hook only when listed
  moment.momentProperties.push(ZONED, '_a');

  const proto = moment.fn;
  const setOffset = proto.utcOffset;
  // a moment someone puts in UTC or in another offset on purpose stays there
  proto.utcOffset = function (input, keepLocalTime, keepMinutes) {
    if (input != null) {
      this[ZONED] = false;
    }
    return setOffset.call(this, input, keepLocalTime, keepMinutes);
  };
  ['utc', 'local'].forEach((name) => {
    const original = proto[name];
    proto[name] = function (keepLocalTime) {
      this[ZONED] = false;
      return original.call(this, keepLocalTime);
    };
  });

  moment.updateOffset = function (m, keepTime) {
    if (m[ZONED] === undefined) {
      // moments made in local time follow the zone; moment.utc() and parseZone() ones do not
      m[ZONED] = !m._isUTC;
      const typedWithoutOffset = m._a && m._tzm === undefined && m._f !== 'X' && m._f !== 'x';
      if (m[ZONED] && m.isValid() && typedWithoutOffset) {
        const a = m._a;
        const wall = Date.UTC(a[0], a[1], a[2], a[3], a[4], a[5], a[6]);
        m._d.setTime(wall - wallClockOffset(wall) * 60000);
      }
    }
    if (m[ZONED] && m.isValid()) {
      setOffset.call(m, zoneOffset(m.valueOf()), keepTime);
    }
  };
}]);

// The footer says which zone the dates are in: the zone, not the computer's.
tasklist.config(['$provide', function ($provide) {
  $provide.decorator('camWidgetFooterDirective', ['$delegate', function ($delegate) {
    const footer = $delegate[0];
    const link = footer.link;
    footer.compile = () => function (scope, ...rest) {
      link.call(this, scope, ...rest);
      scope.timezoneName = ZONE;
    };
    return $delegate;
  }]);
}]);

// ---------------------------------------------------------------------------------------------
// 2. «Создать задачу» and «Запустить процесс» only for who may use them, as the engine says:
// creating a task needs the CREATE permission on tasks; starting a process needs a process
// startable in Tasklist that the user may start (CREATE_INSTANCE). Clerks have neither
// (security/engine/EngineAuthorizations); administrators have both.

const ACTIONS = {
  'create-task-action': 'mayCreateTask',
  'start-process-action': 'mayStartProcess'
};

tasklist.config(['$provide', function ($provide) {
  $provide.decorator('Views', ['$delegate', function ($delegate) {
    const getProviders = $delegate.getProviders;
    $delegate.getProviders = function (options) {
      const providers = getProviders.call(this, options) || [];
      providers.forEach((provider) => {
        const flag = ACTIONS[provider.id];
        if (flag && !provider.mcuGuarded) {
          provider.mcuGuarded = true;
          provider.template = `<span ng-if="$root.mcu.${flag}">${provider.template}</span>`;
        }
      });
      return providers;
    };
    return $delegate;
  }]);
}]);

function engineUri(path) {
  const engine = (window.location.pathname.match(/\/app\/tasklist\/([^/]+)\//) || [])[1] || 'default';
  return `${document.querySelector('base').getAttribute('engine-api')}engine/${engine}/${path}`;
}

function pluginUri(path) {
  const engine = (window.location.pathname.match(/\/app\/tasklist\/([^/]+)\//) || [])[1] || 'default';
  return `${document.querySelector('base').getAttribute('tasklist-api')}plugin/mcu/${engine}/${path}`;
}

tasklist.run(['$rootScope', '$http', function ($rootScope, $http) {
  $rootScope.mcu = { mayCreateTask: false, mayStartProcess: false };
  $rootScope.$watch('authentication.name', (user) => {
    $rootScope.mcu.mayCreateTask = false;
    $rootScope.mcu.mayStartProcess = false;
    if (!user) {
      return;
    }
    $http.get(engineUri('authorization/check'), { params: { permissionName: 'CREATE', resourceName: 'task', resourceType: 7 } })
      .then((response) => { $rootScope.mcu.mayCreateTask = response.data.authorized === true; })
      .catch(() => {});
    $http.get(engineUri('process-definition/count'), {
      params: { latestVersion: true, active: true, startableInTasklist: true, startablePermissionCheck: true }
    })
      .then((response) => { $rootScope.mcu.mayStartProcess = response.data.count > 0; })
      .catch(() => {});
  });
}]);

// ---------------------------------------------------------------------------------------------
// 3. The task list opens sorted by term, and its sort header says so. Tasklist sorts by what the
// page's address says and by creation date when it says nothing, after the filter's own order
// (by term); so the header read «Дата создания» over a list in term order. Give the address the
// filters' order when it has none; a sort the clerk picks stays.

const BY_TERM = JSON.stringify([{ sortBy: 'dueDate', sortOrder: 'asc' }]);

tasklist.run(['$rootScope', '$location', function ($rootScope, $location) {
  function sortByTerm() {
    if ($location.path() === '/' && !$location.search().sorting) {
      $location.search('sorting', BY_TERM).replace();
    }
  }
  sortByTerm();
  $rootScope.$on('$locationChangeStart', sortByTerm);
}]);

// ---------------------------------------------------------------------------------------------
// 4. Every filter shows how many tasks it holds, not only the one open. The counts are asked
// again whenever the open list is (on a change, and every 10 s the filters refresh).

const FOCUSED_COUNTER = /<span ng-show="isFocused\(filter\)"\s+class="counter">\{\{ filterCount \}\}<\/span>/;

tasklist.config(['$provide', function ($provide) {
  $provide.decorator('camTasklistFiltersDirective', ['$delegate', function ($delegate) {
    const filters = $delegate[0];
    filters.template = filters.template.replace(FOCUSED_COUNTER,
      '<span class="counter" ng-if="mcuCount(filter) !== undefined">{{ mcuCount(filter) }}</span>');
    const controller = filters.controller;
    filters.controller = ['$scope', '$injector', 'camAPI', function ($scope, $injector, camAPI) {
      $injector.invoke(controller, this, { $scope: $scope });
      const Filter = camAPI.resource('filter');
      const counts = {};
      $scope.mcuCount = (filter) => ($scope.isFocused(filter) && $scope.filterCount !== undefined
        ? $scope.filterCount : counts[filter.id]);
      function recount() {
        Filter.list({ resourceType: 'Task', itemCount: true }, (err, list) => {
          if (!err) {
            (list || []).forEach((filter) => { counts[filter.id] = filter.itemCount; });
          }
        });
      }
      $scope.filtersData.observe('taskList', recount);
    }];
    return $delegate;
  }]);
}]);

// ---------------------------------------------------------------------------------------------
// 5. A task's term and reminder are read, not edited. The term comes from the law and the
// production calendar and is kept by the case (an extension is a decision in the process, ст. 12
// 59-ФЗ); the reminder is set by the process a working day before it. Clerks may not change a
// task at all (their permission is TASK_WORK), and the engine refuses the change of a task with a
// Camunda Form for everybody; Tasklist offered both with a «×» that ended in an English error.

const DATES = /<ul class="meta list-inline dates times">[\s\S]*?<\/ul>/;

const READ_ONLY_DATES = `
<ul class="meta list-inline dates times mcu-dates">
  <li class="due-date" ng-if="task.due" ng-class="{overdue: task.due && (task.due < now)}">
    <span class="glyphicon glyphicon-bell"></span>
    <span class="mcu-date-label">{{ 'DUE' | translate }}:</span>
    <span class="mcu-date-value">{{ task.due | camDate:'abbr' }}</span>
    <span class="mcu-date-relative">(<span am-time-ago="task.due"></span>)</span>
  </li>
  <li class="followup-date" ng-if="task.followUp">
    <span class="glyphicon glyphicon-calendar"></span>
    <span class="mcu-date-label">{{ 'FOLLOW_UP' | translate }}:</span>
    <span class="mcu-date-value">{{ task.followUp | camDate:'abbr' }}</span>
  </li>
</ul>`;

tasklist.config(['$provide', function ($provide) {
  $provide.decorator('camTasklistTaskMetaDirective', ['$delegate', function ($delegate) {
    $delegate[0].template = $delegate[0].template.replace(DATES, READ_ONLY_DATES);
    return $delegate;
  }]);
}]);

// ---------------------------------------------------------------------------------------------
// 6. People by name, not by login, in the task's history: who acted, and the assignee set.
// (The assignee on the task and in the list is named by Tasklist itself once the user may read
// the staff's user records, which EngineAuthorizations grants.)

tasklist.filter('mcuUserName', ['$http', function ($http) {
  const names = {};
  function name(login) {
    if (!login) {
      return login;
    }
    if (!(login in names)) {
      names[login] = login;
      $http.get(engineUri(`user/${encodeURIComponent(login)}/profile`))
        .then((response) => {
          const full = [response.data.firstName, response.data.lastName].filter(Boolean).join(' ');
          if (full) {
            names[login] = full;
          }
        })
        .catch(() => {});
    }
    return names[login];
  }
  name.$stateful = true;
  return name;
}]);

const PEOPLE_PROPERTIES = "(subEvent.property === 'assignee' || subEvent.property === 'owner')";

// Adjusts one of Tasklist's views (plugins) once, when Tasklist first asks for it.
function adjustView(id, adjust) {
  tasklist.config(['$provide', function ($provide) {
    $provide.decorator('Views', ['$delegate', function ($delegate) {
      const getProviders = $delegate.getProviders;
      $delegate.getProviders = function (options) {
        const providers = getProviders.call(this, options) || [];
        providers.filter((provider) => provider.id === id).forEach((provider) => {
          provider.mcuAdjusted = provider.mcuAdjusted || [];
          if (!provider.mcuAdjusted.includes(adjust)) {
            provider.mcuAdjusted.push(adjust);
            adjust(provider);
          }
        });
        return providers;
      };
      return $delegate;
    }]);
  }]);
}

adjustView('task-detail-history', (provider) => {
  provider.template = provider.template
    .split('{{ event.userId }}').join('{{ event.userId | mcuUserName }}')
    .split('{{ subEvent.newValue }}').join(`{{ ${PEOPLE_PROPERTIES} ? (subEvent.newValue | mcuUserName) : subEvent.newValue }}`)
    .split('{{ subEvent.orgValue }}').join(`{{ ${PEOPLE_PROPERTIES} ? (subEvent.orgValue | mcuUserName) : subEvent.orgValue }}`)
    // AngularJS's date filter shows the computer's zone; moment's shows the administration's
    .split("{{ event.time | date:'HH:mm' }}").join("{{ event.time | amDateFormat:'HH:mm' }}");
});

// ---------------------------------------------------------------------------------------------
// 7. After «Завершить», what became of the case: «Передано на согласование руководителю
// блока», «Ответ направлен заявителю». The sentence comes from the server
// (ru.mcu.workflow.tasklist.TaskOutcomes), which reads the case's real state after the
// completion. The form's view hands Tasklist a completion callback; it is wrapped here.

adjustView('task-detail-form', (provider) => {
  const controller = provider.controller;
  provider.controller = ['$scope', '$injector', '$http', 'Notifications',
    function ($scope, $injector, $http, notifications) {
      $injector.invoke(controller, this, { $scope: $scope });
      const completed = $scope.completionCallback;
      $scope.completionCallback = function (error, ...rest) {
        const taskId = $scope.task && $scope.task.id;
        const result = completed.call(this, error, ...rest);
        if (!error && taskId) {
          $http.get(pluginUri(`task-outcome/${encodeURIComponent(taskId)}`))
            .then((outcome) => {
              notifications.addMessage({
                status: 'Задача завершена',
                message: outcome.data.message,
                duration: 20000
              });
            })
            .catch(() => {});
        }
        return result;
      };
    }];
});


// ---------------------------------------------------------------------------------------------
// 8. The link from a task to its process leads to the case's page (/cases/…), which every
// member of the staff may open for the cases he may read, not to Cockpit, which only
// administrators may. Tasklist sets the link's address when a task opens and whenever another
// task is chosen, so the address is rewritten each time it changes.

function caseLinks(root) {
  root.querySelectorAll('a.instance-link').forEach((link) => {
    const href = link.getAttribute('href') || '';
    const process = href.match(/#\/process-instance\/([^/?#]+)/);
    if (process) {
      link.setAttribute('href', '/cases/process/' + encodeURIComponent(process[1]));
      link.setAttribute('target', '_blank');
      link.setAttribute('rel', 'noopener');
    }
  });
}

tasklist.run([function () {
  const observer = new MutationObserver(() => caseLinks(document));
  observer.observe(document.documentElement, { subtree: true, childList: true, attributes: true, attributeFilter: ['href'] });
}]);

export default [];
