-- wrk script: every request files a new appeal (POST /api/appeals) with an external id of
-- its own; rubrics, districts and texts rotate so that the routing table's rules all play.
-- Usage: wrk -t2 -c4 -d60s -s tools/perf/appeals.lua http://127.0.0.1:8080
local samples = {
  {"roads.potholes", "На дороге по ул. Ленина большая яма, асфальт разрушен"},
  {"roads.traffic-lights", "Не работает светофор на перекрёстке"},
  {"improvement.yards", "Во дворе сломаны качели на детской площадке"},
  {"housing-utilities.heating", "В квартире нет отопления, батареи холодные"},
  {"waste.collection", "Третью неделю не вывозят мусор с контейнерной площадки"},
  {"snow.yards", "Двор не убран от снега, сугробы у подъезда"},
  {"transport.stops", "На остановке разбит павильон"},
  {"education.schools", "В школе не работает столовая"},
  {"social.support", "Прошу помочь с оформлением мер социальной поддержки"},
  {"construction.unauthorized", "Во дворе идёт самовольное строительство гаража"},
  {"safety.animals", "Стая бездомных собак у школы"},
  {"culture.events", "Прошу провести праздник двора"}}
local districts = {"center", "novo-aleksandrovsk", "lugovoe", "khomutovo", "klyuchi", "sanatornoe"}
local counter = 0
threads_started = 0

function setup(thread)
  threads_started = threads_started + 1
  thread:set("thread_number", threads_started)
end

function init(args)
  prefix = string.format("wrk-%d-%d-%d-", os.time(), math.random(1000000), thread_number)
end

wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
-- mcu-registrar:demo (the demo user; override with -H "Authorization: Basic ...")
wrk.headers["Authorization"] = "Basic bWN1LXJlZ2lzdHJhcjpkZW1v"

function request()
  counter = counter + 1
  local s = samples[(counter % #samples) + 1]
  local d = districts[(counter % #districts) + 1]
  local house = counter % 180 + 1
  local body = string.format('{"channel":"SITE","externalId":"%s%d","kind":"COMPLAINT",'
    .. '"citizen":{"fullName":"Иванова Мария Петровна","email":"ivanova@example.ru"},'
    .. '"text":"%s (дом %d)","rubric":"%s","district":"%s","address":"ул. Ленина, %d"}',
    prefix, counter, s[2], house, s[1], d, house)
  return wrk.format(nil, "/api/appeals", nil, body)
end

function done(summary, latency, requests)
  io.write(string.format("non-2xx or socket errors: %d\n",
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
