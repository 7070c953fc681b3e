package org.asskomm.platform.core.command;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Statement;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.asskomm.platform.api.persistence.Database;

/**
 * Online backup of the embedded H2 database: H2's {@code BACKUP TO} writes a transactionally consistent zip of the
 * database file while the platform keeps serving. PostgreSQL is backed up with its own tools (bin/asskomm-backup).
 */
@Command(scope = "asskomm", name = "backup", description = "Writes an online backup of the embedded H2 database"
        + " to a zip file (on PostgreSQL: use pg_dump, e.g. through bin/asskomm-backup)")
@Service
public class BackupCommand implements Action {

    @Reference
    Database database;

    @Argument(index = 0, name = "file", required = true,
            description = "the zip file to write, e.g. /var/backups/asskomm/2026-11-25.zip")
    String file;

    @Override
    public Object execute() throws Exception {
        if (database.dialect() != Database.Dialect.H2) {
            System.out.println("The database is PostgreSQL: back it up with pg_dump -Fc (bin/asskomm-backup does),"
                    + " restore with pg_restore --clean (bin/asskomm-restore).");
            return null;
        }
        Path target = Path.of(file).toAbsolutePath();
        if (target.getParent() != null) {
            Files.createDirectories(target.getParent());
        }
        // the zip holds every record and password hash: readable by the service user alone, before and after H2
        // writes it (a file system without POSIX modes keeps its own rules)
        boolean posix = Files.getFileStore(target.getParent()).supportsFileAttributeView("posix");
        if (posix && !Files.exists(target)) {
            Files.createFile(target, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        database.inTransaction(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("BACKUP TO '" + target.toString().replace("'", "''") + "'");
            }
            return null;
        });
        if (posix) {
            Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-------"));
        }
        System.out.println("Backed up the H2 database to " + target + " (" + Files.size(target) + " bytes)");
        return null;
    }
}
