package se.samtalsledaren.room;

import java.util.List;
import org.htmlunit.BrowserVersion;
import org.htmlunit.NicelyResynchronizingAjaxController;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlPage;

/** HtmlUnit set up as the room's browser tests use it: script on, CSS on, Swedish, script errors collected. */
final class Browsers {
    private Browsers() {}

    /** A Firefox-like browser that adds every script error to {@code scriptErrors}. */
    static WebClient swedish(List<String> scriptErrors) {
        WebClient browser = new WebClient(BrowserVersion.FIREFOX);
        browser.getOptions().setThrowExceptionOnScriptError(true);
        browser.getOptions().setCssEnabled(true);
        browser.setAjaxController(new NicelyResynchronizingAjaxController());
        browser.setJavaScriptErrorListener(new org.htmlunit.javascript.SilentJavaScriptErrorListener() {
            @Override
            public void scriptException(HtmlPage page, org.htmlunit.ScriptException e) {
                scriptErrors.add(e.getMessage());
            }
        });
        browser.addRequestHeader("Accept-Language", "sv");
        return browser;
    }
}
