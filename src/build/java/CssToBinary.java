import java.io.File;
import javafx.css.Stylesheet;

/**
 * Build step (run by the exec-maven-plugin in process-classes): writes the binary form of a
 * stylesheet, {@code app.css} to {@code app.bss}, beside it in target/classes. JavaFX loads a
 * {@code .bss} in place of a {@code .css} of the same name, so the start reads the prepared form
 * instead of parsing the text (~50-90 ms of the first frame, docs/performance.md). The source stays
 * app.css; the .bss is made again by every build and never edited.
 *
 *   java -cp JAVAFX_JARS src/build/java/CssToBinary.java SOURCE.css TARGET.bss
 */
public final class CssToBinary {
    private CssToBinary() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: CssToBinary SOURCE.css TARGET.bss");
            System.exit(2);
        }
        File source = new File(args[0]);
        File target = new File(args[1]);
        if (!source.isFile()) {
            System.err.println("CssToBinary: " + source + " is missing");
            System.exit(1);
        }
        Stylesheet.convertToBinary(source, target);
        if (!target.isFile() || target.length() == 0) {
            System.err.println("CssToBinary: nothing written to " + target);
            System.exit(1);
        }
    }
}
