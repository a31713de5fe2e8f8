// Tasklist configuration of the МЦУ, served instead of the webjar's own scripts/config.js
// (the application's classes come first on the classpath). See docs/webapp-localization.md.
export default {
  // the header and the page title read "МЦУ Задачи"
  app: {
    name: 'Задачи',
    vendor: 'МЦУ'
  },

  // the browser's first language picks the locale when it is one of these; any other
  // language gets the fallback, so everyone but an English browser sees Russian
  locales: {
    availableLocales: ['ru', 'en'],
    fallbackLocale: 'ru'
  },

  // moment.js tokens: each locale file's dateLocales.longDateFormat says what they mean
  // (ru.json: 20.11.2026, 20 ноября 2026 г., 10:15)
  dateFormat: {
    monthName: 'MMMM',
    day: 'DD',
    abbr: 'lll',
    normal: 'LLL',
    long: 'LLLL',
    short: 'LL'
  },

  // dates in the chosen language, Russian date pickers, names of the other webapps in the header;
  // then what clerks need: dates in the administration's zone, the list by term with counts,
  // terms read-only, names instead of logins, what happened after «Завершить», no actions they
  // may not use; and the one staff login (logout ends the one session)
  customScripts: ['scripts/mcu-locale', 'scripts/mcu-tasklist', '../mcu/scripts/session'],

  // the first-login message points to the Camunda welcome page, which clerks do not need
  disableWelcomeMessage: true,

  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'взять в работу выбранную задачу'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'перейти к первому фильтру'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'перейти к первой задаче в списке'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'перейти к первому полю формы задачи'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'открыть окно запуска процесса'
    }
  }
};
