package se.samtalsledaren.ui.export;

import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import se.samtalsledaren.export.Block;
import se.samtalsledaren.export.ExportDocument;

/**
 * A read-only JavaFX rendering of an {@link ExportDocument}: the same blocks the files are made
 * of, laid out as labels, grids and bars, so the preview shows the content of every format
 * without a web view (javafx-web would add a browser engine to the app for this one view).
 */
final class DocumentPreview {
    private DocumentPreview() {}

    static VBox render(ExportDocument document) {
        VBox page = new VBox(6);
        page.getStyleClass().add("preview-page");
        for (Block block : document.blocks()) {
            page.getChildren().add(node(block));
        }
        return page;
    }

    private static Node node(Block block) {
        if (block instanceof Block.Heading h) {
            Label heading = label(h.text(), "preview-h" + h.level());
            heading.setMaxWidth(Double.MAX_VALUE);
            return heading;
        } else if (block instanceof Block.Paragraph p) {
            return label(p.text(), "preview-" + p.style().name().toLowerCase(java.util.Locale.ROOT));
        } else if (block instanceof Block.ItemList l) {
            VBox list = new VBox(3);
            int n = 1;
            for (Block.Item item : l.items()) {
                Label marker = label(l.numbered() ? n++ + "." : "•", "preview-marker");
                marker.setMinWidth(Region.USE_PREF_SIZE);
                VBox body = new VBox(label(item.text(), "preview-normal"));
                if (!item.meta().isEmpty()) {
                    body.getChildren().add(label(item.meta(), "preview-meta"));
                }
                HBox.setHgrow(body, Priority.ALWAYS);
                list.getChildren().add(new HBox(6, marker, body));
            }
            return list;
        } else if (block instanceof Block.Fields f) {
            GridPane grid = grid(new int[] {1, 4});
            grid.setVgap(2);
            int r = 0;
            for (Block.Field field : f.fields()) {
                grid.add(label(field.label(), "preview-field-label"), 0, r);
                grid.add(label(field.value(), "preview-normal"), 1, r++);
            }
            return grid;
        } else if (block instanceof Block.Table t) {
            return table(t);
        } else if (block instanceof Block.BarChart c) {
            return chart(c);
        } else if (block instanceof Block.InLanguage part) {
            VBox blocks = new VBox(6);
            part.blocks().forEach(b -> blocks.getChildren().add(node(b)));
            return blocks;
        } else if (block instanceof Block.WritingSpace w) {
            VBox lines = new VBox();
            for (int i = 0; i < w.lines(); i++) {
                Region line = new Region();
                line.getStyleClass().add("preview-writing-line");
                lines.getChildren().add(line);
            }
            return lines;
        }
        throw new IllegalArgumentException("unknown block " + block);
    }

    private static GridPane table(Block.Table t) {
        GridPane grid = grid(t.columns().stream().mapToInt(Block.Column::weight).toArray());
        grid.getStyleClass().add("preview-table");
        for (int c = 0; c < t.columns().size(); c++) {
            grid.add(cell(t.columns().get(c).title(), "preview-th", t.columns().get(c).numeric()), c, 0);
        }
        for (int r = 0; r < t.rows().size(); r++) {
            boolean total = t.total() && r == t.rows().size() - 1;
            for (int c = 0; c < t.columns().size(); c++) {
                grid.add(cell(t.rows().get(r).get(c), total ? "preview-total" : "preview-td", t.columns().get(c).numeric()), c, r + 1);
            }
        }
        return grid;
    }

    private static VBox chart(Block.BarChart c) {
        GridPane grid = grid(new int[] {3, 5, 2});
        grid.setVgap(3);
        double max = c.max();
        int r = 0;
        for (Block.Bar bar : c.bars()) {
            grid.add(label(bar.label(), "preview-normal"), 0, r);
            Region fill = new Region();
            fill.getStyleClass().addAll("preview-bar", "preview-series-" + bar.series());
            StackPane track = new StackPane(fill);
            track.setAlignment(Pos.CENTER_LEFT);
            fill.maxWidthProperty().bind(track.widthProperty().multiply(bar.value() / max));
            grid.add(track, 1, r);
            grid.add(label(bar.valueText(), "preview-bar-value"), 2, r++);
        }
        return new VBox(4, label(c.caption(), "preview-caption"), grid, table(c.figures()));
    }

    private static GridPane grid(int[] weights) {
        GridPane grid = new GridPane();
        grid.setHgap(0);
        grid.setVgap(0);
        int sum = java.util.Arrays.stream(weights).sum();
        for (int w : weights) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setPercentWidth(100.0 * w / sum);
            grid.getColumnConstraints().add(cc);
        }
        return grid;
    }

    private static Label cell(String text, String style, boolean numeric) {
        Label l = label(text, style);
        l.setMaxWidth(Double.MAX_VALUE);
        l.setMaxHeight(Double.MAX_VALUE);
        if (numeric) {
            l.setAlignment(Pos.TOP_RIGHT);
            GridPane.setHalignment(l, HPos.RIGHT);
        }
        return l;
    }

    private static Label label(String text, String style) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add(style);
        return l;
    }
}
