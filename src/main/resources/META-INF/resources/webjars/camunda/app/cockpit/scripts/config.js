// Cockpit configuration of the МЦУ, served instead of the webjar's own scripts/config.js (which
// sets nothing). Cockpit shares the application's one login: see ../../mcu/scripts/session.js.
export default {
  customScripts: ['../mcu/scripts/session']
};
