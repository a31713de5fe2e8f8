package ru.mcu.demo;

import static ru.mcu.cases.AppealKind.COMPLAINT;
import static ru.mcu.cases.AppealKind.PROPOSAL;
import static ru.mcu.cases.AppealKind.STATEMENT;
import static ru.mcu.cases.Channel.EPGU;
import static ru.mcu.cases.Channel.LETTER;
import static ru.mcu.cases.Channel.RECEPTION;
import static ru.mcu.cases.Channel.SITE;
import static ru.mcu.demo.DemoAppeals.Stage.ANONYMOUS;
import static ru.mcu.demo.DemoAppeals.Stage.ANSWERED;
import static ru.mcu.demo.DemoAppeals.Stage.AWAITING_REGISTRATION;
import static ru.mcu.demo.DemoAppeals.Stage.CLAIMED;
import static ru.mcu.demo.DemoAppeals.Stage.FORWARDED;
import static ru.mcu.demo.DemoAppeals.Stage.IN_DEPARTMENT;
import static ru.mcu.demo.DemoAppeals.Stage.ON_APPROVAL;
import static ru.mcu.demo.DemoAppeals.Stage.RETURNED_NOT_OURS;

import java.util.List;
import ru.mcu.demo.DemoAppeals.Aged;
import ru.mcu.demo.DemoAppeals.Demo;
import ru.mcu.demo.DemoAppeals.Due;

/** The demo appeals: invented citizens, real places of Yuzhno-Sakhalinsk. */
final class DemoAppealData {

    private DemoAppealData() {
    }

    static final List<Demo> APPEALS = List.of(
            new Demo(SITE, COMPLAINT, "Иванова Мария Петровна", "693000, г. Южно-Сахалинск, ул. Ленина, д. 120, кв. 5",
                    "ivanova.mp@example.ru", "+7 914 100-20-30",
                    "Во дворе дома по ул. Ленина, 120 третью неделю не вывозят мусор, контейнеры переполнены, мусор разносит ветром.",
                    "waste.collection", "center", "ул. Ленина, 120", 46.9612, 142.7383, 30, IN_DEPARTMENT),
            new Demo(EPGU, COMPLAINT, "Петров Андрей Викторович", "693004, г. Южно-Сахалинск, пр. Победы, д. 45, кв. 12",
                    "petrov.av@example.ru", null,
                    "На проспекте Победы возле дома 45 огромная яма на проезжей части, уже повреждено несколько машин.",
                    "roads.potholes", "center", "пр. Победы, 45", 46.9745, 142.7421, 52, CLAIMED),
            new Demo(LETTER, STATEMENT, "Ким Светлана Хеновна", "693010, г. Южно-Сахалинск, ул. Комсомольская, д. 190, кв. 33",
                    null, "+7 924 555-11-22",
                    "Прошу провести обрезку аварийных тополей во дворе дома по ул. Комсомольская, 190: ветки нависают над детской площадкой.",
                    "improvement.greening", "center", "ул. Комсомольская, 190", 46.9522, 142.7351, 75, IN_DEPARTMENT),
            new Demo(SITE, COMPLAINT, "Сидоренко Олег Иванович", "693012, г. Южно-Сахалинск, Коммунистический пр-т, д. 32, кв. 8",
                    "sidorenko@example.ru", "+7 962 101-02-03",
                    "В квартирах дома по Коммунистическому проспекту, 32 с начала отопительного сезона батареи еле тёплые, температура 16 градусов.",
                    "housing-utilities.heating", "center", "Коммунистический пр-т, 32", 46.9571, 142.7302, 20, ON_APPROVAL),
            new Demo(EPGU, STATEMENT, "Лебедева Анна Сергеевна", "693020, г. Южно-Сахалинск, пл.р. Ново-Александровск, ул. 2-я Центральная, д. 14",
                    "lebedeva.as@example.ru", null,
                    "В Ново-Александровске по ул. 2-я Центральная после снегопада не расчищена дорога, автобус не может пройти к остановке.",
                    "snow.roads", "novo-aleksandrovsk", "ул. 2-я Центральная, 14", 47.0321, 142.7182, 10, IN_DEPARTMENT),
            new Demo(SITE, PROPOSAL, "Николаев Игорь Павлович", "693001, г. Южно-Сахалинск, ул. Сахалинская, д. 48, кв. 71",
                    "nikolaev.ip@example.ru", null,
                    "Предлагаю установить светофор на пешеходном переходе у школы на ул. Сахалинской, дети переходят дорогу с риском для жизни.",
                    "roads.traffic-lights", "center", "ул. Сахалинская, 48", 46.9634, 142.7465, 96, CLAIMED),
            new Demo(LETTER, COMPLAINT, "Цой Виктор Ен-Сунович", "693021, г. Южно-Сахалинск, пл.р. Луговое, ул. Луговая, д. 62, кв. 3",
                    null, "+7 914 777-88-99",
                    "Управляющая компания не отвечает на заявки о протечке кровли в доме по ул. Луговая, 62 с сентября.",
                    "housing-utilities.management", "lugovoe", "ул. Луговая, 62", 46.9931, 142.7195, 140, IN_DEPARTMENT),
            new Demo(RECEPTION, STATEMENT, "Орлова Галина Николаевна", "693005, г. Южно-Сахалинск, ул. Ленина, д. 7, кв. 14",
                    "orlova.gn@example.ru", "+7 924 321-00-11",
                    "Прошу предоставить место в детском саду для ребёнка 2023 года рождения рядом с местом жительства, очередь не движется полгода.",
                    "education.kindergartens", "center", "ул. Ленина, 7", 46.9441, 142.7370, 200, ANSWERED),
            new Demo(SITE, COMPLAINT, "Пак Роман Чунович", "693023, г. Южно-Сахалинск, пл.р. Хомутово, ул. Крайняя, д. 5",
                    "pak.roman@example.ru", null,
                    "В Хомутово по ул. Крайней не горят уличные фонари уже месяц, вечером идти со станции страшно.",
                    "roads.lighting", "khomutovo", "ул. Крайняя, 5", 46.9102, 142.7418, 60, ON_APPROVAL),
            new Demo(EPGU, STATEMENT, "Фёдорова Ольга Михайловна", "693008, г. Южно-Сахалинск, ул. Горького, д. 25, кв. 40",
                    "fedorova.om@example.ru", null,
                    "Прошу организовать отлов безнадзорных собак у школы № 9, стая бросается на детей.",
                    "safety.animals", "center", "ул. Горького, 25", 46.9588, 142.7266, 26, IN_DEPARTMENT),
            new Demo(SITE, COMPLAINT, "Беляев Максим Олегович", "693000, г. Южно-Сахалинск, ул. Чехова, д. 70, кв. 2",
                    "belyaev.mo@example.ru", null,
                    "Во дворе дома по ул. Чехова, 70 сломаны качели и горка на детской площадке, торчат острые края.",
                    "improvement.yards", "center", "ул. Чехова, 70", 46.9667, 142.7331, 44, RETURNED_NOT_OURS),
            new Demo(LETTER, COMPLAINT, "Тарасова Людмила Ивановна", "694000, Сахалинская обл., с. Синегорск, ул. Шахтёрская, д. 11",
                    null, "+7 914 222-33-44",
                    "Дорога в Синегорске по ул. Шахтёрской разбита, после дождей не проехать даже скорой помощи.",
                    "roads.potholes", "sinegorsk", "ул. Шахтёрская, 11", 47.1705, 142.5197, 170, IN_DEPARTMENT),
            new Demo(EPGU, STATEMENT, "Голубев Павел Андреевич", "693006, г. Южно-Сахалинск, ул. Емельянова, д. 34, кв. 90",
                    "golubev.pa@example.ru", null,
                    "Прошу разобраться с отключением горячей воды в доме по ул. Емельянова, 34: воды нет пятые сутки без объявления.",
                    "housing-utilities.water", "center", "ул. Емельянова, 34", 46.9486, 142.7553, 8, AWAITING_REGISTRATION),
            new Demo(SITE, PROPOSAL, "Виноградова Светлана Юрьевна", "693007, г. Южно-Сахалинск, ул. Пограничная, д. 58, кв. 17",
                    "vinogradova.sy@example.ru", null,
                    "Предлагаю продлить автобусный маршрут № 8 до нового микрорайона на ул. Пограничной, жителям приходится идти 2 км.",
                    "transport.routes", "center", "ул. Пограничная, 58", 46.9395, 142.7449, 90, ANSWERED),
            new Demo(LETTER, COMPLAINT, null, null, null, null,
                    "Сколько можно терпеть! Снег во дворах не убирают, начальники только обещают.",
                    "snow.yards", "center", null, null, null, 12, ANONYMOUS),
            new Demo(SITE, COMPLAINT, "Морозова Наталья Петровна", "693002, г. Южно-Сахалинск, ул. Карла Маркса, д. 16, кв. 22",
                    "morozova.np@example.ru", null,
                    "В поликлинике № 2 невозможно записаться к терапевту, запись закрыта на месяц вперёд.",
                    "healthcare.clinics", "center", "ул. Карла Маркса, 16", 46.9552, 142.7411, 16, FORWARDED),
            new Demo(EPGU, STATEMENT, "Волков Игорь Сергеевич", "693022, г. Южно-Сахалинск, пл.р. Ново-Александровск, ул. Советская, д. 3",
                    "volkov.is@example.ru", null,
                    "Прошу проверить законность установки нестационарного торгового павильона у остановки на ул. Советской, он перекрывает тротуар.",
                    "trade.kiosks", "novo-aleksandrovsk", "ул. Советская, 3", 47.0345, 142.7155, 34, IN_DEPARTMENT),
            new Demo(SITE, COMPLAINT, "Семёнова Ирина Владимировна", "693009, г. Южно-Сахалинск, ул. Украинская, д. 40, кв. 6",
                    "semenova.iv@example.ru", null,
                    "С крыши дома по ул. Украинской, 40 свисают огромные сосульки прямо над входом в магазин, никто не убирает.",
                    "snow.ice", "center", "ул. Украинская, 40", 46.9618, 142.7232, 5, AWAITING_REGISTRATION),
            new Demo(RECEPTION, STATEMENT, "Кузнецов Дмитрий Алексеевич", "693011, г. Южно-Сахалинск, ул. Дзержинского, д. 12, кв. 3",
                    null, "+7 914 880-70-60",
                    "Прошу ускорить переселение из аварийного дома по ул. Дзержинского, 12: дом признан аварийным в 2021 году.",
                    "housing-policy.resettlement", "center", "ул. Дзержинского, 12", 46.9534, 142.7297, 250, CLAIMED),
            new Demo(SITE, COMPLAINT, "Новикова Марина Александровна", "693013, г. Южно-Сахалинск, ул. Больничная, д. 31, кв. 8",
                    "novikova.ma@example.ru", null,
                    "На ул. Больничной у дома 31 контейнерная площадка без ограждения, мусор разносят собаки и вороны.",
                    "waste.sites", "center", "ул. Больничная, 31", 46.9690, 142.7480, 48, ON_APPROVAL),
            new Demo(EPGU, PROPOSAL, "Павлов Виктор Николаевич", "693014, г. Южно-Сахалинск, ул. Физкультурная, д. 104, кв. 19",
                    "pavlov.vn@example.ru", null,
                    "Предлагаю оборудовать в парке Гагарина лыжную трассу с освещением для вечерних тренировок.",
                    "sport-youth.facilities", "center", "парк им. Ю. А. Гагарина", 46.9510, 142.7580, 120, IN_DEPARTMENT),
            new Demo(SITE, COMPLAINT, "Козлов Андрей Игоревич", "693015, г. Южно-Сахалинск, ул. Сахалинская, д. 2, кв. 45",
                    "kozlov.ai@example.ru", null,
                    "Соседи по участку начали самовольное строительство гаража на землях общего пользования у ул. Сахалинской, 2.",
                    "construction.unauthorized", "center", "ул. Сахалинская, 2", 46.9640, 142.7310, 70, IN_DEPARTMENT),
            new Demo(LETTER, STATEMENT, "Богданова Юлия Романовна", "694010, Сахалинская обл., с. Дальнее, ул. Мира, д. 8",
                    null, "+7 914 444-55-66",
                    "В селе Дальнее нет остановочного павильона на ул. Мира, люди ждут автобус под дождём и снегом.",
                    "transport.stops", "dalnee", "ул. Мира, 8", 46.9148, 142.8004, 100, AWAITING_REGISTRATION),
            new Demo(SITE, COMPLAINT, "Михайлова Екатерина Олеговна", "693016, г. Южно-Сахалинск, ул. Ленина, д. 300, кв. 9",
                    "mikhailova.eo@example.ru", null,
                    "Во дворе дома по ул. Ленина, 300 подростки по вечерам распивают спиртное и шумят, полиция не реагирует.",
                    "safety.minors", "center", "ул. Ленина, 300", 46.9788, 142.7399, 30, IN_DEPARTMENT),
            new Demo(EPGU, STATEMENT, "Андреев Владимир Петрович", "693017, г. Южно-Сахалинск, ул. Курильская, д. 38, кв. 1",
                    "andreev.vp@example.ru", null,
                    "Прошу разъяснить порядок предоставления в аренду муниципального нежилого помещения на ул. Курильской, 38.",
                    "property.premises", "center", "ул. Курильская, 38", 46.9577, 142.7449, 150, ANSWERED),
            new Demo(SITE, COMPLAINT, "Гусева Лариса Викторовна", "693024, г. Южно-Сахалинск, пл.р. Луговое, ул. Школьная, д. 9",
                    "guseva.lv@example.ru", null,
                    "В Луговом после дождей подтопило подвалы домов по ул. Школьной, ливнёвка забита.",
                    "emergency.flooding", "lugovoe", "ул. Школьная, 9", 46.9925, 142.7233, 22, IN_DEPARTMENT),
            new Demo(LETTER, STATEMENT, "Титов Михаил Сергеевич", "693018, г. Южно-Сахалинск, ул. Хабаровская, д. 15, кв. 27",
                    null, "+7 924 999-88-77",
                    "Прошу сообщить, на каком месте в очереди на получение жилья по договору социального найма состоит моя семья.",
                    "housing-policy.queue", "center", "ул. Хабаровская, 15", 46.9470, 142.7340, 180, ON_APPROVAL),
            new Demo(SITE, PROPOSAL, "Кудрявцев Григорий Ильич", "693019, г. Южно-Сахалинск, ул. Детская, д. 4, кв. 4",
                    "kudryavtsev.gi@example.ru", null,
                    "Предлагаю провести в Доме культуры на ул. Детской бесплатные выходные мастер-классы для пенсионеров.",
                    "culture.events", "center", "ул. Детская, 4", 46.9498, 142.7401, 220, ANSWERED),
            new Demo(EPGU, STATEMENT, "Степанов Станислав Юрьевич", "694020, Сахалинская обл., с. Березняки, ул. Новая, д. 21",
                    "stepanov.sy@example.ru", null,
                    "Прошу предоставить земельный участок для индивидуального жилищного строительства в селе Березняки как многодетной семье.",
                    "land.plots", "bereznyaki", "ул. Новая, 21", 46.8604, 142.7712, 260, IN_DEPARTMENT),
            new Demo(SITE, COMPLAINT, "Яковлева Жанна Андреевна", "693025, г. Южно-Сахалинск, ул. Есенина, д. 1, кв. 11",
                    "yakovleva.zha@example.ru", null,
                    "Тротуар вдоль ул. Есенина разрушен, плитка выломана, пожилым людям и мамам с колясками не пройти.",
                    "roads.sidewalks", "center", "ул. Есенина, 1", 46.9436, 142.7492, 36, CLAIMED),
            new Demo(LETTER, STATEMENT, "Сорокин Тимур Русланович", "693026, г. Южно-Сахалинск, ул. Пуркаева, д. 53, кв. 62",
                    null, "+7 914 135-79-24",
                    "Прошу назначить ежемесячную денежную выплату как ветерану труда, документы приложены.",
                    "social.support", "center", "ул. Пуркаева, 53", 46.9720, 142.7610, 64, IN_DEPARTMENT),
            new Demo(SITE, COMPLAINT, "Сергеева Валентина Ивановна", "693027, г. Южно-Сахалинск, пл.р. Хомутово, ул. Вокзальная, д. 3",
                    "sergeeva.vi@example.ru", null,
                    "В Хомутово у станции после снегопада не чищены тротуары, на гололёде уже падали люди.",
                    null, "khomutovo", "ул. Вокзальная, 3", 46.9115, 142.7430, 3, AWAITING_REGISTRATION),
            new Demo(EPGU, COMPLAINT, "Романов Руслан Тимурович", "693028, г. Южно-Сахалинск, ул. Мира, д. 245, кв. 15",
                    "romanov.rt@example.ru", null,
                    "Ямы на ул. Мира у дома 245 залиты водой, машины обдают пешеходов грязью, асфальт разрушен полностью.",
                    null, "center", "ул. Мира, 245", 46.9702, 142.7535, 2, AWAITING_REGISTRATION),
            new Demo(SITE, STATEMENT, "Захарова Дарья Вадимовна", "693029, г. Южно-Сахалинск, ул. Ленина, д. 148, кв. 7",
                    "zakharova.dv@example.ru", null,
                    "Прошу установить лавочки и урны в сквере у дома по ул. Ленина, 148.",
                    "improvement.parks", "center", "ул. Ленина, 148", 46.9645, 142.7388, 1, AWAITING_REGISTRATION)
    );

    /**
     * Appeals registered weeks ago and still open, so that the morning dashboard has terms to
     * show: two overdue, one due today, two due tomorrow. Their {@code hoursAgo} is the time
     * between receipt and registration.
     */
    static final List<Aged> AGED = List.of(
            new Aged(new Demo(SITE, COMPLAINT, "Гусев Павел Андреевич", "693000, г. Южно-Сахалинск, ул. Горького, д. 22, кв. 40",
                    "gusev.pa@example.ru", null,
                    "На ул. Горького у дома 22 просела проезжая часть, яма глубиной около 20 см, ночью её не видно.",
                    "roads.potholes", "center", "ул. Горького, 22", 46.9560, 142.7320, 5, IN_DEPARTMENT), Due.OVERDUE),
            new Aged(new Demo(EPGU, COMPLAINT, "Морозова Елена Викторовна", "693004, г. Южно-Сахалинск, ул. Емельянова, д. 34, кв. 9",
                    "morozova.ev@example.ru", "+7 914 222-33-44",
                    "Контейнерную площадку у дома по ул. Емельянова, 34 не убирают, вокруг неё свалка крупногабаритного мусора.",
                    "waste.collection", "center", "ул. Емельянова, 34", 46.9478, 142.7560, 20, CLAIMED), Due.OVERDUE),
            new Aged(new Demo(LETTER, STATEMENT, "Пак Ольга Сергеевна", "693022, г. Южно-Сахалинск, пл.р. Дальнее, ул. Шоссейная, д. 8",
                    null, "+7 924 444-55-66",
                    "Прошу расчистить от снега подъезд к дому по ул. Шоссейная, 8 в Дальнем: скорая помощь не смогла подъехать.",
                    "snow.roads", "dalnee", "ул. Шоссейная, 8", 46.9162, 142.7985, 24, CLAIMED), Due.TODAY),
            new Aged(new Demo(SITE, STATEMENT, "Волков Денис Игоревич", "693006, г. Южно-Сахалинск, ул. Пограничная, д. 60, кв. 21",
                    "volkov.di@example.ru", null,
                    "Прошу убрать сухое дерево у дома по ул. Пограничная, 60: оно наклонилось над тротуаром.",
                    "improvement.greening", "center", "ул. Пограничная, 60", 46.9390, 142.7450, 3, IN_DEPARTMENT), Due.TOMORROW),
            new Aged(new Demo(EPGU, COMPLAINT, "Тен Алексей Михайлович", "693012, г. Южно-Сахалинск, ул. Хабаровская, д. 17, кв. 2",
                    "ten.am@example.ru", null,
                    "В доме по ул. Хабаровская, 17 в угловых квартирах холодно, управляющая компания ссылается на теплосеть.",
                    "housing-utilities.heating", "center", "ул. Хабаровская, 17", 46.9685, 142.7275, 6, ON_APPROVAL), Due.TOMORROW)
    );
}
