// Where Tasklist does not follow its locale files, fixed for the МЦУ. Loaded through
// customScripts in config.js after Tasklist's AngularJS module is declared and before it
// starts, so it may add blocks to the module.

const tasklist = window.angular.module('cam.tasklist');

// 1. Each locale file, once loaded, makes its dateLocales moment.js's global locale, and
// angular-translate loads the fallback (ru) besides the browser's language: when ru.json
// arrives last, an English Tasklist says "через 5 дн.". Hand moment back to the language
// in use after every load.
tasklist.run(['$rootScope', '$translate', 'amMoment', function ($rootScope, $translate, amMoment) {
  function follow() {
    if ($translate.use()) {
      amMoment.changeLocale($translate.use());
    }
  }

  $rootScope.$on('$translateLoadingEnd', follow);
  $rootScope.$on('$translateChangeSuccess', follow);
}]);

// 2. Date pickers (due date, follow-up date) take month and weekday names from AngularJS's
// $locale, which Camunda ships in English only. In Russian, give it Russian names and
// start weeks on Monday.
const RUSSIAN_DATES = {
  DAY: ['воскресенье', 'понедельник', 'вторник', 'среда', 'четверг', 'пятница', 'суббота'],
  SHORTDAY: ['вс', 'пн', 'вт', 'ср', 'чт', 'пт', 'сб'],
  MONTH: ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня',
    'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'],
  SHORTMONTH: ['янв.', 'февр.', 'мар.', 'апр.', 'мая', 'июн.',
    'июл.', 'авг.', 'сент.', 'окт.', 'нояб.', 'дек.'],
  STANDALONEMONTH: ['Январь', 'Февраль', 'Март', 'Апрель', 'Май', 'Июнь',
    'Июль', 'Август', 'Сентябрь', 'Октябрь', 'Ноябрь', 'Декабрь'],
  FIRSTDAYOFWEEK: 0
};

tasklist.run(['$rootScope', '$locale', '$translate', 'uibDatepickerConfig',
  function ($rootScope, $locale, $translate, datepicker) {
    const english = {};
    Object.keys(RUSSIAN_DATES).forEach((key) => { english[key] = $locale.DATETIME_FORMATS[key]; });
    const defaults = { formatDayTitle: datepicker.formatDayTitle, formatMonth: datepicker.formatMonth };

    function apply(language) {
      const russian = language === 'ru';
      Object.assign($locale.DATETIME_FORMATS, russian ? RUSSIAN_DATES : english);
      // "LLLL" is the nominative month: "Ноябрь 2026", not "ноября 2026"
      datepicker.formatDayTitle = russian ? 'LLLL yyyy' : defaults.formatDayTitle;
      datepicker.formatMonth = russian ? 'LLLL' : defaults.formatMonth;
    }

    apply($translate.use() || $translate.proposedLanguage());
    $rootScope.$on('$translateChangeSuccess', (event, change) => apply(change.language));
  }]);

// 3. The header's menu of the other webapps has its labels ("Welcome", "Admin", "Cockpit")
// written into the header widget; name them through the locale files instead.
const APP_LABELS = {
  welcome: 'MY_PROFILE',
  admin: 'ADMIN_APP',
  cockpit: 'COCKPIT_APP',
  tasklist: 'TASKLIST_APP'
};

tasklist.config(['$provide', function ($provide) {
  $provide.decorator('camWidgetHeaderDirective', ['$delegate', function ($delegate) {
    const header = $delegate[0];
    const controller = header.controller;
    header.controller = ['$scope', '$injector', '$translate', function ($scope, $injector, $translate) {
      $injector.invoke(controller, this, { $scope: $scope });

      function relabel() {
        Object.keys($scope.apps || {}).forEach((app) => {
          if (APP_LABELS[app]) {
            $scope.apps[app].label = $translate.instant(APP_LABELS[app]);
          }
        });
      }

      $scope.$watch('apps', relabel);
      $scope.$on('$translateChangeSuccess', relabel);
    }];
    return $delegate;
  }]);
}]);

// 4. Camunda Forms (form-js) write their validation messages and the texts of their selects in
// English and have no way to translate them. In Russian, translate them where they appear.
const FORM_TEXTS = [
  [/^Field is required\.$/, () => 'Заполните поле.'],
  [/^Field must match pattern (.*)\.$/, (m) => `Значение не соответствует шаблону ${m[1]}.`],
  [/^Field must have minimum value of (.*)\.$/, (m) => `Значение должно быть не меньше ${m[1]}.`],
  [/^Field must have maximum value of (.*)\.$/, (m) => `Значение должно быть не больше ${m[1]}.`],
  [/^Field must have minimum length of (\d+)\.$/, (m) => `Введите не меньше ${characters(m[1])}.`],
  [/^Field must have maximum length of (\d+)\.$/, (m) => `Введите не больше ${characters(m[1])}.`],
  [/^Field must be a valid email\.$/, () => 'Введите адрес электронной почты, например ivanova@example.ru.'],
  [/^Field must be a valid +international phone number\./,
    () => 'Введите номер телефона в международном формате, например +74242300000.'],
  [/^Select$/, () => 'Выберите'],
  [/^No results$/, () => 'Ничего не найдено'],
  [/^All values selected$/, () => 'Выбраны все значения']
];

// "не меньше 21 символа", "не меньше 5 символов"
function characters(count) {
  const n = Number(count);
  return `${count} ${n % 10 === 1 && n % 100 !== 11 ? 'символа' : 'символов'}`;
}

function translateForms(root) {
  root.querySelectorAll('.fjs-container').forEach((form) => {
    const texts = document.createTreeWalker(form, NodeFilter.SHOW_TEXT);
    for (let node = texts.nextNode(); node; node = texts.nextNode()) {
      const text = node.data.trim();
      for (const [english, russian] of FORM_TEXTS) {
        const match = english.exec(text);
        if (match) {
          node.data = russian(match);
          break;
        }
      }
    }
    form.querySelectorAll('input[placeholder="Search"]').forEach((input) => { input.placeholder = 'Поиск'; });
  });
}

tasklist.run(['$translate', function ($translate) {
  new MutationObserver(() => {
    if ($translate.use() === 'ru') {
      translateForms(document);
    }
  }).observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['placeholder'] });
}]);

export default [];
