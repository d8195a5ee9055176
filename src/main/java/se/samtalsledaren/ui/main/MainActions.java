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
 * @param compare     asks for 2–12 session files and compares them (Arkiv → Jämför sessioner …)
 * @param workshops   opens the trainer's record of workshops (Arkiv → Mina workshoppar …)
 */
public record MainActions(Consumer<Case> prepare, Consumer<Window> preferences, Consumer<Window> compare,
                          Consumer<Window> workshops) {}
