package ru.mcu.demo;

import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * What the demo year is made of: how many cases each rubric brings in a year and how that
 * changes with the months (snow and ice in winter, potholes in spring, waste in summer, heating
 * in autumn), where people live, what they write, which departments answer and how well, and the
 * places where the same complaint keeps coming back. Invented data about real places.
 */
final class HistoryScenario {

    private HistoryScenario() {
    }

    /** A rubric's yearly volume at a season factor of 1, and its factor per month (January first). */
    record Volume(String rubric, int perYear, double[] season) {
    }

    private static final double[] FLAT = {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1};

    static final List<Volume> VOLUMES = List.of(
            new Volume("roads.potholes", 430, new double[] {0.3, 0.3, 0.9, 2.4, 2.6, 1.3, 0.8, 0.7, 0.7, 0.6, 0.4, 0.3}),
            new Volume("roads.sidewalks", 150, new double[] {0.5, 0.5, 0.8, 1.4, 1.5, 1.2, 1, 1, 1, 0.9, 0.7, 0.5}),
            new Volume("roads.traffic-lights", 150, FLAT),
            new Volume("roads.lighting", 180, new double[] {1.3, 1.1, 0.9, 0.7, 0.5, 0.4, 0.4, 0.6, 0.9, 1.3, 1.5, 1.4}),
            new Volume("improvement.yards", 260, new double[] {0.6, 0.6, 0.7, 1.0, 1.3, 1.5, 1.5, 1.4, 1.1, 0.9, 0.7, 0.6}),
            new Volume("improvement.parks", 120, new double[] {0.3, 0.3, 0.4, 0.8, 1.5, 1.8, 1.8, 1.6, 1.0, 0.6, 0.3, 0.3}),
            new Volume("improvement.greening", 150, new double[] {0.1, 0.1, 0.2, 0.8, 1.8, 2.0, 1.8, 1.6, 1.2, 0.6, 0.2, 0.1}),
            new Volume("housing-utilities.heating", 300, new double[] {1.0, 0.9, 0.7, 0.5, 0.4, 0.1, 0.05, 0.1, 1.2, 2.2, 1.6, 1.2}),
            new Volume("housing-utilities.water", 210, new double[] {0.8, 0.8, 0.8, 0.9, 1.0, 1.6, 1.7, 1.3, 1.0, 0.9, 0.8, 0.8}),
            new Volume("housing-utilities.management", 300, FLAT),
            new Volume("waste.collection", 340, new double[] {0.5, 0.5, 0.6, 0.9, 1.3, 2.0, 2.6, 2.3, 1.2, 0.8, 0.6, 0.5}),
            new Volume("waste.sites", 160, new double[] {0.6, 0.6, 0.7, 0.9, 1.2, 1.8, 2.2, 2.0, 1.2, 0.8, 0.6, 0.6}),
            new Volume("snow.roads", 400, new double[] {2.4, 2.1, 1.3, 0.3, 0, 0, 0, 0, 0, 0.05, 1.0, 2.0}),
            new Volume("snow.yards", 300, new double[] {2.4, 2.2, 1.4, 0.3, 0, 0, 0, 0, 0, 0.05, 0.9, 1.9}),
            new Volume("snow.ice", 170, new double[] {0.9, 1.6, 2.4, 1.2, 0, 0, 0, 0, 0, 0, 0.6, 0.6}),
            new Volume("transport.routes", 160, new double[] {1.2, 1.1, 1.0, 0.9, 0.9, 0.9, 0.8, 0.9, 1.2, 1.0, 1.0, 1.2}),
            new Volume("transport.stops", 130, new double[] {1.3, 1.2, 1.0, 0.8, 0.8, 0.7, 0.7, 0.8, 1.0, 1.1, 1.2, 1.3}),
            new Volume("education.kindergartens", 160, new double[] {0.7, 0.7, 0.8, 1.0, 1.2, 0.9, 0.9, 1.8, 1.9, 0.9, 0.7, 0.6}),
            new Volume("education.schools", 150, new double[] {1, 1, 1, 0.9, 1.1, 0.6, 0.4, 1.2, 1.9, 1.1, 1, 0.9}),
            new Volume("social.support", 230, FLAT),
            new Volume("healthcare.clinics", 60, FLAT),
            new Volume("culture.events", 230, new double[] {1.0, 0.8, 0.9, 0.9, 1.2, 1.3, 1.1, 1.0, 1.0, 0.9, 0.9, 1.2}),
            new Volume("sport-youth.facilities", 260, new double[] {1.4, 1.3, 1.0, 0.8, 1.0, 1.1, 1.1, 1.0, 0.9, 0.8, 0.9, 1.3}),
            new Volume("trade.kiosks", 280, new double[] {0.8, 0.8, 0.9, 1.0, 1.2, 1.3, 1.3, 1.2, 1.0, 0.9, 0.8, 0.8}),
            new Volume("land.plots", 440, new double[] {0.7, 0.8, 1.0, 1.3, 1.4, 1.2, 1.0, 1.0, 1.0, 1.0, 0.8, 0.7}),
            new Volume("construction.unauthorized", 240, new double[] {0.5, 0.5, 0.7, 1.1, 1.4, 1.5, 1.5, 1.4, 1.1, 0.9, 0.7, 0.5}),
            new Volume("construction.permits", 340, FLAT),
            new Volume("property.premises", 240, FLAT),
            new Volume("safety.animals", 230, new double[] {1.0, 1.0, 1.1, 1.2, 1.1, 1.0, 0.9, 0.9, 1.0, 1.0, 1.0, 0.9}),
            new Volume("safety.minors", 200, new double[] {0.8, 0.8, 0.9, 1.0, 1.2, 1.4, 1.5, 1.3, 0.9, 0.9, 0.8, 0.8}),
            new Volume("emergency.flooding", 200, new double[] {0.1, 0.1, 0.4, 1.4, 0.8, 0.6, 0.9, 2.2, 2.6, 1.0, 0.3, 0.1}),
            new Volume("housing-policy.resettlement", 160, FLAT),
            new Volume("housing-policy.queue", 150, FLAT),
            new Volume("other", 580, FLAT));

    /** Share of the channels (SITE, EPGU, LETTER, RECEPTION, POS, INCIDENT) for what people see in the street. */
    static final double[] STREET_CHANNELS = {0.10, 0.12, 0.05, 0.02, 0.41, 0.30};
    /** The same for questions of rights and paperwork. */
    static final double[] PAPER_CHANNELS = {0.18, 0.27, 0.16, 0.08, 0.26, 0.05};

    static boolean streetTopic(String rubric) {
        String topic = topicOf(rubric);
        return List.of("roads", "improvement", "housing-utilities", "waste", "snow", "transport", "emergency", "safety").contains(topic);
    }

    static String topicOf(String rubric) {
        int dot = rubric.indexOf('.');
        return dot < 0 ? rubric : rubric.substring(0, dot);
    }

    /** Where people write from: district, weight, streets. */
    record Area(String district, double weight, double spread, List<String> streets) {
    }

    static final List<Area> AREAS = List.of(
            new Area("center", 52, 0.011, List.of("ул. Ленина", "Коммунистический пр-т", "пр. Победы", "ул. Сахалинская",
                    "ул. Комсомольская", "ул. Емельянова", "ул. Чехова", "ул. Пограничная", "ул. Горького", "ул. Курильская",
                    "ул. Пуркаева", "ул. Мира", "ул. Амурская", "ул. Хабаровская", "ул. Украинская", "ул. Дзержинского",
                    "ул. Карла Маркса", "ул. Больничная", "ул. Физкультурная", "ул. Детская")),
            new Area("novo-aleksandrovsk", 9, 0.006, List.of("ул. 2-я Центральная", "ул. Советская", "ул. Ягодная", "ул. Молодёжная",
                    "ул. Дружбы")),
            new Area("lugovoe", 9, 0.006, List.of("ул. Луговая", "ул. Школьная", "ул. Полевая", "ул. Линейная", "ул. Весенняя")),
            new Area("khomutovo", 6, 0.005, List.of("ул. Вокзальная", "ул. Крайняя", "ул. Садовая", "ул. Заречная")),
            new Area("klyuchi", 2, 0.003, List.of("ул. Центральная", "ул. Ключевая")),
            new Area("sanatornoe", 3, 0.003, List.of("ул. Санаторная", "ул. Лесная")),
            new Area("sinegorsk", 3, 0.004, List.of("ул. Шахтёрская", "ул. Горная")),
            new Area("novoderevenskoe", 3, 0.003, List.of("ул. Новая", "ул. Совхозная")),
            new Area("novaya-derevnya", 3, 0.003, List.of("ул. Центральная", "ул. Дачная")),
            new Area("bereznyaki", 2, 0.003, List.of("ул. Новая", "ул. Берёзовая")),
            new Area("starorusskoe", 2, 0.003, List.of("ул. Октябрьская", "ул. Школьная")),
            new Area("dalnee", 3, 0.003, List.of("ул. Мира", "ул. Речная")),
            new Area("yolochki", 1.5, 0.003, List.of("ул. Таёжная", "ул. Лесная")),
            new Area("listvennichnoe", 1.5, 0.003, List.of("ул. Лиственничная", "ул. Солнечная")));

    /** Who answers a case of the rubric: its usual department, sometimes a neighbour's. */
    static String departmentFor(String rubric, String defaultDepartment, Random random) {
        double r = random.nextDouble();
        return switch (rubric) {
            case "land.plots" -> r < 0.45 ? "land-finance" : "land";
            case "construction.permits" -> r < 0.45 ? "capital-construction" : "architecture";
            case "sport-youth.facilities" -> r < 0.25 ? "capital-construction" : "youth-sport";
            case "education.schools" -> r < 0.2 ? "capital-construction" : "education";
            case "improvement.yards" -> r < 0.35 ? "city-monitoring" : "roads";
            case "trade.kiosks" -> r < 0.3 ? "economy" : "consumer-market";
            case "other" -> r < 0.36 ? "internal-policy" : r < 0.72 ? "economy" : "city-monitoring";
            default -> defaultDepartment;
        };
    }

    /** The department a case is sent to by mistake before it comes back as «не наше». */
    static final Map<String, String> CONFUSED_WITH = Map.ofEntries(
            Map.entry("roads", "roads-agency"), Map.entry("roads-agency", "roads"), Map.entry("city-economy", "city-monitoring"),
            Map.entry("housing-control", "city-economy"), Map.entry("land", "land-finance"), Map.entry("land-finance", "land"),
            Map.entry("architecture", "construction"), Map.entry("construction", "architecture"),
            Map.entry("capital-construction", "architecture"), Map.entry("education", "social"), Map.entry("social", "education"),
            Map.entry("public-safety", "minors"), Map.entry("minors", "public-safety"), Map.entry("culture-tourism", "internal-policy"),
            Map.entry("youth-sport", "culture-tourism"), Map.entry("consumer-market", "economy"), Map.entry("economy", "consumer-market"),
            Map.entry("property", "land"), Map.entry("housing-policy", "housing-control"), Map.entry("civil-defense", "city-economy"),
            Map.entry("internal-policy", "culture-tourism"), Map.entry("city-monitoring", "city-economy"));

    /**
     * How a department works: the share of answers after the term, how much of the term it
     * usually takes (0..1), hours to its first step, the citizens' mean rating.
     */
    record Profile(double lateShare, double pace, double reactionHours, double satisfaction) {
    }

    /** The two departments that are habitually late (and rated lower). */
    static final Map<String, Profile> LATE = Map.of(
            "housing-control", new Profile(0.42, 0.85, 22, 2.9),
            "land", new Profile(0.36, 0.8, 18, 3.2));

    /** The others, spread so that the rating has an order: deterministic per department. */
    static Profile profileOf(String department) {
        Profile late = LATE.get(department);
        if (late != null) {
            return late;
        }
        Random r = new Random(department.hashCode() * 31L + 7);
        return new Profile(0.01 + 0.09 * r.nextDouble(), 0.3 + 0.3 * r.nextDouble(), 2 + 6 * r.nextDouble(), 3.7 + 0.8 * r.nextDouble());
    }

    /** What people write, by rubric; {a} is the address. */
    static final Map<String, List<String>> TEXTS = Map.ofEntries(
            Map.entry("roads.potholes", List.of(
                    "На проезжей части у дома {a} большая яма, машины объезжают её по встречной полосе.",
                    "После зимы дорога по адресу {a} разбита, ямы глубиной до 15 см. Прошу провести ямочный ремонт.",
                    "Провал асфальта у дома {a}, уже повреждено несколько автомобилей.")),
            Map.entry("roads.sidewalks", List.of(
                    "Тротуар у дома {a} разрушен, пешеходы идут по проезжей части.",
                    "Прошу обустроить пешеходный переход у дома {a}: дети переходят дорогу где придётся.")),
            Map.entry("roads.traffic-lights", List.of(
                    "Не работает светофор на перекрёстке у дома {a}.",
                    "Прошу установить знак «Пешеходный переход» у дома {a}, водители не снижают скорость.")),
            Map.entry("roads.lighting", List.of(
                    "Не горят уличные фонари у дома {a}, вечером идти страшно.",
                    "Прошу установить освещение у дома {a}: от остановки до домов полная темнота.")),
            Map.entry("improvement.yards", List.of(
                    "Во дворе дома {a} сломаны качели и горка на детской площадке.",
                    "Прошу включить двор дома {a} в программу благоустройства: нет освещения и парковки.")),
            Map.entry("improvement.parks", List.of(
                    "В сквере у дома {a} переполнены урны и сломаны скамейки.",
                    "Прошу установить в сквере у дома {a} освещение и новые лавочки.")),
            Map.entry("improvement.greening", List.of(
                    "Прошу обрезать аварийные деревья у дома {a}: ветки нависают над проводами.",
                    "У дома {a} после земляных работ не восстановлен газон.")),
            Map.entry("housing-utilities.heating", List.of(
                    "В квартирах дома {a} батареи еле тёплые, в комнатах 16 градусов.",
                    "Дом {a} до сих пор не подключён к отоплению, хотя сезон начался.")),
            Map.entry("housing-utilities.water", List.of(
                    "В доме {a} пятые сутки нет горячей воды, отключение не объявляли.",
                    "Из кранов в доме {a} течёт ржавая вода.")),
            Map.entry("housing-utilities.management", List.of(
                    "Управляющая компания не отвечает на заявки о протечке кровли в доме {a}.",
                    "Прошу проверить управляющую компанию дома {a}: подъезды не убираются, а плата начисляется.")),
            Map.entry("waste.collection", List.of(
                    "Во дворе дома {a} неделю не вывозят мусор, контейнеры переполнены.",
                    "У дома {a} не вывезен крупногабаритный мусор, его растаскивают собаки.")),
            Map.entry("waste.sites", List.of(
                    "Контейнерная площадка у дома {a} без ограждения, мусор разносит ветром.",
                    "Прошу перенести контейнерную площадку от окон дома {a}.")),
            Map.entry("snow.roads", List.of(
                    "Дорога у дома {a} не расчищена после снегопада, автобус не может проехать.",
                    "На проезжей части у дома {a} снежный накат и колея, машины буксуют.")),
            Map.entry("snow.yards", List.of(
                    "Двор дома {a} не убран от снега, с парковки невозможно выехать.",
                    "Во дворе дома {a} не вывозят снег, сугробы закрыли проход к подъезду.")),
            Map.entry("snow.ice", List.of(
                    "С крыши дома {a} свисают сосульки прямо над входом в подъезд.",
                    "Тротуар у дома {a} покрыт наледью и не посыпан, люди падают.")),
            Map.entry("transport.routes", List.of(
                    "Автобус до остановки у дома {a} ходит раз в час, прошу увеличить число рейсов.",
                    "Утром автобусы у дома {a} переполнены, прошу изменить расписание.")),
            Map.entry("transport.stops", List.of(
                    "На остановке у дома {a} нет павильона, люди ждут автобус под дождём и снегом.")),
            Map.entry("education.kindergartens", List.of(
                    "Прошу предоставить место в детском саду рядом с домом {a}, очередь не движется полгода.")),
            Map.entry("education.schools", List.of(
                    "В школе у дома {a} не работает спортзал, физкультура проходит в коридоре.",
                    "Прошу организовать подвоз детей в школу от дома {a}.")),
            Map.entry("social.support", List.of(
                    "Прошу разъяснить, какие меры социальной поддержки положены многодетной семье; проживаем по адресу {a}.")),
            Map.entry("healthcare.clinics", List.of(
                    "В поликлинике у дома {a} невозможно записаться к терапевту, запись закрыта на месяц вперёд.")),
            Map.entry("culture.events", List.of(
                    "Предлагаю проводить в Доме культуры у дома {a} бесплатные занятия для пенсионеров.")),
            Map.entry("sport-youth.facilities", List.of(
                    "Прошу отремонтировать хоккейную коробку у дома {a}: борта сломаны, освещения нет.",
                    "Предлагаю построить у дома {a} площадку для воркаута.")),
            Map.entry("trade.kiosks", List.of(
                    "Торговый павильон у дома {a} перекрывает тротуар.",
                    "Прошу проверить законность установки киоска у дома {a}.")),
            Map.entry("land.plots", List.of(
                    "Прошу ускорить рассмотрение заявления о предоставлении земельного участка под ИЖС; проживаю по адресу {a}.",
                    "Прошу разъяснить порядок оформления земельного участка под гаражом у дома {a}.")),
            Map.entry("construction.unauthorized", List.of(
                    "Сосед начал самовольное строительство на землях общего пользования у дома {a}.")),
            Map.entry("construction.permits", List.of(
                    "Прошу сообщить, выдано ли разрешение на строительство многоэтажного дома рядом с домом {a}.",
                    "Когда будет завершено строительство школы рядом с домом {a}?")),
            Map.entry("property.premises", List.of(
                    "Прошу разъяснить порядок аренды муниципального нежилого помещения по адресу {a}.")),
            Map.entry("safety.animals", List.of(
                    "У дома {a} стая безнадзорных собак бросается на прохожих и детей.")),
            Map.entry("safety.minors", List.of(
                    "Во дворе дома {a} подростки по вечерам распивают спиртное и шумят.")),
            Map.entry("emergency.flooding", List.of(
                    "После ливня подтопило подвал и двор дома {a}, ливнёвка забита.")),
            Map.entry("housing-policy.resettlement", List.of(
                    "Прошу ускорить переселение из аварийного дома {a}, дом признан аварийным три года назад.")),
            Map.entry("housing-policy.queue", List.of(
                    "Прошу сообщить, на каком месте в очереди на жильё стоит моя семья; проживаем по адресу {a}.")));

    /** The «Иное» of each department that answers it. */
    static final Map<String, String> OTHER_TEXTS = Map.of(
            "economy", "Прошу разъяснить порядок получения субсидии для малого бизнеса; адрес: {a}.",
            "internal-policy", "Предлагаю провести во дворе дома {a} праздник двора для жителей.",
            "city-monitoring", "Прошу проверить состояние подпорной стены у дома {a}: появились трещины.");

    /** The substance of an answer, by topic. */
    static final Map<String, String> ANSWERS = Map.ofEntries(
            Map.entry("roads", "Участок включён в план ремонта; подрядная организация выполнит работы в установленный контрактом срок."),
            Map.entry("improvement", "Работы по благоустройству включены в план; выполнение проконтролирует ответственный специалист."),
            Map.entry("housing-utilities", "Управляющей и ресурсоснабжающей организациям выдано требование устранить нарушение; выполнение проверено."),
            Map.entry("waste", "Региональному оператору направлено требование о вывозе отходов; график вывоза восстановлен."),
            Map.entry("snow", "Участок включён в график механизированной уборки; снег убран, проведена противогололёдная обработка."),
            Map.entry("transport", "Предложение рассмотрено перевозчиком; изменения в расписание будут внесены при очередной корректировке."),
            Map.entry("education", "Вопрос рассмотрен департаментом образования; порядок и сроки разъяснены."),
            Map.entry("social", "Разъясняем перечень мер социальной поддержки и порядок обращения за ними."),
            Map.entry("culture", "Предложение поддержано и включено в план мероприятий."),
            Map.entry("sport-youth", "Объект включён в план ремонта спортивных сооружений."),
            Map.entry("trade", "Проведена проверка размещения нестационарного торгового объекта; владельцу выдано предписание."),
            Map.entry("land", "Разъясняем порядок и сроки предоставления земельного участка; заявление рассмотрено."),
            Map.entry("construction", "Проведён осмотр; материалы направлены для принятия мер в установленном порядке."),
            Map.entry("property", "Разъясняем порядок предоставления муниципального имущества в аренду."),
            Map.entry("safety", "Информация направлена в уполномоченные службы; проведены профилактические мероприятия."),
            Map.entry("emergency", "Ливневая канализация прочищена, проведена откачка воды."),
            Map.entry("housing-policy", "Разъясняем порядок и очерёдность; сведения о вашей семье проверены."),
            Map.entry("other", "Вопрос рассмотрен; разъясняем порядок его решения."));

    static final List<String> NOT_OURS = List.of(
            "Вопрос не входит в полномочия департамента; предлагаем направить в %s.",
            "Содержание указанной территории не относится к ведению департамента; исполнитель — %s.");

    static final List<String> GOOD_COMMENTS = List.of("Спасибо, сделали быстро", "Проблема решена", "Спасибо за ответ", "");
    static final List<String> BAD_COMMENTS = List.of("Проблема не решена", "Ответ формальный, ничего не сделано", "Работы не выполнены");
    static final List<String> REMARKS = List.of("Уточните сроки выполнения работ", "Добавьте ссылку на нормативный акт",
            "Ответ не на все поставленные вопросы");
    static final List<String> EXTENSION_REASONS = List.of("Запрошены документы в управляющей организации и в ГЖИ",
            "Требуется выездное обследование с участием подрядчика", "Запрошены сведения в Росреестре");

    /** Invented people: surnames (male form), first names, patronymics. */
    static final List<String> SURNAMES = List.of("Иванов", "Петров", "Сидоров", "Ким", "Пак", "Цой", "Смирнов", "Кузнецов",
            "Попов", "Васильев", "Соколов", "Михайлов", "Новиков", "Фёдоров", "Морозов", "Волков", "Алексеев", "Лебедев",
            "Семёнов", "Егоров", "Павлов", "Козлов", "Степанов", "Николаев", "Орлов", "Андреев", "Макаров", "Никитин",
            "Захаров", "Зайцев", "Соловьёв", "Борисов", "Яковлев", "Григорьев", "Романов", "Воробьёв", "Сергеев", "Тен",
            "Ли", "Хан");
    static final List<String> MALE_NAMES = List.of("Александр", "Сергей", "Андрей", "Дмитрий", "Алексей", "Игорь", "Виктор",
            "Олег", "Роман", "Павел", "Николай", "Евгений", "Михаил", "Владимир", "Максим");
    static final List<String> FEMALE_NAMES = List.of("Анна", "Ольга", "Елена", "Наталья", "Ирина", "Татьяна", "Светлана",
            "Марина", "Людмила", "Юлия", "Галина", "Екатерина", "Мария", "Вера", "Оксана");
    static final List<String> PATRONYMIC_ROOTS = List.of("Александров", "Сергеев", "Андреев", "Викторов", "Николаев",
            "Петров", "Иванов", "Михайлов", "Владимиров", "Олегов");
    static final List<String> NICKNAMES = List.of("sakh_driver", "Наталья В.", "Ирина М.", "Денис К.", "yuzhnyi_life",
            "Сергей П.", "mama_sakhalin", "Олег Т.", "anna_ys", "Виктор Н.", "ys_bus", "Елена Ф.");
    static final List<String> NETWORKS = List.of("vk", "telegram", "ok");

    /** A place where the same complaint kept coming back: {@code month} 1..12, or 0 for the last complete week. */
    record HotSpot(String rubric, String district, String address, double lat, double lon, int month, int cases, boolean linked) {
    }

    static final List<HotSpot> HOT_SPOTS = List.of(
            new HotSpot("snow.yards", "center", "ул. Ленина, 236", 46.9720, 142.7390, 1, 8, true),
            new HotSpot("snow.roads", "novo-aleksandrovsk", "ул. 2-я Центральная, 14", 47.0321, 142.7182, 12, 7, false),
            new HotSpot("snow.ice", "center", "ул. Украинская, 40", 46.9618, 142.7232, 3, 6, false),
            new HotSpot("roads.potholes", "center", "пр. Победы, 45", 46.9745, 142.7421, 4, 9, true),
            new HotSpot("roads.potholes", "khomutovo", "ул. Вокзальная, 1", 46.9120, 142.7425, 5, 7, false),
            new HotSpot("waste.collection", "center", "ул. Комсомольская, 190", 46.9522, 142.7351, 7, 9, true),
            new HotSpot("waste.sites", "lugovoe", "ул. Луговая, 62", 46.9931, 142.7195, 8, 6, false),
            new HotSpot("emergency.flooding", "lugovoe", "ул. Школьная, 9", 46.9925, 142.7233, 9, 5, false),
            new HotSpot("housing-utilities.heating", "center", "Коммунистический пр-т, 32", 46.9571, 142.7302, 10, 7, false),
            new HotSpot("housing-utilities.management", "center", "ул. Емельянова, 34", 46.9486, 142.7553, 6, 6, false));

    /** The burst of the last complete week, by the season it falls in. */
    static HotSpot recentBurst(int month) {
        if (month >= 11 || month <= 3) {
            return new HotSpot("snow.roads", "sinegorsk", "ул. Шахтёрская, 11", 47.1705, 142.5197, 0, 12, false);
        }
        if (month <= 5) {
            return new HotSpot("roads.potholes", "sinegorsk", "ул. Шахтёрская, 11", 47.1705, 142.5197, 0, 12, false);
        }
        if (month <= 8) {
            return new HotSpot("waste.collection", "sinegorsk", "ул. Шахтёрская, 11", 47.1705, 142.5197, 0, 12, false);
        }
        return new HotSpot("housing-utilities.heating", "sinegorsk", "ул. Шахтёрская, 11", 47.1705, 142.5197, 0, 12, false);
    }
}
