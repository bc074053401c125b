package id.naikkelas.licensing.documents;

import id.naikkelas.platform.DatabaseProperties;
import id.naikkelas.platform.NotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The files of licensing documents, in the data folder under their row's id. A file written in a
 * transaction that rolls back is removed again; a removed document's file goes once the removal has
 * committed, so that neither a row without its file nor a file without its row is left.
 */
@Component
class DocumentFiles {

  private final Path folder;

  DocumentFiles(DatabaseProperties data) {
    this.folder = data.dataDir().resolve("licensing-documents");
  }

  void write(long id, byte[] bytes) {
    Path file = path(id);
    try {
      Files.createDirectories(folder);
      Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
              if (status == STATUS_ROLLED_BACK) {
                delete(file);
              }
            }
          });
    }
  }

  byte[] read(long id) {
    try {
      return Files.readAllBytes(path(id));
    } catch (NoSuchFileException e) {
      throw new NotFoundException("licensingDocument", id);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void deleteAfterCommit(long id) {
    Path file = path(id);
    TransactionSynchronizationManager.registerSynchronization(
        new TransactionSynchronization() {
          @Override
          public void afterCommit() {
            delete(file);
          }
        });
  }

  private Path path(long id) {
    return folder.resolve(id + ".bin");
  }

  private static void delete(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // a file left behind holds no row's data any more; the next write of that id replaces it
    }
  }
}
