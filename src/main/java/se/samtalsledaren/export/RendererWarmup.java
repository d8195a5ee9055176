package se.samtalsledaren.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import se.samtalsledaren.export.Block.Bar;
import se.samtalsledaren.export.Block.BarChart;
import se.samtalsledaren.export.Block.Column;
import se.samtalsledaren.export.Block.Field;
import se.samtalsledaren.export.Block.Fields;
import se.samtalsledaren.export.Block.Heading;
import se.samtalsledaren.export.Block.Item;
import se.samtalsledaren.export.Block.ItemList;
import se.samtalsledaren.export.Block.Paragraph;
import se.samtalsledaren.export.Block.Table;

/**
 * Prepares the PDF and DOCX renderers for the user's first export: renders a small document with
 * every kind of block a session's notes have, in both formats, into a stream that discards what
 * it is given. The first real export in a fresh JVM otherwise also pays for loading and first
 * running the layout engine, PDFBox, the fonts and POI (docs/performance.md). The warm-up writes
 * no file of its own and shows nothing; a failure only costs that later export its head start.
 */
public final class RendererWarmup implements Warmup {
    /** Formats warmed, in order. */
    public static final List<ExportFormat> FORMATS = List.of(ExportFormat.PDF, ExportFormat.DOCX);
    /**
     * Rounds run by {@link #startOnce()}: one round halved the first PDF export of a three-hour
     * session and quartered the DOCX one; more rounds gained nothing measurable (docs/performance.md).
     */
    public static final int ROUNDS = 1;

    private static final Logger LOG = Logger.getLogger(RendererWarmup.class.getName());

    private final Exporter exporter;
    private final AtomicBoolean started = new AtomicBoolean();
    private volatile boolean stopped;

    public RendererWarmup(Exporter exporter) {
        this.exporter = exporter;
    }

    /**
     * Starts the warm-up on a daemon thread of minimum priority, the first time only; later calls
     * do nothing. {@code first} is warmed first (the format the export dialog shows). Returns at once.
     */
    @Override
    public void startOnce(ExportFormat first) {
        if (!started.compareAndSet(false, true)) {
            return;
        }
        List<ExportFormat> order = new ArrayList<>(FORMATS);
        if (order.remove(first)) {
            order.add(0, first);
        }
        Thread thread = new Thread(() -> {
            try {
                run(ROUNDS, order);
            } catch (IOException | RuntimeException | LinkageError e) {
                LOG.log(Level.FINE, "export warm-up failed; the first export will just take longer", e);
            }
        }, "export-warmup");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    /**
     * Lets a running warm-up finish the format it is rendering and skip the rest: a real export
     * has started and should not share the processor with more warming.
     */
    @Override
    public void stop() {
        stopped = true;
    }

    /**
     * Renders the warm-up document {@code rounds} times in each of {@link #FORMATS}, on the
     * calling thread, and returns the bytes each format produced in the last round.
     */
    public Map<ExportFormat, Long> run(int rounds) throws IOException {
        return run(rounds, FORMATS);
    }

    private Map<ExportFormat, Long> run(int rounds, List<ExportFormat> formats) throws IOException {
        ExportDocument document = document();
        Map<ExportFormat, Long> sizes = new EnumMap<>(ExportFormat.class);
        for (int round = 0; round < rounds; round++) {
            for (ExportFormat format : formats) {
                if (stopped) {
                    return sizes;
                }
                Discard sink = new Discard();
                render(document, format, sink);
                sizes.put(format, sink.count);
            }
        }
        return sizes;
    }

    /** Renders {@code document} as the warm-up does, into {@code out}. */
    void render(ExportDocument document, ExportFormat format, OutputStream out) throws IOException {
        exporter.renderer(format).render(document, out);
    }

    /**
     * A few pages like a session's notes: headings, facts, lists with metadata, paragraphs in
     * every style, tables with figures and a total, bar charts with one and with several series,
     * and Swedish text (å, ä, ö, dashes, a non-breaking space) in regular, bold and italic.
     */
    static ExportDocument document() {
        List<Block> b = new ArrayList<>();
        b.add(new Heading(1, "Övning – Samtalsledaren"));
        b.add(new Paragraph("Anteckningar från ett övningssamtal om ledarskap i kommunen.", Paragraph.Style.LEAD));
        b.add(new Fields(List.of(new Field("Case", "Case 1: Övning"), new Field("Datum", "1 januari 2026"),
                new Field("Samtalsledare", "Åsa Öberg"))));
        b.add(new Heading(2, "Deltagare"));
        b.add(new ItemList(false, List.of(new Item("Åsa Öberg", "samtalsledare"), new Item("Örjan Ek", "förtroendevald"),
                new Item("Märta Ål", "tjänsteperson"))));
        List<Column> time = List.of(new Column("Steg", 3, false), new Column("Plan", 1, true),
                new Column("Använt", 1, true), new Column("Skillnad", 1, true));
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            rows.add(List.of("Steg " + i + " – samtal", i * 5 + ":00", i * 5 + ":30", "+0:30"));
        }
        rows.add(List.of("Summa", "75:00", "77:30", "+2:30"));
        b.add(new Table(time, rows, true));
        for (int step = 1; step <= 5; step++) {
            b.add(new Heading(2, "Steg " + step));
            List<Item> notes = new ArrayList<>();
            for (int n = 1; n <= 6; n++) {
                notes.add(new Item("Anteckning " + n + ": vi behöver prata om vad som hände, vem som äger frågan och hur "
                        + "förtroendet mellan politik och förvaltning kan återställas – utan att skuld fördelas.",
                        "Örjan Ek, 10:0" + n));
            }
            b.add(new ItemList(step % 2 == 0, notes));
            b.add(new Paragraph("”Vi har ett gemensamt ansvar”, säger kommunstyrelsens ordförande.", Paragraph.Style.QUOTE));
        }
        b.add(new Paragraph("Lösningar rangordnade efter röster.", Paragraph.Style.NORMAL));
        List<Bar> bars = new ArrayList<>();
        List<Bar> roles = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            bars.add(new Bar("Deltagare " + (i + 1), 3 + i, (3 + i) + ":00", 0));
            roles.add(new Bar("Roll " + (i + 1), 2 + i % 3, Labels.percent((2 + i % 3) / 10.0), i % 2));
        }
        b.add(new BarChart("Taltid per deltagare", "minuter", List.of("Deltagare"), bars));
        b.add(new BarChart("Taltid per roll", "procent", List.of("Förtroendevalda", "Tjänstepersoner"), roles));
        b.add(new Paragraph("Skapad av Samtalsledaren.", Paragraph.Style.SMALL));
        return new ExportDocument("Övning", new ExportDocument.PageHeader("Case 1: Övning", "1 januari 2026",
                "Sida {0} av {1}"), b);
    }

    /** Counts and forgets what is written. */
    private static final class Discard extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            count += length;
        }
    }
}
