// The МЦУ's Tasklist plugin (ru.mcu.workflow.tasklist.McuTasklistPlugin) brings REST resources
// only; Tasklist loads every plugin's front-end module, so it gets this empty one. The МЦУ's
// scripts are Tasklist's customScripts: webjars/camunda/app/tasklist/scripts/.
export default [];
