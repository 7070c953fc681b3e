package org.asskomm.councils.api;

import java.time.LocalDate;

import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.Page;
import org.asskomm.platform.api.PageRequest;
import org.osgi.annotation.versioning.ProviderType;

/** The tasks councils give out; rights as in {@link CouncilService}. */
@ProviderType
public interface TaskService {

    Task addTask(CurrentUser user, String councilId, TaskRequest request);

    Task updateTask(CurrentUser user, String councilId, String taskId, TaskRequest request);

    Page<Task> tasks(CurrentUser user, String councilId, boolean openOnly, PageRequest page);

    /** Tasks past their due date and not done, of every council the user may read. */
    Page<Task> overdueTasks(CurrentUser user, String municipality, LocalDate today, PageRequest page);
}
