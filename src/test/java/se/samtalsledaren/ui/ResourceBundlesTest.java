package se.samtalsledaren.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Swedish and English bundles are complete, and every %key used in FXML exists. */
class ResourceBundlesTest {
    private static Properties load(String resource) throws Exception {
        Properties p = new Properties();
        try (InputStream in = ResourceBundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void noKeyIsDefinedTwice() throws Exception {
        // A key defined twice silently keeps the last value: one feature's text would show in another's.
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/se/samtalsledaren"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".properties")).toList()) {
                java.util.Map<String, Integer> seen = new java.util.HashMap<>();
                for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                    String t = line.strip();
                    if (!t.isEmpty() && !t.startsWith("#") && t.contains("=")) {
                        seen.merge(t.substring(0, t.indexOf('=')).strip(), 1, Integer::sum);
                    }
                }
                assertThat(seen.entrySet().stream().filter(e -> e.getValue() > 1).map(java.util.Map.Entry::getKey))
                        .as("keys defined twice in %s", f).isEmpty();
            }
        }
    }

    @Test
    void englishHasEveryKeyOfSwedishAndNoMore() throws Exception {
        for (String base : new String[] {"se/samtalsledaren/ui/messages", "se/samtalsledaren/json/problems"}) {
            Set<Object> sv = load(base + ".properties").keySet();
            Set<Object> en = load(base + "_en.properties").keySet();
            assertThat(en).as(base).containsExactlyInAnyOrderElementsOf(sv);
        }
    }

    @Test
    void everyFxmlKeyExists() throws Exception {
        Properties sv = load("se/samtalsledaren/ui/messages.properties");
        Pattern key = Pattern.compile("\"%([A-Za-z0-9_.]+)\"");
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".fxml")).toList()) {
                Matcher m = key.matcher(Files.readString(f));
                while (m.find()) {
                    assertThat(sv).as(f + " uses %" + m.group(1)).containsKey(m.group(1));
                }
            }
        }
    }

    /**
     * Texts shown by code go through {@code MessageFormat}, where a lone apostrophe quotes what
     * follows and disappears ("Participants' ({0})" showed as "Participants ({0})"); there it must
     * be doubled. FXML's {@code %key} texts are shown as written, so there a doubled one would show.
     */
    @Test
    void apostrophesSuitHowEachTextIsShown() throws Exception {
        java.util.Set<String> fxmlKeys = new java.util.HashSet<>();
        Pattern key = Pattern.compile("\"%([A-Za-z0-9_.]+)\"");
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".fxml")).toList()) {
                Matcher m = key.matcher(Files.readString(f));
                while (m.find()) {
                    fxmlKeys.add(m.group(1));
                }
            }
        }
        Pattern lone = Pattern.compile("(?<!')'(?!')");
        for (String bundle : new String[] {"se/samtalsledaren/ui/messages.properties", "se/samtalsledaren/ui/messages_en.properties"}) {
            Properties texts = load(bundle);
            for (String k : texts.stringPropertyNames()) {
                String value = texts.getProperty(k);
                if (lone.matcher(value).find()) {
                    assertThat(fxmlKeys).as(bundle + ": " + k + " has a lone ' but is shown by code (write '')").contains(k);
                }
                if (value.contains("''")) {
                    assertThat(fxmlKeys).as(bundle + ": " + k + " has '' but is shown by FXML as written").doesNotContain(k);
                }
            }
        }
    }

    @Test
    void everyKeyFormatsInBothLanguages() {
        for (var locale : new java.util.Locale[] {new java.util.Locale("sv"), java.util.Locale.ENGLISH}) {
            UiText text = new UiText(locale);
            for (String k : text.bundle().keySet()) {
                assertThat(text.get(k, 1, 2, 3)).as(k).isNotBlank();
            }
        }
        assertThat(new UiText(java.util.Locale.ENGLISH).get("about.body")).contains("SKR's report");
        assertThat(new UiText(new java.util.Locale("sv")).get("menu.file")).isEqualTo("Arkiv");
    }
}
