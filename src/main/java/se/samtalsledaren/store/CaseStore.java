package se.samtalsledaren.store;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import se.samtalsledaren.library.CaseFormat;
import se.samtalsledaren.library.ImportPlan;
import se.samtalsledaren.model.Case;

/** Writes case files into library folders, atomically, in the format {@link CaseFormat} reads. */
public final class CaseStore {
    private final CaseFormat format;

    public CaseStore(CaseFormat format) {
        this.format = format;
    }

    public void save(Path file, Case value) throws IOException {
        AtomicFiles.writeShared(file, format.write(value));
    }

    /**
     * Writes an import's files into {@code folder}. Every file is serialised before the first is
     * written; each file is replaced atomically.
     *
     * @return the paths written, in order
     */
    public List<Path> importInto(Path folder, List<ImportPlan.Write> writes) throws IOException {
        List<byte[]> contents = writes.stream().map(w -> format.write(w.value())).toList();
        List<Path> written = new ArrayList<>();
        for (int i = 0; i < writes.size(); i++) {
            Path target = folder.resolve(writes.get(i).fileName()).normalize();
            if (!folder.toAbsolutePath().normalize().equals(target.toAbsolutePath().getParent())) {
                throw new IOException("refusing to write outside " + folder + ": " + writes.get(i).fileName());
            }
            AtomicFiles.writeShared(target, contents.get(i));
            written.add(target);
        }
        return written;
    }

    /** The names of the files in {@code folder} (not its subfolders); empty when it does not exist yet. */
    public static Set<String> fileNames(Path folder) throws IOException {
        Set<String> names = new TreeSet<>();
        if (!Files.isDirectory(folder)) {
            return names;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            files.forEach(f -> names.add(f.getFileName().toString()));
        }
        return names;
    }
}
