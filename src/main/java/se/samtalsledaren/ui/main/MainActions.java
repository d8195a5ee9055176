package se.samtalsledaren.ui.main;

import java.util.function.Consumer;
import javafx.stage.Window;
import se.samtalsledaren.model.Case;

/**
 * What the main window's menus open beyond the library and the reader; supplied by the
 * composition root.
 *
 * @param prepare     opens participant mode on a case (null: choose one there)
 * @param preferences opens the preferences dialog over the main window
 */
public record MainActions(Consumer<Case> prepare, Consumer<Window> preferences) {}
