package se.samtalsledaren.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the application keeps its configuration, data and cache: XDG directories on Linux,
 * {@code %APPDATA%} and {@code %LOCALAPPDATA%} on Windows, {@code ~/Library} on macOS; or all
 * three under one folder given with {@value #HOME_PROPERTY}.
 */
public record AppDirectories(Path config, Path data, Path cache) {
    /** The system property that puts all three folders under one (tests, benchmarks, portable installs). */
    public static final String HOME_PROPERTY = "samtalsledaren.home";
    private static final String APP = "samtalsledaren";

    /** Under {@value #HOME_PROPERTY} when it is set, else this user's. */
    public static AppDirectories forThisProcess() {
        String home = System.getProperty(HOME_PROPERTY);
        return home == null || home.isBlank() ? forCurrentUser() : under(Path.of(home));
    }

    /** Directories for this user, from the operating system's conventions. */
    public static AppDirectories forCurrentUser() {
        return resolve(System.getProperty("os.name", ""), System.getProperty("user.home", "."), System.getenv());
    }

    /** All three directories under one base folder (tests, portable installs). */
    public static AppDirectories under(Path base) {
        return new AppDirectories(base.resolve("config"), base.resolve("data"), base.resolve("cache"));
    }

    static AppDirectories resolve(String osName, String home, Map<String, String> env) {
        String os = osName.toLowerCase(Locale.ROOT);
        Path homeDir = Path.of(home);
        if (os.startsWith("windows")) {
            Path appData = env.containsKey("APPDATA") ? Path.of(env.get("APPDATA"))
                    : homeDir.resolve("AppData").resolve("Roaming");
            Path base = appData.resolve("Samtalsledaren");
            return new AppDirectories(base, base, cacheFolder(osName, home, env));
        }
        if (os.startsWith("mac")) {
            Path base = homeDir.resolve("Library").resolve("Application Support").resolve("Samtalsledaren");
            return new AppDirectories(base, base, cacheFolder(osName, home, env));
        }
        Path config = nonBlank(env.get("XDG_CONFIG_HOME")) ? Path.of(env.get("XDG_CONFIG_HOME"))
                : homeDir.resolve(".config");
        Path data = nonBlank(env.get("XDG_DATA_HOME")) ? Path.of(env.get("XDG_DATA_HOME"))
                : homeDir.resolve(".local").resolve("share");
        return new AppDirectories(config.resolve(APP), data.resolve(APP), cacheFolder(osName, home, env));
    }

    /**
     * Where this user's cache of the application goes (files that can be made again, such as the
     * class-data archive {@code bin/samtalsledaren} writes): {@code %LOCALAPPDATA%\Samtalsledaren\Cache} on
     * Windows, {@code ~/Library/Caches/Samtalsledaren} on macOS, {@code $XDG_CACHE_HOME/samtalsledaren}
     * (default {@code ~/.cache/samtalsledaren}) elsewhere, as {@code bin/samtalsledaren} uses.
     */
    public static Path cacheFolder(String osName, String home, Map<String, String> env) {
        String os = osName.toLowerCase(Locale.ROOT);
        Path homeDir = Path.of(home);
        if (os.startsWith("windows")) {
            Path local = nonBlank(env.get("LOCALAPPDATA")) ? Path.of(env.get("LOCALAPPDATA"))
                    : homeDir.resolve("AppData").resolve("Local");
            return local.resolve("Samtalsledaren").resolve("Cache");
        }
        if (os.startsWith("mac")) {
            return homeDir.resolve("Library").resolve("Caches").resolve("Samtalsledaren");
        }
        Path cache = nonBlank(env.get("XDG_CACHE_HOME")) ? Path.of(env.get("XDG_CACHE_HOME"))
                : homeDir.resolve(".cache");
        return cache.resolve(APP);
    }

    private static boolean nonBlank(String s) {
        return s != null && !s.isBlank();
    }
}
