package ru.mcu.analytics.weeklynote;

import java.util.List;
import ru.mcu.analytics.CaseSlice;
import ru.mcu.analytics.charts.Chart;
import ru.mcu.analytics.growth.GrowthCharts;
import ru.mcu.analytics.rating.RatingCharts;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import ru.mcu.analytics.AnalyticsFormat;
import ru.mcu.analytics.growth.GrowthFactor;

/** Renders a {@link WeeklyNote} as a standalone HTML document, as a PDF, and as a short plain summary. */
@Component
public class NoteDocuments {

    private final TemplateEngine templates;
    private final NotePdf pdf;
    private final AnalyticsFormat fmt;
    private final GrowthCharts growthCharts;
    private final List<NoteSection> sections;

    NoteDocuments(TemplateEngine templates, NotePdf pdf, AnalyticsFormat fmt, GrowthCharts growthCharts,
                  org.springframework.beans.factory.ObjectProvider<NoteSection> sections) {
        this.growthCharts = growthCharts;
        this.sections = sections.orderedStream().toList();
        this.templates = templates;
        this.pdf = pdf;
        this.fmt = fmt;
    }

    /** The charts of a note, in the order both documents show them. */
    static List<BarChart> charts(WeeklyNote note) {
        return List.of(new BarChart("Поступило по каналам", note.byChannel()), new BarChart("Поступило по темам", note.byTopic()));
    }

    /** The rating's charts: the share of answers on time and of satisfied citizens, the minimum sample shown. */
    static List<Chart> ratingCharts(WeeklyNote note) {
        CaseSlice week = CaseSlice.of(note.week());
        return List.of(RatingCharts.onTime(note.rating(), note.minSample(), week),
                RatingCharts.satisfaction(note.rating(), note.minSample(), week));
    }

    /**
     * The growth factors' weekly charts (at most {@value #GROWTH_CHARTS}), the weeks that grew marked; drawn from the
     * cases as they are when the document is made.
     */
    List<Chart> growthCharts(WeeklyNote note) {
        return growthCharts.charts(note.growth().stream().limit(GROWTH_CHARTS).toList(), note.week(), null);
    }

    static final int GROWTH_CHARTS = 4;

    /** The sections other modules add after the note's own ones, as of now. */
    List<NoteSection.Content> sections(WeeklyNote note) {
        return sections.stream().map(s -> s.content(note.week())).toList();
    }

    /** A printable HTML document with inline SVG charts and inline styles; it needs nothing from outside. */
    public String html(WeeklyNote note) {
        Context context = new Context(Locale.forLanguageTag("ru"));
        context.setVariable("note", note);
        context.setVariable("fmt", fmt);
        context.setVariable("charts", charts(note));
        context.setVariable("ratingCharts", ratingCharts(note));
        context.setVariable("growthCharts", growthCharts(note));
        context.setVariable("sections", sections(note));
        return templates.process("analytics/note-document", context);
    }

    public byte[] pdf(WeeklyNote note) {
        return pdf.render(note, ratingCharts(note), growthCharts(note), sections(note));
    }

    /** The note in a few lines, for the review task and the e-mail. */
    public String summary(WeeklyNote note) {
        StringBuilder s = new StringBuilder();
        s.append("Поступило: ").append(note.total().count()).append(" (неделей ранее ").append(note.total().previous())
                .append(", ").append(note.total().change()).append(").\n");
        if (!note.topProblems().isEmpty()) {
            WeeklyNote.Count top = note.topProblems().get(0);
            s.append("Главная тема: ").append(top.label()).append(" — ").append(top.count()).append(".\n");
        }
        s.append("Просрочено и без ответа: ").append(note.overdueTotal()).append(".\n");
        List<GrowthFactor> growth = note.growth();
        s.append("Точки роста: ").append(growth.isEmpty() ? "нет" : String.join("; ", growth.stream().limit(3)
                .map(f -> f.title() + " (" + f.count() + " против " + f.previous() + ")").toList())).append(".\n");
        s.append("Оценки заявителей: ").append(note.satisfaction().rated()).append(", средняя ")
                .append(fmt.decimal(note.satisfaction().average())).append(", удовлетворены ")
                .append(fmt.percent(note.satisfaction().satisfiedShare())).append(".\n");
        s.append("Сведения руководителей блоков: ").append(note.blockReports().isEmpty() ? "нет"
                : String.join(", ", note.blockReports().stream().map(WeeklyNote.BlockReport::department).toList())).append(".\n");
        s.append("Дорожные карты в работе: ").append(note.roadmaps().size()).append(", просрочено мер: ")
                .append(note.roadmaps().stream().mapToLong(WeeklyNote.RoadmapLine::overdue).sum()).append('.');
        return s.toString();
    }
}
