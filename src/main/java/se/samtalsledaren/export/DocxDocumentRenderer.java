package se.samtalsledaren.export;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.Units;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFChart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import se.samtalsledaren.Version;

/**
 * Word documents (DOCX) with Apache POI's XWPF: real paragraph styles ("heading 1" … "heading 3"
 * with outline levels, so Word's navigation pane and LibreOffice's navigator list them), real
 * lists, tables with a repeating header row, an A4 page with a running header and "Sida X av Y"
 * in the footer, and the bar charts as native Word charts (DrawingML, with their data in an
 * embedded workbook) that Word and LibreOffice draw and let the reader edit.
 */
public final class DocxDocumentRenderer implements DocumentRenderer {
    /** A4 in twentieths of a point, with 2 cm margins and 2,2 cm on the left. */
    private static final int PAGE_W = 11906;
    private static final int PAGE_H = 16838;
    private static final int MARGIN_LEFT = 1247;
    private static final int MARGIN = 1134;
    static final int TEXT_WIDTH = PAGE_W - MARGIN_LEFT - MARGIN;

    private static final String FONT = "Arial";
    private static final String ACCENT = "1F5F8B";
    private static final String MUTED = "5B6770";
    private static final String RULE = "D8DDE2";
    private static final String[] SERIES = {"1F5F8B", "D0792F", "6B8E23"};

    @Override
    public void render(ExportDocument document, OutputStream out) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            new Writer(doc).write(document);
            doc.write(out);
        }
    }

    private static final class Writer {
        private final XWPFDocument doc;
        private BigInteger bulletNum;
        private BigInteger decimalAbstract;

        Writer(XWPFDocument doc) {
            this.doc = doc;
        }

        void write(ExportDocument document) throws IOException {
            String language = wordLanguage(document.language());
            doc.getProperties().getCoreProperties().setTitle(document.title());
            doc.getProperties().getCoreProperties().setCreator("Samtalsledaren " + Version.get());
            doc.getProperties().getCoreProperties().getUnderlyingProperties().setLanguageProperty(language);
            page();
            styles(language);
            header(document.header());
            for (Block block : document.blocks()) {
                block(block);
            }
        }

        private void page() {
            CTSectPr sect = doc.getDocument().getBody().isSetSectPr()
                    ? doc.getDocument().getBody().getSectPr() : doc.getDocument().getBody().addNewSectPr();
            CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
            size.setW(BigInteger.valueOf(PAGE_W));
            size.setH(BigInteger.valueOf(PAGE_H));
            CTPageMar mar = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
            mar.setTop(BigInteger.valueOf(1417));
            mar.setBottom(BigInteger.valueOf(1247));
            mar.setLeft(BigInteger.valueOf(MARGIN_LEFT));
            mar.setRight(BigInteger.valueOf(MARGIN));
            mar.setHeader(BigInteger.valueOf(624));
            mar.setFooter(BigInteger.valueOf(567));
        }

        private void styles(String language) {
            XWPFStyles styles = doc.createStyles();
            CTFonts fonts = CTFonts.Factory.newInstance();
            fonts.setAscii(FONT);
            fonts.setHAnsi(FONT);
            fonts.setCs(FONT);
            fonts.setEastAsia(FONT);
            styles.setDefaultFonts(fonts);
            styles.setSpellingLanguage(language);
            style(styles, "Normal", "Normal", -1, 20, false, false, null, 0, 120, false);
            style(styles, "Title", "Title", -1, 40, true, false, ACCENT, 0, 120, true);
            style(styles, "Heading1", "heading 1", 0, 27, true, false, ACCENT, 400, 140, true);
            style(styles, "Heading2", "heading 2", 1, 22, true, false, null, 280, 80, true);
            style(styles, "Lead", "Lead", -1, 24, false, false, "3C4A54", 0, 200, false);
            style(styles, "Quote", "Quote", -1, 20, false, true, null, 0, 140, false);
            style(styles, "Small", "Small", -1, 17, false, false, MUTED, 120, 120, false);
            style(styles, "Caption", "caption", -1, 19, true, false, null, 120, 60, true);
            style(styles, "TableText", "Table Text", -1, 18, false, false, null, 0, 0, false);
        }

        private static void style(XWPFStyles styles, String id, String name, int outline, int halfPoints, boolean bold,
                                  boolean italic, String color, int before, int after, boolean keepNext) {
            CTStyle s = CTStyle.Factory.newInstance();
            s.setStyleId(id);
            s.setType(STStyleType.PARAGRAPH);
            s.addNewName().setVal(name);
            if (id.equals("Normal")) {
                s.setDefault(true);
            } else {
                s.addNewBasedOn().setVal("Normal");
                s.addNewNext().setVal("Normal");
            }
            s.addNewQFormat();
            if (outline >= 0) {
                s.addNewUiPriority().setVal(BigInteger.valueOf(9));
            }
            CTPPrGeneral p = s.addNewPPr();
            if (keepNext) {
                p.addNewKeepNext();
                p.addNewKeepLines();
            }
            var spacing = p.addNewSpacing();
            spacing.setBefore(BigInteger.valueOf(before));
            spacing.setAfter(BigInteger.valueOf(after));
            spacing.setLine(BigInteger.valueOf(id.equals("TableText") ? 240 : 264));
            // Said explicitly: LibreOffice reads a missing rule as exact, which clips inline charts.
            spacing.setLineRule(STLineSpacingRule.AUTO);
            if (outline >= 0) {
                p.addNewOutlineLvl().setVal(BigInteger.valueOf(outline));
            }
            if (id.equals("Heading1")) {
                CTBorder bottom = p.addNewPBdr().addNewBottom();
                bottom.setVal(STBorder.SINGLE);
                bottom.setSz(BigInteger.valueOf(12));
                bottom.setSpace(BigInteger.valueOf(1));
                bottom.setColor(ACCENT);
            }
            if (id.equals("Quote")) {
                p.addNewInd().setLeft(BigInteger.valueOf(284));
                CTBorder left = p.addNewPBdr().addNewLeft();
                left.setVal(STBorder.SINGLE);
                left.setSz(BigInteger.valueOf(18));
                left.setSpace(BigInteger.valueOf(8));
                left.setColor(ACCENT);
            }
            CTRPr r = s.addNewRPr();
            r.addNewSz().setVal(BigInteger.valueOf(halfPoints));
            r.addNewSzCs().setVal(BigInteger.valueOf(halfPoints));
            if (bold) {
                r.addNewB();
            }
            if (italic) {
                r.addNewI();
            }
            if (color != null) {
                r.addNewColor().setVal(color);
            }
            styles.addStyle(new XWPFStyle(s));
        }

        private void header(ExportDocument.PageHeader h) {
            XWPFHeader header = doc.createHeader(HeaderFooterType.DEFAULT);
            XWPFParagraph p = header.createParagraph();
            p.setStyle("Small");
            p.setSpacingBefore(0);
            CTTabStop tab = p.getCTP().addNewPPr().addNewTabs().addNewTab();
            tab.setVal(STTabJc.RIGHT);
            tab.setPos(BigInteger.valueOf(TEXT_WIDTH));
            XWPFRun left = p.createRun();
            left.setText(h.left());
            left.addTab();
            p.createRun().setText(h.right());

            XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
            XWPFParagraph f = footer.createParagraph();
            f.setStyle("Small");
            f.setAlignment(ParagraphAlignment.RIGHT);
            for (Object part : h.pageLabelParts()) {
                if (part instanceof Integer i) {
                    CTSimpleField field = f.getCTP().addNewFldSimple();
                    field.setInstr(i == 0 ? "PAGE" : "NUMPAGES");
                    field.addNewR().addNewT().setStringValue("1");
                } else {
                    f.getCTP().addNewR().addNewT().setStringValue((String) part);
                }
            }
            // Keep the text's spaces (" av ") as they are.
            f.getCTP().getRList().forEach(r -> r.getTList().forEach(t -> t.setSpace(
                    org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute.Space.PRESERVE)));
        }

        private void block(Block block) throws IOException {
            if (block instanceof Block.Heading h) {
                paragraph(h.level() == 1 ? "Title" : "Heading" + (h.level() - 1), h.text());
            } else if (block instanceof Block.Paragraph p) {
                paragraph(switch (p.style()) {
                    case LEAD -> "Lead";
                    case QUOTE -> "Quote";
                    case SMALL -> "Small";
                    default -> "Normal";
                }, p.text());
            } else if (block instanceof Block.ItemList l) {
                list(l);
            } else if (block instanceof Block.Fields f) {
                fields(f);
            } else if (block instanceof Block.Table t) {
                table(t);
            } else if (block instanceof Block.BarChart c) {
                chart(c);
            } else if (block instanceof Block.WritingSpace w) {
                writingSpace(w);
            } else if (block instanceof Block.InLanguage part) {
                int from = doc.getBodyElements().size();
                for (Block b : part.blocks()) {
                    block(b);
                }
                String language = wordLanguage(part.language());
                for (IBodyElement e : List.copyOf(doc.getBodyElements().subList(from, doc.getBodyElements().size()))) {
                    if (e instanceof XWPFParagraph p) {
                        p.getRuns().forEach(r -> r.setLang(language));
                    } else if (e instanceof XWPFTable t) {
                        t.getRows().forEach(row -> row.getTableCells().forEach(c -> c.getParagraphs()
                                .forEach(p -> p.getRuns().forEach(r -> r.setLang(language)))));
                    }
                }
            }
        }

        private XWPFParagraph paragraph(String style, String text) {
            XWPFParagraph p = doc.createParagraph();
            p.setStyle(style);
            lines(p.createRun(), text);
            return p;
        }

        private void list(Block.ItemList l) {
            BigInteger num = l.numbered() ? numbering(true) : numbering(false);
            for (Block.Item item : l.items()) {
                XWPFParagraph p = doc.createParagraph();
                p.setStyle("Normal");
                p.setNumID(num);
                p.setNumILvl(BigInteger.ZERO);
                p.setSpacingAfter(80);
                lines(p.createRun(), item.text());
                if (!item.meta().isEmpty()) {
                    XWPFRun meta = p.createRun();
                    meta.setText(" — " + item.meta());
                    meta.setColor(MUTED);
                    meta.setFontSize(8.5);
                }
            }
            doc.createParagraph().setSpacingAfter(0);
        }

        /** A bullet list shares one numbering; each numbered list gets its own, starting at 1. */
        private BigInteger numbering(boolean decimal) {
            XWPFNumbering numbering = doc.createNumbering();
            if (!decimal && bulletNum != null) {
                return bulletNum;
            }
            if (decimal && decimalAbstract != null) {
                return numbering.addNum(decimalAbstract);
            }
            CTAbstractNum abs = CTAbstractNum.Factory.newInstance();
            abs.setAbstractNumId(BigInteger.valueOf(decimal ? 2 : 1));
            CTLvl lvl = abs.addNewLvl();
            lvl.setIlvl(BigInteger.ZERO);
            lvl.addNewStart().setVal(BigInteger.ONE);
            lvl.addNewNumFmt().setVal(decimal ? STNumberFormat.DECIMAL : STNumberFormat.BULLET);
            lvl.addNewLvlText().setVal(decimal ? "%1." : "•");
            var ind = lvl.addNewPPr().addNewInd();
            ind.setLeft(BigInteger.valueOf(360));
            ind.setHanging(BigInteger.valueOf(360));
            BigInteger absId = numbering.addAbstractNum(new XWPFAbstractNum(abs, numbering));
            BigInteger num = numbering.addNum(absId);
            if (decimal) {
                decimalAbstract = absId;
            } else {
                bulletNum = num;
            }
            return num;
        }

        private void fields(Block.Fields f) {
            XWPFTable table = doc.createTable(f.fields().size(), 2);
            layout(table, new int[] {1, 4}, false);
            noBorders(table);
            for (int r = 0; r < f.fields().size(); r++) {
                Block.Field field = f.fields().get(r);
                XWPFTableRow row = table.getRow(r);
                XWPFRun label = cellParagraph(row.getCell(0), false).createRun();
                label.setBold(true);
                label.setText(field.label());
                lines(cellParagraph(row.getCell(1), false).createRun(), field.value());
            }
            spacer();
        }

        private void table(Block.Table t) {
            XWPFTable table = doc.createTable(t.rows().size() + 1, t.columns().size());
            layout(table, t.columns().stream().mapToInt(Block.Column::weight).toArray(), true);
            XWPFTableRow head = table.getRow(0);
            head.setRepeatHeader(true);
            head.setCantSplitRow(true);
            for (int c = 0; c < t.columns().size(); c++) {
                XWPFTableCell cell = head.getCell(c);
                cell.setColor(ACCENT);
                XWPFRun run = cellParagraph(cell, t.columns().get(c).numeric()).createRun();
                run.setBold(true);
                run.setColor("FFFFFF");
                run.setText(t.columns().get(c).title());
            }
            for (int r = 0; r < t.rows().size(); r++) {
                XWPFTableRow row = table.getRow(r + 1);
                row.setCantSplitRow(true);
                boolean total = t.total() && r == t.rows().size() - 1;
                for (int c = 0; c < t.columns().size(); c++) {
                    XWPFRun run = cellParagraph(row.getCell(c), t.columns().get(c).numeric()).createRun();
                    run.setBold(total);
                    lines(run, t.rows().get(r).get(c));
                }
            }
            spacer();
        }

        private void writingSpace(Block.WritingSpace w) {
            XWPFTable table = doc.createTable(w.lines(), 1);
            layout(table, new int[] {1}, false);
            CTTblBorders borders = table.getCTTbl().getTblPr().addNewTblBorders();
            for (CTBorder b : new CTBorder[] {borders.addNewTop(), borders.addNewLeft(), borders.addNewRight()}) {
                b.setVal(STBorder.NIL);
            }
            for (CTBorder b : new CTBorder[] {borders.addNewBottom(), borders.addNewInsideH()}) {
                b.setVal(STBorder.SINGLE);
                b.setSz(BigInteger.valueOf(4));
                b.setColor("9AA5AD");
            }
            borders.addNewInsideV().setVal(STBorder.NIL);
            for (int i = 0; i < w.lines(); i++) {
                XWPFTableRow row = table.getRow(i);
                row.setHeight(440);
                row.setCantSplitRow(true);
                // Keep-with-next on every row but the last keeps the lines together, and with the question.
                cellParagraph(row.getCell(0), false).setKeepNext(i < w.lines() - 1);
            }
            spacer();
        }

        /** Fixed column widths from weights, full text width; {@code ruled}: grey lines between rows. */
        private static void layout(XWPFTable table, int[] weights, boolean ruled) {
            CTTblPr pr = table.getCTTbl().getTblPr() == null ? table.getCTTbl().addNewTblPr() : table.getCTTbl().getTblPr();
            var width = pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW();
            width.setType(STTblWidth.DXA);
            width.setW(BigInteger.valueOf(TEXT_WIDTH));
            (pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout()).setType(STTblLayoutType.FIXED);
            int sum = java.util.Arrays.stream(weights).sum();
            int[] twips = new int[weights.length];
            int used = 0;
            for (int i = 0; i < weights.length; i++) {
                twips[i] = i == weights.length - 1 ? TEXT_WIDTH - used : TEXT_WIDTH * weights[i] / sum;
                used += twips[i];
            }
            CTTblGrid grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid() : table.getCTTbl().getTblGrid();
            while (grid.sizeOfGridColArray() > 0) {
                grid.removeGridCol(0);
            }
            for (int w : twips) {
                grid.addNewGridCol().setW(BigInteger.valueOf(w));
            }
            for (XWPFTableRow row : table.getRows()) {
                for (int i = 0; i < twips.length; i++) {
                    row.getCell(i).setWidth(Integer.toString(twips[i]));
                }
            }
            table.setCellMargins(50, 90, 50, 90);
            if (ruled) {
                table.setTopBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
                table.setLeftBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
                table.setRightBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
                table.setInsideVBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
                table.setInsideHBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, RULE);
                table.setBottomBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, RULE);
            }
        }

        private static void noBorders(XWPFTable table) {
            table.removeBorders();
            table.setCellMargins(20, 0, 20, 200);
        }

        /** The cell's single paragraph, in the table text style. */
        private static XWPFParagraph cellParagraph(XWPFTableCell cell, boolean right) {
            XWPFParagraph p = cell.getParagraphs().isEmpty() ? cell.addParagraph() : cell.getParagraphs().get(0);
            p.setStyle("TableText");
            if (right) {
                p.setAlignment(ParagraphAlignment.RIGHT);
            }
            return p;
        }

        private void spacer() {
            XWPFParagraph p = doc.createParagraph();
            p.setSpacingAfter(0);
            p.setStyle("TableText");
        }

        /**
         * A native bar chart, one bar per category, coloured by series: each series holds the
         * values of its own bars (zero elsewhere) and the series are stacked, so every bar has
         * its series' colour and the legend names the series.
         */
        private void chart(Block.BarChart c) throws IOException {
            paragraph("Caption", c.caption()).setKeepNext(true);
            List<Block.Bar> bars = c.bars();
            int n = bars.size();
            int height = Math.max(4, Math.min(14, 2 + n)) * Units.EMU_PER_CENTIMETER;
            XWPFChart chart;
            XSSFSheet sheet;
            XWPFParagraph holder = doc.createParagraph();
            holder.getCTP().addNewPPr(); // POI's setKeepNext needs the paragraph's properties to exist
            holder.setKeepNext(true);
            XWPFRun run = holder.createRun();
            try {
                chart = doc.createChart(run, (int) (TEXT_WIDTH / 20.0 * Units.EMU_PER_POINT), height);
                sheet = chart.getWorkbook().getSheetAt(0);
            } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
                throw new IOException(e);
            }
            // The text alternative: Word's "Alt Text", LibreOffice's description, read by screen readers.
            var picture = run.getCTR().getDrawingArray(0).getInlineArray(0).getDocPr();
            picture.setTitle(c.caption());
            picture.setDescr(c.alt());
            String[] labels = bars.stream().map(Block.Bar::label).toArray(String[]::new);
            XDDFDataSource<String> categories = XDDFDataSourcesFactory.fromArray(labels,
                    chart.formatRange(new CellRangeAddress(1, n, 0, 0)), 0);
            for (int i = 0; i < n; i++) {
                row(sheet, i + 1).createCell(0).setCellValue(labels[i]);
            }
            XDDFCategoryAxis categoryAxis = chart.createCategoryAxis(AxisPosition.LEFT);
            categoryAxis.setOrientation(AxisOrientation.MAX_MIN);
            XDDFValueAxis valueAxis = chart.createValueAxis(AxisPosition.BOTTOM);
            // The bars run top to bottom in the document's order; the value axis stays at the bottom.
            valueAxis.setCrosses(AxisCrosses.MAX);
            valueAxis.setCrossBetween(AxisCrossBetween.BETWEEN);
            valueAxis.setTitle(c.unit());
            valueAxis.setMinimum(0);
            XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categoryAxis, valueAxis);
            data.setBarDirection(BarDirection.BAR);
            data.setBarGrouping(BarGrouping.STACKED);
            data.setGapWidth(60);
            data.setVaryColors(false);
            row(sheet, 0).createCell(0).setCellValue("");
            for (int s = 0; s < c.series().size(); s++) {
                Double[] values = new Double[n];
                for (int i = 0; i < n; i++) {
                    values[i] = bars.get(i).series() == s ? Math.round(bars.get(i).value() * 100) / 100.0 : 0.0;
                    row(sheet, i + 1).createCell(s + 1).setCellValue(values[i]);
                }
                XDDFNumericalDataSource<Double> valueData = XDDFDataSourcesFactory.fromArray(values,
                        chart.formatRange(new CellRangeAddress(1, n, s + 1, s + 1)), s + 1);
                XDDFBarChartData.Series series = (XDDFBarChartData.Series) data.addSeries(categories, valueData);
                row(sheet, 0).createCell(s + 1).setCellValue(c.series().get(s));
                series.setTitle(c.series().get(s), new CellReference(sheet.getSheetName(), 0, s + 1, true, true));
                series.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(hex(SERIES[s % SERIES.length]))));
            }
            if (c.needsLegend()) {
                chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
            }
            chart.plot(data);
            // Stacked series must overlap fully. (XDDF's setOverlap needs a schema type that
            // poi-ooxml-lite leaves out, so the attribute is written as text.)
            var barChart = chart.getCTChart().getPlotArea().getBarChartArray(0);
            var overlap = barChart.isSetOverlap() ? barChart.getOverlap() : barChart.addNewOverlap();
            try (var cursor = overlap.newCursor()) {
                cursor.setAttributeText(new javax.xml.namespace.QName("val"), "100");
            }
            table(c.figures());
        }

        /** Word's language tag: a language with its region, as Word lists them (sv-SE, en-GB). */
        private static String wordLanguage(java.util.Locale language) {
            return language.getCountry().isEmpty() ? ("en".equals(language.getLanguage()) ? "en-GB" : language.toLanguageTag())
                    : language.toLanguageTag();
        }

        private static XSSFRow row(XSSFSheet sheet, int index) {
            XSSFRow row = sheet.getRow(index);
            return row == null ? sheet.createRow(index) : row;
        }

        private static byte[] hex(String rgb) {
            return new byte[] {(byte) Integer.parseInt(rgb.substring(0, 2), 16), (byte) Integer.parseInt(rgb.substring(2, 4), 16),
                    (byte) Integer.parseInt(rgb.substring(4, 6), 16)};
        }

        /** Text with line breaks as Word line breaks. */
        private static void lines(XWPFRun run, String text) {
            String[] lines = text.split("\\R", -1);
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) {
                    run.addBreak();
                }
                run.setText(lines[i], i);
            }
        }
    }
}
