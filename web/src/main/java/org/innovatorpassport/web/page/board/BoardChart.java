package org.innovatorpassport.web.page.board;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.innovatorpassport.adoption.api.AdoptionStage;
import org.innovatorpassport.adoption.api.BoardFigures;
import org.innovatorpassport.adoption.api.BoardReport;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The charts of a board's report, each defined once: the same {@link JFreeChart} is drawn as SVG for
 * the dashboard and as vector graphics into the PDF. Each also says in words what it shows (the text
 * alternative), from the same figures as the table printed beside it.
 */
public enum BoardChart {
    PIPELINE("pipeline", "Pipeline by stage across member trusts", "Stage", "Pipelines") {
        @Override
        Map<String, Number> figures(BoardReport report) {
            Map<String, Number> figures = new LinkedHashMap<>();
            for (AdoptionStage stage : AdoptionStage.values()) {
                figures.put(stage.label(), report.pipeline().total(stage));
            }
            return figures;
        }
    },
    MEDIAN_DAYS("median-days", "Median days in each stage", "Stage", "Median days") {
        @Override
        Map<String, Number> figures(BoardReport report) {
            Map<String, Number> figures = new LinkedHashMap<>();
            report.figures().medianDaysIn().forEach((stage, days) -> figures.put(stage.label(), days));
            return figures;
        }
    },
    PRODUCTS("products", "Products ranked by number of adopting trusts", "Product", "Trusts using it") {
        @Override
        Map<String, Number> figures(BoardReport report) {
            Map<String, Number> figures = new LinkedHashMap<>();
            for (BoardFigures.Ranked ranked : report.figures().productsByTrustsUsing()) {
                figures.put(ranked.product(), ranked.trusts());
            }
            return figures;
        }
    },
    REUSE("reuse", "Assessments avoided through passport reuse, by member trust", "Trust", "Assessments avoided") {
        @Override
        Map<String, Number> figures(BoardReport report) {
            Map<String, Number> figures = new LinkedHashMap<>();
            report.reuse().forEach(r -> figures.put(r.trustName(), r.assessmentsAvoided()));
            return figures;
        }
    };

    /** NHS blue, the colour of the service's own charts. */
    private static final Color BAR = new Color(0x00, 0x5e, 0xb8);
    private static final Color TEXT = new Color(0x21, 0x2b, 0x32);
    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 16);
    private static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 12);

    private final String slug;
    private final String title;
    private final String categoryLabel;
    private final String valueLabel;

    BoardChart(String slug, String title, String categoryLabel, String valueLabel) {
        this.slug = slug;
        this.title = title;
        this.categoryLabel = categoryLabel;
        this.valueLabel = valueLabel;
    }

    /** What the chart plots, label to value, in the order drawn. */
    abstract Map<String, Number> figures(BoardReport report);

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public static Optional<BoardChart> bySlug(String slug) {
        for (BoardChart chart : values()) {
            if (chart.slug.equals(slug)) {
                return Optional.of(chart);
            }
        }
        return Optional.empty();
    }

    /** The text alternative: what a sighted reader takes from the bars, in words. */
    public String description(BoardReport report) {
        Map<String, Number> figures = figures(report);
        if (figures.isEmpty()) {
            return title + " for " + report.board().name() + ": no figures yet.";
        }
        List<String> parts = new ArrayList<>();
        figures.forEach((label, value) -> parts.add(label + " " + value));
        return "Bar chart of " + title.toLowerCase() + " for " + report.board().name() + " (" + valueLabel.toLowerCase() + "): "
                + String.join(", ", parts) + ".";
    }

    /** The chart itself: horizontal bars, so long product and trust names stay readable. */
    public JFreeChart draw(BoardReport report) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        figures(report).forEach((label, value) -> data.addValue(value, valueLabel, label));
        CategoryAxis categories = new CategoryAxis(categoryLabel);
        categories.setTickLabelFont(LABEL);
        categories.setLabelFont(LABEL);
        categories.setTickLabelPaint(TEXT);
        categories.setMaximumCategoryLabelWidthRatio(0.45f);
        NumberAxis values = new NumberAxis(valueLabel);
        values.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        values.setTickLabelFont(LABEL);
        values.setLabelFont(LABEL);
        values.setTickLabelPaint(TEXT);
        BarRenderer bars = new BarRenderer();
        bars.setSeriesPaint(0, BAR);
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setMaximumBarWidth(0.12);
        CategoryPlot plot = new CategoryPlot(data, categories, values, bars);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xd8, 0xdd, 0xe0));
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        plot.setOutlineVisible(false);
        JFreeChart chart = new JFreeChart(plot);
        chart.removeLegend();
        chart.setTitle(new TextTitle(title, TITLE));
        chart.getTitle().setPaint(TEXT);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        return chart;
    }
}
