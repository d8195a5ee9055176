package se.samtalsledaren.export;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;

/**
 * A {@link Block.BarChart} as a picture: one layout (bars, their labels and values, the axis, the
 * legend) in CSS pixels, drawn as inline SVG for HTML and with Java 2D for the PDF (where the
 * renderer embeds it as a tagged figure), so both show the same picture. Labels longer than
 * {@link #MAX_LABEL} characters are shortened in the picture; the chart's table has them whole.
 */
final class ChartPicture {
    /** Width of the picture in CSS pixels (169 mm at 96 dpi, inside the A4 text width). */
    static final int WIDTH = 640;
    static final int MAX_LABEL = 28;
    static final String[] SERIES_COLOURS = {"#1f5f8b", "#d0792f", "#6b8e23"};
    private static final String TEXT = "#1d2327";
    private static final String QUIET = "#3c4a54";
    private static final String AXIS = "#9aa5ad";
    private static final int ROW = 22;
    private static final int BAR = 14;
    private static final int LABEL_X = 0;
    private static final int BARS_X = 200;
    private static final int BARS_W = 300;
    private static final int FONT = 12;
    private static final int LEGEND = 24;

    /** What the picture is made of, in drawing order. */
    sealed interface Shape permits Rect, Text {}

    record Rect(double x, double y, double w, double h, String colour) implements Shape {}

    /** Text whose baseline starts at (x, y). */
    record Text(double x, double y, String text, String colour, boolean bold) implements Shape {}

    private final Block.BarChart chart;
    private final List<Shape> shapes = new ArrayList<>();
    private final int height;

    ChartPicture(Block.BarChart chart) {
        this.chart = chart;
        int n = chart.bars().size();
        int barsBottom = 4 + n * ROW;
        double max = chart.max();
        for (int i = 0; i < n; i++) {
            Block.Bar bar = chart.bars().get(i);
            double top = 4 + i * ROW;
            double w = bar.value() <= 0 ? 0 : Math.max(1.5, BARS_W * bar.value() / max);
            shapes.add(new Text(LABEL_X, top + 15, shorten(bar.label()), TEXT, false));
            if (w > 0) {
                shapes.add(new Rect(BARS_X, top + (ROW - BAR) / 2.0, w, BAR, colour(bar.series())));
            }
            shapes.add(new Text(BARS_X + w + 6, top + 15, bar.valueText(), QUIET, false));
        }
        shapes.add(new Rect(BARS_X - 1, 2, 1, barsBottom - 2, AXIS));
        int h = barsBottom + 6;
        if (chart.needsLegend()) {
            double x = BARS_X;
            for (int s = 0; s < chart.series().size(); s++) {
                shapes.add(new Rect(x, h + 6, 11, 11, colour(s)));
                String name = shorten(chart.series().get(s));
                shapes.add(new Text(x + 16, h + 16, name, QUIET, false));
                x += 16 + name.length() * 7.2 + 18;
            }
            h += LEGEND;
        }
        this.height = h;
    }

    static String colour(int series) {
        return SERIES_COLOURS[series % SERIES_COLOURS.length];
    }

    private static String shorten(String label) {
        String one = label.replaceAll("\\s+", " ").strip();
        return one.length() <= MAX_LABEL ? one : one.substring(0, MAX_LABEL - 1).strip() + "…";
    }

    int height() {
        return height;
    }

    List<Shape> shapes() {
        return shapes;
    }

    /**
     * Appends the picture to {@code parent} as an SVG image whose accessible name is the chart's
     * text alternative ({@code role="img"}, {@code aria-label} and a {@code <title>}).
     */
    void appendSvg(Element parent) {
        Element svg = parent.appendElement("svg").attr("xmlns", "http://www.w3.org/2000/svg")
                .attr("viewBox", "0 0 " + WIDTH + " " + height).attr("width", Integer.toString(WIDTH))
                .attr("height", Integer.toString(height)).attr("role", "img").attr("aria-label", chart.alt())
                .addClass("chart-picture");
        svg.appendElement("title").text(chart.alt());
        for (Shape s : shapes) {
            if (s instanceof Rect r) {
                svg.appendElement("rect").attr("x", num(r.x())).attr("y", num(r.y())).attr("width", num(r.w()))
                        .attr("height", num(r.h())).attr("fill", r.colour());
            } else if (s instanceof Text t) {
                Element text = svg.appendElement("text").attr("x", num(t.x())).attr("y", num(t.y())).attr("fill", t.colour())
                        .attr("font-size", Integer.toString(FONT)).text(t.text());
                if (t.bold()) {
                    text.attr("font-weight", "bold");
                }
            }
        }
    }

    private static String num(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }

    /** Paints the picture at its own size in CSS pixels, with the bundled DejaVu Sans. */
    void paint(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        Font regular = Fonts.REGULAR.deriveFont((float) FONT);
        for (Shape s : shapes) {
            if (s instanceof Rect r) {
                g.setColor(Color.decode(r.colour()));
                g.fill(new Rectangle2D.Double(r.x(), r.y(), r.w(), r.h()));
            } else if (s instanceof Text t) {
                g.setColor(Color.decode(t.colour()));
                g.setFont(t.bold() ? regular.deriveFont(Font.BOLD) : regular);
                g.drawString(t.text(), (float) t.x(), (float) t.y());
            }
        }
    }

    /** The bundled font for Java 2D, read once; its family, "DejaVu Sans", is the PDF's embedded font. */
    private static final class Fonts {
        static final Font REGULAR = read();

        private static Font read() {
            try (InputStream in = ChartPicture.class.getResourceAsStream("fonts/DejaVuSans.ttf")) {
                if (in == null) {
                    throw new IllegalStateException("missing bundled font fonts/DejaVuSans.ttf");
                }
                return Font.createFont(Font.TRUETYPE_FONT, in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (FontFormatException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
