package ru.mcu.cases;

/**
 * Why the answer term of a 59-ФЗ appeal is extended (ст. 12 ч. 2). 59-ФЗ knows no suspension:
 * waiting for another body's documents (a request under ст. 10 ч. 2, answered within 15 days)
 * is a ground for an extension, decided by the head before the term runs out, the citizen told.
 */
public enum ExtensionGround {
    DOCUMENTS_REQUESTED("Запрос документов и материалов в другой государственный орган, орган местного самоуправления или "
            + "должностному лицу (ч. 2 ст. 10 59-ФЗ)"),
    OTHER("Иное");

    private final String title;

    ExtensionGround(String title) {
        this.title = title;
    }

    /** The ground in Russian, as the history and the citizen's notice show it. */
    public String title() {
        return title;
    }
}
