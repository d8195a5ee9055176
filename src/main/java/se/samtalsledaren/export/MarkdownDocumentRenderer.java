package se.samtalsledaren.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Document;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.renderer.markdown.MarkdownRenderer;

/**
 * CommonMark (with GitHub-flavoured tables): the document is built as a commonmark-java syntax
 * tree and written by its {@link MarkdownRenderer}, which escapes every character of user text
 * that Markdown would otherwise read as markup. A bar chart is its caption and its figures' table
 * (Markdown has no pictures of its own); writing space becomes a thematic break.
 */
public final class MarkdownDocumentRenderer implements DocumentRenderer {
    private final MarkdownRenderer renderer = MarkdownRenderer.builder()
            .extensions(List.of(TablesExtension.create())).build();

    @Override
    public void render(ExportDocument document, OutputStream out) throws IOException {
        out.write(render(document).getBytes(StandardCharsets.UTF_8));
    }

    public String render(ExportDocument document) {
        Document root = new Document();
        append(root, document.blocks());
        return renderer.render(root);
    }

    private static void append(Document root, List<Block> blocks) {
        for (Block block : blocks) {
            if (block instanceof Block.BarChart c) {
                org.commonmark.node.Paragraph caption = new org.commonmark.node.Paragraph();
                StrongEmphasis strong = new StrongEmphasis("**");
                strong.appendChild(new Text(oneLine(c.caption())));
                caption.appendChild(strong);
                root.appendChild(caption);
                root.appendChild(table(c.figures()));
            } else if (block instanceof Block.InLanguage part) {
                append(root, part.blocks());
            } else {
                root.appendChild(node(block));
            }
        }
    }

    private static Node node(Block block) {
        if (block instanceof Block.Heading h) {
            org.commonmark.node.Heading node = new org.commonmark.node.Heading();
            node.setLevel(h.level());
            node.appendChild(new Text(oneLine(h.text())));
            return node;
        } else if (block instanceof Block.Paragraph p) {
            return paragraph(p);
        } else if (block instanceof Block.ItemList l) {
            return list(l);
        } else if (block instanceof Block.Fields f) {
            BulletList list = bulletList();
            for (Block.Field field : f.fields()) {
                org.commonmark.node.Paragraph para = new org.commonmark.node.Paragraph();
                StrongEmphasis label = new StrongEmphasis("**");
                label.appendChild(new Text(field.label() + ":"));
                para.appendChild(label);
                para.appendChild(new Text(" "));
                appendLines(para, field.value());
                list.appendChild(item(para));
            }
            return list;
        } else if (block instanceof Block.Table t) {
            return table(t);
        } else if (block instanceof Block.WritingSpace) {
            return new ThematicBreak();
        }
        throw new IllegalArgumentException("no Markdown for " + block.getClass().getSimpleName());
    }

    private static Node paragraph(Block.Paragraph p) {
        org.commonmark.node.Paragraph para = new org.commonmark.node.Paragraph();
        switch (p.style()) {
            case LEAD, SMALL -> {
                Emphasis em = new Emphasis("_");
                appendLines(em, p.text());
                para.appendChild(em);
            }
            default -> appendLines(para, p.text());
        }
        if (p.style() == Block.Paragraph.Style.QUOTE) {
            BlockQuote quote = new BlockQuote();
            quote.appendChild(para);
            return quote;
        }
        return para;
    }

    private static Node list(Block.ItemList l) {
        Node list;
        if (l.numbered()) {
            OrderedList ol = new OrderedList();
            ol.setMarkerStartNumber(1);
            ol.setMarkerDelimiter(".");
            list = ol;
        } else {
            list = bulletList();
        }
        for (Block.Item i : l.items()) {
            org.commonmark.node.Paragraph para = new org.commonmark.node.Paragraph();
            appendLines(para, i.text());
            if (!i.meta().isEmpty()) {
                para.appendChild(new Text(" — "));
                Emphasis meta = new Emphasis("_");
                meta.appendChild(new Text(oneLine(i.meta())));
                para.appendChild(meta);
            }
            list.appendChild(item(para));
        }
        return list;
    }

    private static BulletList bulletList() {
        BulletList list = new BulletList();
        list.setMarker("-");
        list.setTight(true);
        return list;
    }

    private static ListItem item(Node content) {
        ListItem item = new ListItem();
        item.appendChild(content);
        return item;
    }

    private static Node table(Block.Table t) {
        TableBlock table = new TableBlock();
        TableHead head = new TableHead();
        TableRow headRow = new TableRow();
        for (Block.Column c : t.columns()) {
            headRow.appendChild(cell(c.title(), c, true, false));
        }
        head.appendChild(headRow);
        table.appendChild(head);
        TableBody body = new TableBody();
        for (int r = 0; r < t.rows().size(); r++) {
            TableRow row = new TableRow();
            boolean bold = t.total() && r == t.rows().size() - 1;
            for (int c = 0; c < t.columns().size(); c++) {
                row.appendChild(cell(t.rows().get(r).get(c), t.columns().get(c), false, bold));
            }
            body.appendChild(row);
        }
        table.appendChild(body);
        return table;
    }

    private static TableCell cell(String text, Block.Column column, boolean header, boolean bold) {
        TableCell cell = new TableCell();
        cell.setHeader(header);
        cell.setAlignment(column.numeric() ? TableCell.Alignment.RIGHT : TableCell.Alignment.LEFT);
        if (bold && !text.isEmpty()) {
            StrongEmphasis strong = new StrongEmphasis("**");
            strong.appendChild(new Text(oneLine(text)));
            cell.appendChild(strong);
        } else {
            cell.appendChild(new Text(oneLine(text)));
        }
        return cell;
    }

    /** Text with its line breaks kept as hard line breaks. */
    private static void appendLines(Node parent, String text) {
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                parent.appendChild(new HardLineBreak());
            }
            parent.appendChild(new Text(lines[i]));
        }
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s*\\R\\s*", " ");
    }
}
