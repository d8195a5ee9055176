package se.samtalsledaren.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samtalsledaren.library.FileNames;

/** What the atomic writes report and leave behind. */
class AtomicFilesTest {
    @TempDir Path dir;

    @Test
    void aFailureOfTheHiddenTemporaryFileNamesTheFileTheUserKnows() {
        Path target = dir.resolve("session.json");
        String tmp = dir.resolve(AtomicFiles.tempPrefix(target) + "8838983995815463201.tmp").toString();
        FileSystemException named = AtomicFiles.naming(new AccessDeniedException(tmp), target);
        assertThat(named).isInstanceOf(AccessDeniedException.class).hasMessage(target.toString());
        FileSystemException readOnly = AtomicFiles.naming(new FileSystemException(tmp, null, "Read-only file system"), target);
        assertThat(readOnly.getMessage()).isEqualTo(target + ": Read-only file system");
        // Failures of other files are left as they are.
        FileSystemException other = new AccessDeniedException(dir.resolve("other.json").toString());
        assertThat(AtomicFiles.naming(other, target)).isSameAs(other);
    }

    @Test
    void aReadOnlyFolderIsReportedWithTheSessionFilesName() throws Exception {
        assumeFalse("root".equals(System.getProperty("user.name")), "root may write into read-only folders");
        Path folder = Files.createDirectory(dir.resolve("ro"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            Path target = folder.resolve("session.json");
            assertThatThrownBy(() -> AtomicFiles.writeInExistingFolder(target, new byte[] {'{', '}'}))
                    .isInstanceOf(AccessDeniedException.class).hasMessage(target.toString());
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void temporaryNamesStayWithinTheFileSystemsLimit() throws Exception {
        Path target = dir.resolve("ö".repeat(125) + ".json"); // 255 bytes, the longest name there is
        AtomicFiles.write(target, new byte[] {'{', '}'});
        assertThat(Files.readString(target)).isEqualTo("{}");
        assertThat(FileNames.utf8Length(AtomicFiles.tempPrefix(target)) + 24).isLessThanOrEqualTo(FileNames.MAX_NAME_BYTES);
    }
}
