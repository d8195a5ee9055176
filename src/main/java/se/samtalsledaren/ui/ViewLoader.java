package se.samtalsledaren.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/**
 * Loads FXML views with the UI ResourceBundle and a controller factory that constructs
 * controllers from suppliers registered by the composition root (constructor injection,
 * no static state). Nested {@code fx:include}s use the same factory.
 */
public final class ViewLoader {
    private final ResourceBundle bundle;
    private final Map<Class<?>, Supplier<?>> controllers;

    public ViewLoader(ResourceBundle bundle, Map<Class<?>, Supplier<?>> controllers) {
        this.bundle = bundle;
        this.controllers = Map.copyOf(controllers);
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    /** Loads {@code fxml} (a resource path relative to this package's root, e.g. "main/MainView.fxml"). */
    public Parent load(String fxml) {
        URL url = ViewLoader.class.getResource(fxml);
        if (url == null) {
            throw new IllegalArgumentException("no such view: " + fxml);
        }
        FXMLLoader loader = new FXMLLoader(url, bundle);
        loader.setControllerFactory(this::createController);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load view " + fxml, e);
        }
    }

    private Object createController(Class<?> type) {
        Supplier<?> supplier = controllers.get(type);
        if (supplier == null) {
            throw new IllegalStateException("no controller registered for " + type.getName());
        }
        return supplier.get();
    }
}
