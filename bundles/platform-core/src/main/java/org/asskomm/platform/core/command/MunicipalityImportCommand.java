package org.asskomm.platform.core.command;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.admin.DirectoryImport;
import org.asskomm.platform.api.admin.ImportResult;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "asskomm", name = "municipality-import",
        description = "Re-imports a newer municipal directory (CSV of the shipped format); keeps links of retired keys")
@Service
public class MunicipalityImportCommand implements Action {

    @Reference
    DirectoryImport registry;

    @Argument(name = "file", description = "path of the CSV file", required = true)
    String file;

    @Override
    public Object execute() throws Exception {
        try (InputStream in = Files.newInputStream(Path.of(file))) {
            ImportResult r = registry.importDirectory(CurrentUser.SYSTEM, in);
            System.out.printf("added %d, updated %d, unchanged %d, retired %d; %d in the file%n",
                    r.added(), r.updated(), r.unchanged(), r.retired(), r.total());
        }
        return null;
    }
}
