// Configuration of the webapps' welcome page (the clerk's profile and password), served
// instead of the webjar's own scripts/config.js. See docs/webapp-localization.md.
export default {
  app: {
    name: 'Личный кабинет',
    vendor: 'МЦУ'
  },
  locales: {
    availableLocales: ['ru', 'en'],
    fallbackLocale: 'ru'
  },
  disableWelcomeMessage: true,

  // the application's one login and logout (../../mcu/scripts/session.js)
  customScripts: ['../mcu/scripts/session'],

  // instead of the default link to Camunda's English documentation
  links: [
    {
      label: 'Главная страница МЦУ',
      href: '/',
      description: 'Все разделы системы'
    }
  ]
};
